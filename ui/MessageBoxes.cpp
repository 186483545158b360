#include "ui/MessageBoxes.h"

#include "ui/LanguageSwitch.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QPushButton>
#include <QToolButton>

namespace clickar {

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString shownText;
int shownCount = 0;

// A question whose texts follow the language while it is open, with the switch on it.
class FollowingBox : public QMessageBox
{
public:
    FollowingBox(const MessageBoxes::Text &title, const MessageBoxes::Text &text, QWidget *parent)
        : QMessageBox(QMessageBox::Warning, title(), text(), QMessageBox::Ok | QMessageBox::Cancel, parent)
        , m_title(title)
        , m_text(text)
    {
        // Below the buttons: a button of the box itself would close it.
        if (QToolButton *language = LanguageSwitch::makeButton(this)) {
            if (auto *grid = qobject_cast<QGridLayout *>(layout()))
                grid->addWidget(language, grid->rowCount(), 0, 1, grid->columnCount(), Qt::AlignRight);
        }
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QMessageBox::changeEvent(event);
        // After the other windows' LanguageChange (already posted): a text may quote one of theirs.
        if (event->type() == QEvent::LanguageChange)
            QMetaObject::invokeMethod(this, &FollowingBox::retranslate, Qt::QueuedConnection);
    }

private:
    void retranslate()
    {
        setWindowTitle(m_title());
        setText(m_text());
        button(QMessageBox::Ok)->setText(QCoreApplication::translate("MessageBoxes", "OK"));
        button(QMessageBox::Cancel)->setText(QCoreApplication::translate("MessageBoxes", "Cancel"));
    }

    MessageBoxes::Text m_title;
    MessageBoxes::Text m_text;
};
} // namespace

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton button)
{
    nextAnswer = button;
}

QString MessageBoxes::lastText()
{
    return shownText;
}

int MessageBoxes::count()
{
    return shownCount;
}

QMessageBox::StandardButton MessageBoxes::ask(QMessageBox &box)
{
    shownText = box.text();
    ++shownCount;
    if (nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

bool MessageBoxes::confirm(QWidget *parent, const Text &title, const Text &text,
                           QMessageBox::StandardButton defaultButton)
{
    FollowingBox box(title, text, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(QMessageBox::Cancel);
    return ask(box) == QMessageBox::Ok;
}

void MessageBoxes::critical(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("criticalBox"));
    box.button(QMessageBox::Ok)->setText(QCoreApplication::translate("MessageBoxes", "OK"));
    ask(box);
}

} // namespace clickar
