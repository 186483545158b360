#pragma once

#include "ui/KioskPin.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace clickar {

class CompletionPage;
class IdleCountdownDialog;
class KioskPinDialog;
class MainWindow;

// Kiosk mode (docs/product.md "Kiosk"): keeps the main window full screen and open — its close button, Alt+F4 and
// the window manager's close request are refused — until the administrator PIN is entered on the PIN pad
// (Ctrl+Alt+Q, or a long press in the window's top-left corner); watches the input anywhere in the app and, after
// `idleTimeoutSeconds` without any, shows a 30-second countdown, then wipes: the person is logged out and their
// scope ends (MainWindow::endServedPerson()) — once a submission in flight has finished. It also adapts screens as
// they appear: a number pad for the one-time password, the completion page's countdown, scrolling by dragging.
class KioskGuard : public QObject
{
    Q_OBJECT

public:
    KioskGuard(MainWindow *window, const QString &pinHash, int idleTimeoutSeconds, QObject *parent = nullptr);
    ~KioskGuard() override;

    KioskPin &pin() { return m_pin; }
    // The idle countdown's and the completion page's seconds (30 and 60; tests shorten them), and the long press.
    void setCountdownSeconds(int seconds) { m_countdownSeconds = seconds; }
    void setIdleTimeoutSeconds(int seconds) { m_idle.setInterval(std::max(1, seconds) * 1000); }
    void setCompletionSeconds(int seconds) { m_completionSeconds = seconds; }
    void setLongPressMs(int ms) { m_longPress.setInterval(ms); }

    IdleCountdownDialog *countdown() const { return m_countdown; }
    KioskPinDialog *pinPad() const;
    // Opens the PIN pad (if not open yet); the right PIN emits leaveRequested().
    void openPinPad();
    // Ends the person now (the idle countdown's zero, the completion page): waits for a submission in flight.
    void wipe();
    bool isWipePending() const { return m_wipePending; }

signals:
    // The right PIN was entered: the app ends the person and closes (the window lets the close through now).
    void leaveRequested();
    // A wipe has ended the person (their objects are deleted once back in the event loop).
    void wiped();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onInput(QObject *watched, QEvent *event);
    void adapt(QObject *shown);
    void onIdle();
    void wipeNow();
    bool inCorner(const QPointF &globalPos) const;

    MainWindow *m_window;
    KioskPin m_pin;
    QTimer m_idle;
    QTimer m_longPress;
    IdleCountdownDialog *m_countdown;
    QPointer<KioskPinDialog> m_pinPad;
    QPointer<CompletionPage> m_completion;
    int m_countdownSeconds = 30;
    int m_completionSeconds = 60;
    bool m_armed = false; // input since the last wipe: there may be something to wipe
    bool m_leaving = false;
    bool m_wipePending = false;
    bool m_swallowRelease = false; // a long press opened the PIN pad: its release clicks nothing
};

} // namespace clickar
