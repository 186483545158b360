#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QScrollBar;

namespace clickar {

// A language switch keeps every reader's place. The texts change length and the service's content is fetched again
// in the other language, so each scroll bar of every visible scroll area is put back at the same share of its range
// whenever that range changes, until the person next scrolls, types, clicks or touches. The PDF viewer keeps its
// own place: its document is another file in the other language, which nobody has read yet.
class ScrollKeeper : public QObject
{
    Q_OBJECT

public:
    // Called by the switch just before the catalogues change; replaces the places kept by a previous switch.
    static void keepPlaces();
    // Puts `bar` back at its kept share now, if a switch keeps it: for a view whose content was just replaced by
    // the other language's (a text view resets itself to the top when given new text).
    static void restorePlace(QScrollBar *bar);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ScrollKeeper(QObject *parent);
    void keep(QScrollBar *bar);

    QHash<const QScrollBar *, double> m_shares;

    static QPointer<ScrollKeeper> s_current;
};

} // namespace clickar
