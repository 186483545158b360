#pragma once

#include <QString>

class QWidget;

namespace clickar {

// The app's file dialogs, in one place, so that a test can give the chosen file beforehand (setNextFileName)
// instead of driving a modal, possibly native, dialog.
class FileDialogs
{
public:
    // The file to save to, or empty if the person cancelled. `objectName` names the dialog for tests and styles.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                   const QString &filter, const QString &defaultSuffix, const QString &objectName);

    // Tests: the next dialog is not shown; it answers `path` (empty: as if cancelled). Once.
    static void setNextFileName(const QString &path);
    // Tests: the path the last dialog suggested (its folder and file name), and how many were asked.
    static QString lastSuggestedPath();
    static int count();
};

} // namespace clickar
