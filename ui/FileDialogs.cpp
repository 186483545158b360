#include "ui/FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace clickar {

namespace {
std::optional<QString> nextFileName;
QString suggested;
int asked = 0;
} // namespace

void FileDialogs::setNextFileName(const QString &path)
{
    nextFileName = path;
}

QString FileDialogs::lastSuggestedPath()
{
    return suggested;
}

int FileDialogs::count()
{
    return asked;
}

QString FileDialogs::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                     const QString &filter, const QString &defaultSuffix, const QString &objectName)
{
    suggested = suggestedPath;
    ++asked;
    if (nextFileName) {
        const QString answer = *nextFileName;
        nextFileName.reset();
        return answer;
    }
    QFileDialog dialog(parent, caption, suggestedPath, filter);
    dialog.setObjectName(objectName);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace clickar
