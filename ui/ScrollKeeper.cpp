#include "ui/ScrollKeeper.h"

#include "ui/PdfViewer.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace clickar {

QPointer<ScrollKeeper> ScrollKeeper::s_current;

ScrollKeeper::ScrollKeeper(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
}

void ScrollKeeper::keepPlaces()
{
    delete s_current;
    auto *keeper = new ScrollKeeper(qApp);
    s_current = keeper;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible() || qobject_cast<PdfViewer *>(top))
            continue;
        for (QAbstractScrollArea *area : top->findChildren<QAbstractScrollArea *>()) {
            // A window that is a child object (the PDF viewer of page 7) is a top of its own, not part of this one.
            if (!area->isVisible() || area->window() != top)
                continue;
            keeper->keep(area->verticalScrollBar());
            keeper->keep(area->horizontalScrollBar());
        }
    }
}

void ScrollKeeper::keep(QScrollBar *bar)
{
    if (!bar || bar->maximum() <= bar->minimum() || bar->value() == bar->minimum())
        return; // at the start it stays there by itself
    const double share = double(bar->value() - bar->minimum()) / (bar->maximum() - bar->minimum());
    m_shares.insert(bar, share);
    connect(bar, &QScrollBar::rangeChanged, this,
            [bar, share](int minimum, int maximum) { bar->setValue(minimum + qRound(share * (maximum - minimum))); });
}

void ScrollKeeper::restorePlace(QScrollBar *bar)
{
    if (!s_current || !bar || !s_current->m_shares.contains(bar))
        return;
    const double share = s_current->m_shares.value(bar);
    bar->setValue(bar->minimum() + qRound(share * (bar->maximum() - bar->minimum())));
}

bool ScrollKeeper::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        deleteLater(); // the person moves on from here: the places are theirs again
        qApp->removeEventFilter(this);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace clickar
