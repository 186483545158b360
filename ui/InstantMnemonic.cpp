#include "ui/InstantMnemonic.h"

#include <QAbstractButton>
#include <QShortcutEvent>

namespace clickar {

void InstantMnemonic::install(QAbstractButton *button)
{
    button->installEventFilter(new InstantMnemonic(button));
}

bool InstantMnemonic::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QAbstractButton *>(watched);
    if (!button || event->type() != QEvent::Shortcut || static_cast<QShortcutEvent *>(event)->isAmbiguous() ||
        !button->isEnabled())
        return false; // an ambiguous one only moves the focus, as Qt does
    button->setFocus(Qt::ShortcutFocusReason);
    button->click();
    return true;
}

} // namespace clickar
