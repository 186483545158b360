#include "ui/MessageBoxes.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace clickar {

bool MessageBoxes::confirm(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmBox"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Ok)->setText(QCoreApplication::translate("MessageBoxes", "OK"));
    box.button(QMessageBox::Cancel)->setText(QCoreApplication::translate("MessageBoxes", "Cancel"));
    return box.exec() == QMessageBox::Ok;
}

} // namespace clickar
