#pragma once

#include <QString>

class QWidget;

namespace clickar {

// The app's modal questions, built the same way everywhere (object names let tests find and answer them).
class MessageBoxes
{
public:
    // OK / Cancel; true for OK.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
};

} // namespace clickar
