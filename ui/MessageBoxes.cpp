#include "ui/MessageBoxes.h"

#include "ui/LanguageSwitch.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
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
        // Beside the buttons, in the corner under the icon: a button of the box itself would close it.
        QToolButton *language = LanguageSwitch::makeButton(this);
        auto *grid = qobject_cast<QGridLayout *>(layout());
        auto *buttons = findChild<QDialogButtonBox *>();
        if (language && grid && buttons && grid->indexOf(buttons) >= 0) {
            int row = 0, column = 0, rows = 0, columns = 0;
            grid->getItemPosition(grid->indexOf(buttons), &row, &column, &rows, &columns);
            grid->addWidget(language, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
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
