#include "ui/KioskGuard.h"

#include "ui/IdleCountdownDialog.h"
#include "ui/KioskPinDialog.h"
#include "ui/LinkButton.h"
#include "ui/LoginScreen.h"
#include "ui/MainWindow.h"
#include "ui/OtpForm.h"
#include "wizard/CompletionPage.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QEnterEvent>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QScroller>
#include <QShortcut>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace clickar {

namespace {
// The corner that opens the PIN pad when pressed and held (a square at the window's top left).
constexpr int cornerSize = 64;
constexpr int longPressMs = 3000;
} // namespace

KioskGuard::KioskGuard(MainWindow *window, const QString &pinHash, int idleTimeoutSeconds, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_pin(pinHash)
    , m_countdown(new IdleCountdownDialog(window))
{
    // Full screen with no frame from the first show (the window manager then reports _NET_WM_STATE_FULLSCREEN).
    m_window->setWindowFlag(Qt::FramelessWindowHint);
    m_window->setWindowState(m_window->windowState() | Qt::WindowFullScreen);
    m_window->installEventFilter(this);
    // The demo mail panel stays where it is (no title-bar buttons too small for a finger, nothing to lose).
    if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("mailDock")))
        dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    qApp->installEventFilter(this); // input anywhere: the main window, the PDF viewer, every dialog

    auto *leave = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), m_window);
    leave->setObjectName(QStringLiteral("kioskLeaveShortcut"));
    leave->setContext(Qt::ApplicationShortcut);
    connect(leave, &QShortcut::activated, this, &KioskGuard::openPinPad);
    m_longPress.setSingleShot(true);
    m_longPress.setInterval(longPressMs);
    connect(&m_longPress, &QTimer::timeout, this, [this] {
        m_swallowRelease = true;
        openPinPad();
    });

    m_idle.setSingleShot(true);
    m_idle.setInterval(std::max(1, idleTimeoutSeconds) * 1000);
    connect(&m_idle, &QTimer::timeout, this, &KioskGuard::onIdle);
    connect(m_countdown, &IdleCountdownDialog::expired, this, &KioskGuard::wipe);
}

KioskGuard::~KioskGuard() = default;

KioskPinDialog *KioskGuard::pinPad() const
{
    return m_pinPad;
}

bool KioskGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Close:
        if (watched == m_window && !m_leaving) { // the close button, Alt+F4, the window manager, close()
            event->ignore();
            return true;
        }
        break;
    case QEvent::WindowStateChange:
    case QEvent::Resize: // resizing a window drops its full-screen state without a state change event
        if (watched == m_window && !m_leaving && !(m_window->windowState() & Qt::WindowFullScreen))
            QTimer::singleShot(0, m_window, [w = m_window] {
                if (!(w->windowState() & Qt::WindowFullScreen))
                    w->setWindowState(w->windowState() | Qt::WindowFullScreen);
            });
        break;
    case QEvent::Show:
        adapt(watched);
        break;
    case QEvent::MouseButtonRelease:
        if (m_swallowRelease) {
            // The press that opened the PIN pad ends here: the button in the corner must not be clicked by it.
            m_swallowRelease = false;
            if (auto *button = qobject_cast<QAbstractButton *>(watched))
                button->setDown(false);
            onInput(watched, event);
            return true;
        }
        onInput(watched, event);
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod: // an on-screen keyboard or an input method commits text this way
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        onInput(watched, event);
        break;
    case QEvent::MouseMove:
        if (static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton) // a drag; a hovering pointer is no one
            onInput(watched, event);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void KioskGuard::onInput(QObject *watched, QEvent *event)
{
    Q_UNUSED(watched);
    m_armed = true;
    m_idle.start();
    if (m_countdown->isVisible()) // any touch continues
        m_countdown->stop();
    if (m_completion && m_completion->isVisible())
        m_completion->restartReturnCountdown();
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseMove) {
        const bool corner = inCorner(static_cast<QMouseEvent *>(event)->globalPosition());
        if (!corner)
            m_longPress.stop();
        else if (type == QEvent::MouseButtonPress && !m_longPress.isActive())
            m_longPress.start();
    } else if (type == QEvent::MouseButtonRelease) {
        m_longPress.stop();
    }
}

bool KioskGuard::inCorner(const QPointF &globalPos) const
{
    return QRect(m_window->mapToGlobal(QPoint(0, 0)), QSize(cornerSize, cornerSize)).contains(globalPos.toPoint());
}

void KioskGuard::adapt(QObject *shown)
{
    if (auto *page = qobject_cast<CompletionPage *>(shown)) {
        if (m_completion != page) {
            m_completion = page;
            connect(page, &CompletionPage::leaveRequested, this, &KioskGuard::wipe);
        }
        page->startReturnCountdown(m_completionSeconds);
    } else if (auto *form = qobject_cast<OtpForm *>(shown)) {
        form->showNumberPad();
    } else if (auto *link = qobject_cast<LinkButton *>(shown)) {
        // No browser at a kiosk (it would leave the app): the address stays readable, to be opened elsewhere.
        link->setEnabled(false);
    } else if (auto *area = qobject_cast<QAbstractScrollArea *>(shown)) {
        // A finger drags the content (the widgets under it still get their taps as clicks).
        if (!QScroller::hasScroller(area->viewport()))
            QScroller::grabGesture(area->viewport(), QScroller::TouchGesture);
    }
}

void KioskGuard::openPinPad()
{
    m_longPress.stop();
    if (m_pinPad) {
        m_pinPad->raise();
        m_pinPad->activateWindow();
        return;
    }
    m_pinPad = new KioskPinDialog(&m_pin, m_window);
    m_pinPad->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_pinPad, &QDialog::accepted, this, [this] {
        qCInfo(lcUi) << "kiosk mode left with the administrator PIN";
        m_leaving = true;
        emit leaveRequested();
    });
    m_pinPad->open();
}

void KioskGuard::onIdle()
{
    if (!m_armed || m_wipePending)
        return;
    if (m_completion && m_completion->isVisible()) // the completion page counts down itself
        return m_idle.start();
    m_countdown->start(m_countdownSeconds);
}

void KioskGuard::wipe()
{
    if (m_wipePending)
        return;
    RenewalWizard *wizard = m_window->wizard();
    Submission *submission = wizard ? wizard->controller()->submission() : nullptr;
    if (!submission || !submission->isSubmitting())
        return wipeNow();
    // The application on its way is allowed to arrive (and to be recorded) before the person is wiped.
    qCInfo(lcUi) << "idle wipe waits for the submission in flight";
    m_wipePending = true;
    connect(submission, &Submission::submittingChanged, this, [this](bool submitting) {
        if (!submitting && m_wipePending) {
            m_wipePending = false;
            wipeNow();
        }
    });
    connect(submission, &QObject::destroyed, this, [this] { m_wipePending = false; });
}

void KioskGuard::wipeNow()
{
    qCInfo(lcUi) << "kiosk: wiping the served person";
    m_countdown->stop();
    m_longPress.stop();
    m_idle.stop();
    m_armed = false;
    // A message box or dialog left open (the person's own windows go with their scope; these may be the window's).
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog->isVisible() && dialog != m_countdown)
            dialog->reject();
    }
    m_window->endServedPerson();
    m_window->loginScreen()->showNotice({}); // a fresh login screen for the next person, not "you have logged out"
    emit wiped();
}

} // namespace clickar
