#include "ui/MessageBoxes.h"

#include <QCoreApplication>
#include <QPushButton>

namespace clickar {

namespace {
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString shownText;
int shownCount = 0;
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

bool MessageBoxes::confirm(QWidget *parent, const QString &title, const QString &text,
                           QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(QMessageBox::Cancel);
    box.button(QMessageBox::Ok)->setText(QCoreApplication::translate("MessageBoxes", "OK"));
    box.button(QMessageBox::Cancel)->setText(QCoreApplication::translate("MessageBoxes", "Cancel"));
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
