#pragma once

#include <QObject>

class QAbstractButton;

namespace clickar {

// A check box or radio button whose mnemonic (Alt+letter) ticks it at once. Qt's buttons answer their mnemonic with
// an animated click that lands 100 ms later, so the Return typed right after Alt+C found Next still disabled and was
// lost; here the chord focuses the button and clicks it before the next key is read (its clicked() reactions, such
// as page 2's question, included).
class InstantMnemonic : public QObject
{
    Q_OBJECT

public:
    // Installs itself on `button`, whose child it becomes.
    static void install(QAbstractButton *button);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace clickar
