#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace clickar {

// The app's modal questions and messages, built the same way everywhere. Every QMessageBox of ui/ and wizard/
// goes through here, so that a test can give the answer beforehand (setNextAnswer) instead of driving a modal
// dialog, as KeePassXC's MessageBox::setNextAnswer does.
class MessageBoxes
{
public:
    // A text in the UI language: a box follows a language switch while it is open (「English」/「日本語」 on it).
    using Text = std::function<QString()>;

    // OK / Cancel; true for OK. Esc is Cancel; Return presses `defaultButton` (Cancel where OK loses something).
    static bool confirm(QWidget *parent, const Text &title, const Text &text,
                        QMessageBox::StandardButton defaultButton = QMessageBox::Cancel);
    // A message that stops what was going on (one OK button); also before the app is up (no switch then).
    static void critical(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next box is not shown but answered with `button` (QMessageBox::NoButton: shown again).
    static void setNextAnswer(QMessageBox::StandardButton button);
    // Tests: the text of the last box asked or shown, and how many boxes were asked or shown since the start.
    static QString lastText();
    static int count();

private:
    static QMessageBox::StandardButton ask(QMessageBox &box);
};

} // namespace clickar
