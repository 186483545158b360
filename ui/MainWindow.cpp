#include "ui/MainWindow.h"

#include "service/Session.h"
#include "ui/AgentDesk.h"
#include "ui/LoginScreen.h"
#include "ui/MailDock.h"
#include "ui/MailPanel.h"
#include "ui/MessageBoxes.h"
#include "ui/ReloginDialog.h"
#include "ui/ServedPerson.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "clickar.ui")

namespace clickar {

MainWindow::MainWindow(Session *session, bool demo, QAction *languageAction, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_demo(demo)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(openingSize(demo));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    if (demo) {
        m_banner = new QLabel(central);
        QLabel *banner = m_banner;
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setProperty("role", QStringLiteral("demoBanner"));
        layout->addWidget(banner);
    }
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // The person's screens are built when their login gets under way: the login window comes up sooner.
    replaceLoginScreen();

    m_toolbar = addToolBar(QString());
    QToolBar *toolbar = m_toolbar;
    toolbar->setObjectName(QStringLiteral("accountToolbar"));
    // The language switch on every screen; the account's name and ログアウト while logged in.
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // An agent's: 「次のお客さま」 at any time, and the agency's name and code.
    m_nextCustomer = toolbar->addAction(QString(), this, [this] {
        if (m_desk)
            m_desk->nextCustomer();
    });
    m_nextCustomer->setObjectName(QStringLiteral("nextCustomerAction"));
    m_nextCustomer->setShortcut(QKeySequence(Qt::ALT | Qt::Key_N));
    m_nextCustomer->setVisible(false);
    m_agency = new QLabel(toolbar);
    m_agency->setObjectName(QStringLiteral("agencyName"));
    m_agency->setContentsMargins(12, 0, 0, 0);
    m_agencyAction = toolbar->addWidget(m_agency);
    m_agencyAction->setVisible(false);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_account = new QLabel(toolbar);
    m_account->setObjectName(QStringLiteral("accountName"));
    m_account->setContentsMargins(0, 0, 12, 0);
    m_accountAction = toolbar->addWidget(m_account);
    m_accountAction->setVisible(false);
    if (languageAction) {
        toolbar->addAction(languageAction);
        addAction(languageAction); // its shortcut also while the toolbar is hidden (kiosk)
    }
    m_logout = toolbar->addAction(QString(), this, &MainWindow::askLogout);
    m_logout->setObjectName(QStringLiteral("logoutAction"));
    m_logout->setVisible(false);
    // A tool bar's buttons take no focus by default: ログアウト is a Tab stop like every other button.
    toolbar->widgetForAction(m_logout)->setFocusPolicy(Qt::TabFocus);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    if (demo) {
        m_mailPanel = new MailPanel(this);
        auto *dock = new MailDock(m_mailPanel, this);
        m_mailDock = dock;
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        resizeDocks({dock}, {320}, Qt::Horizontal);
        auto *demoBar = addToolBar(QString());
        m_demoBar = demoBar;
        demoBar->setObjectName(QStringLiteral("demoToolbar"));
        demoBar->setMovable(false);
        demoBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_resetDemoData = demoBar->addAction(QString());
        m_resetDemoData->setObjectName(QStringLiteral("resetDemoDataAction"));
        demoBar->widgetForAction(m_resetDemoData)->setFocusPolicy(Qt::TabFocus);
    }
    retranslate();

    connect(session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(session, &Session::signedOut, this, &MainWindow::onSignedOut);
    connect(session, &Session::reloginRequired, this, &MainWindow::openRelogin);
    connect(session, &Session::credentialsNotSaved, this, [this] {
        showStatus(
            [] {
                return tr("Your login information could not be saved in the keychain. You are logged in, but will "
                          "need to log in again next time.");
            },
            15000);
    });
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (message.isEmpty())
            m_statusText = nullptr;
    });
    showScreen(m_login);
}

// Room for the widest page (page 3's plan comparison) beside the demo mail panel, as far as the screen the window
// opens on allows; where it does not, the panel folds to a strip on the pages that need its room (MailDock).
QSize MainWindow::openingSize(bool demo) const
{
    const QSize wanted(demo ? 1520 : 1180, 820);
    const QScreen *on = screen();
    if (!on)
        return wanted;
    // The window manager's frame around the window comes off the screen's free area too.
    const QSize room = on->availableGeometry().size() - QSize(16, 48);
    return wanted.boundedTo(room).expandedTo(QSize(640, 480));
}

MainWindow::~MainWindow()
{
    // The person's screens go with the window (also one whose end is still pending): no end of a scope to report.
    const QList<ServedPerson *> people = findChildren<ServedPerson *>();
    for (ServedPerson *person : people)
        person->disconnect(this);
    const QList<AgentDesk *> desks = findChildren<AgentDesk *>();
    for (AgentDesk *desk : desks)
        desk->disconnect(this);
}

RenewalWizard *MainWindow::wizard() const
{
    if (m_desk)
        return m_desk->wizard();
    return m_person ? m_person->wizard() : nullptr;
}

ServedPerson *MainWindow::servedPerson() const
{
    return m_desk ? m_desk->customer() : m_person.data();
}

AgentDesk *MainWindow::agentDesk() const
{
    return m_desk;
}

ReloginDialog *MainWindow::reloginDialog() const
{
    if (m_desk)
        return m_desk->reloginDialog();
    return m_person ? m_person->reloginDialog() : nullptr;
}

QWidget *MainWindow::currentScreen() const
{
    QWidget *shown = m_stack->currentWidget();
    if (m_desk && shown == m_desk)
        return m_desk->currentScreen();
    return m_person && shown == m_person ? m_person->currentScreen() : shown;
}

void MainWindow::showScreen(QWidget *screen)
{
    m_stack->setCurrentWidget(screen);
    if (screen == m_login)
        m_login->reset();
}

// A fresh login screen: nothing typed by the last person (address, password, their undo history) is left in it.
// Only the address saved with 「ログイン情報を保存する」 comes back, from the settings.
void MainWindow::replaceLoginScreen()
{
    LoginScreen *old = m_login;
    m_login = new LoginScreen(m_session, m_stack);
    m_stack->addWidget(m_login);
    connect(m_login, &LoginScreen::otpRequired, this, [this](const QString &maskedEmail, int expiresIn) {
        servedPersonForLogin()->startOtp(maskedEmail, expiresIn);
        showScreen(m_person);
        if (m_mailPanel)
            m_mailPanel->setRecipient(m_session->email());
    });
    if (old) {
        m_stack->removeWidget(old);
        delete old; // never on the call stack here: the ends come from the toolbar, the dialog or a timer
    }
}

ServedPerson *MainWindow::servedPersonForLogin()
{
    if (!m_person) {
        m_person = new ServedPerson(m_session, m_demo, m_stack);
        m_stack->addWidget(m_person);
        connect(m_person, &ServedPerson::loginAbandoned, this, [this] {
            wipeServedPerson();
            showScreen(m_login); // the address stays in the form: the person wants to try again
        });
        connect(m_person, &ServedPerson::renewalSubmitted, this, [this] {
            if (m_mailPanel)
                m_mailPanel->refresh();
        });
        connect(m_person, &QObject::destroyed, this, &MainWindow::servedPersonEnded);
    }
    return m_person;
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Qt asks this (through the parents) when the widget with the focus is disabled — a button busy while its
    // request is on its way — or hidden, and would hand the focus to the next widget of the whole window, often the
    // demo mail panel's. It moves on within the current screen instead (Tab and Backtab work as usual).
    QWidget *focus = QApplication::focusWidget();
    QWidget *screen = currentScreen();
    if (!focus || !screen || !screen->isAncestorOf(focus) || (focus->isEnabled() && focus->isVisible()))
        return QMainWindow::focusNextPrevChild(next);
    for (QWidget *w = next ? focus->nextInFocusChain() : focus->previousInFocusChain(); w && w != focus;
         w = next ? w->nextInFocusChain() : w->previousInFocusChain()) {
        if (screen->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    screen->setFocus(Qt::OtherFocusReason);
    return true;
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Clickar — auto insurance renewal"));
    if (m_banner)
        m_banner->setText(
            m_demoServer.isEmpty()
                ? tr("DEMO — connected to the built-in demo service. No real contract is changed.")
                : tr("DEMO — connected to the demo service at %1. No real contract is changed.").arg(m_demoServer));
    m_toolbar->setWindowTitle(tr("Account"));
    m_nextCustomer->setText(tr("Next customer (Alt+N)"));
    m_nextCustomer->setToolTip(tr("End this customer and go back to the queue (Alt+N)"));
    if (const std::optional<Contact> &agency = m_session->me().agency; agency && m_agencyAction->isVisible())
        m_agency->setText(tr("%1 (agency code %2)").arg(agency->name, agency->code));
    m_logout->setText(tr("Log out"));
    m_logout->setToolTip(tr("End this login"));
    if (m_accountAction->isVisible())
        m_account->setText(tr("%1 (logged in)").arg(m_session->me().displayName));
    if (m_demoBar)
        m_demoBar->setWindowTitle(tr("Demo"));
    if (m_resetDemoData) {
        m_resetDemoData->setText(tr("Reset demo data"));
        m_resetDemoData->setToolTip(tr("Start the demo service again from its demo data"));
    }
}

void MainWindow::showStatus(std::function<QString()> text, int timeoutMs)
{
    statusBar()->showMessage(text(), timeoutMs);
    m_statusText = std::move(text); // after showMessage: its messageChanged would clear it
    m_statusTimeout = timeoutMs;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_statusText)
            showStatus(m_statusText, m_statusTimeout); // (its time starts again: it is read again)
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::onSignedIn()
{
    m_accountAction->setVisible(true);
    m_logout->setVisible(true);
    retranslate();
    if (m_session->me().isAgent())
        return startAgentDesk();
    ServedPerson *person = servedPersonForLogin();
    person->showMyPage();
    showScreen(person);
    if (m_mailPanel)
        m_mailPanel->setRecipient(m_session->email());
}

// An agent's login: the screens of their own login (the one-time password) go, the work queue comes; each customer
// is a scope of their own under the desk.
void MainWindow::startAgentDesk()
{
    if (m_person) {
        m_stack->removeWidget(m_person);
        m_person->disconnect(this);
        m_person->end();
        m_person = nullptr;
    }
    if (!m_desk) {
        m_desk = new AgentDesk(m_session, m_demo, m_stack);
        m_stack->addWidget(m_desk);
        connect(m_desk, &AgentDesk::customerEnded, this, &MainWindow::servedPersonEnded);
        connect(m_desk, &AgentDesk::renewalSubmitted, this, [this] {
            if (m_mailPanel)
                m_mailPanel->refresh();
        });
        connect(m_desk, &QObject::destroyed, this, &MainWindow::servedPersonEnded);
        connect(m_desk, &AgentDesk::customerEnded, this, &MainWindow::servedPersonEnded);
        connect(m_desk, &AgentDesk::customerEnded, this, [this] {
            if (m_mailPanel && m_desk) { // the customer's mail goes; the agent's own mails stay readable
                m_mailPanel->forget();
                m_mailPanel->setRecipient(m_session->email());
            }
        });
    }
    const std::optional<Contact> &agency = m_session->me().agency;
    m_agency->setText(agency ? tr("%1 (agency code %2)").arg(agency->name, agency->code) : QString());
    m_agencyAction->setVisible(agency.has_value());
    m_nextCustomer->setVisible(true);
    showScreen(m_desk);
    if (m_mailPanel)
        m_mailPanel->setRecipient(m_session->email());
}

void MainWindow::askLogout()
{
    RenewalWizard *renewal = currentScreen() == wizard() ? wizard() : nullptr;
    if (!renewal)
        return endServedPerson();
    if (!MessageBoxes::confirm(
            this, [] { return tr("Log out"); },
            [] {
                return tr("Do you want to log out? What you have confirmed and entered is saved, and the renewal "
                          "continues from this page next time.");
            }))
        return;
    showStatus([] { return tr("Saving what you entered…"); });
    renewal->prepareToClose([this] {
        statusBar()->clearMessage();
        endServedPerson();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeReady) {
        m_closeReady = false;
        return QMainWindow::closeEvent(event);
    }
    RenewalWizard *renewal = currentScreen() == wizard() ? wizard() : nullptr;
    if (!renewal) {
        // Quitting while a login is unfinished (its tokens issued, the account not read yet): it is ended at the
        // service, and the window waits for that logout (and any other on its way) so that no session is left.
        if (m_session->loginUnfinished())
            m_session->abandonLogin();
        if (!m_session->isEndingAtService())
            return QMainWindow::closeEvent(event);
        event->ignore();
        return closeOnceEndedAtService();
    }
    event->ignore();
    if (m_closingFor == renewal)
        return;
    m_closingFor = renewal;
    const bool submitting = renewal->controller()->isSubmitting();
    showStatus([submitting] {
        return submitting ? tr("Your application is being sent. The window closes as soon as the answer has come.")
                          : tr("Saving what you entered…");
    });
    renewal->prepareToClose([this] {
        m_closingFor = nullptr;
        m_closeReady = true;
        statusBar()->clearMessage();
        close();
    });
}

void MainWindow::setDemoServer(const QString &address)
{
    m_demoServer = address;
    retranslate();
}

void MainWindow::closeOnceEndedAtService()
{
    if (m_waitingForLogout)
        return;
    m_waitingForLogout = true;
    statusBar()->showMessage(tr("Ending the login…"));
    const auto closeNow = [this] {
        if (!m_waitingForLogout)
            return;
        m_waitingForLogout = false;
        m_closeReady = true;
        statusBar()->clearMessage();
        close();
    };
    connect(m_session, &Session::endedAtService, this, closeNow, Qt::SingleShotConnection);
    // An unreachable service does not hold the window: it goes after a few seconds regardless.
    QTimer::singleShot(logoutWaitMs, this, closeNow);
}

void MainWindow::openRelogin()
{
    if (m_desk)
        m_desk->openRelogin();
    else if (m_person)
        m_person->openRelogin();
}

void MainWindow::endServedPerson()
{
    // The policyholder's (and the kiosk's) login is the person's own: it ends with them; signedOut does the rest.
    m_session->logout();
}

void MainWindow::wipeServedPerson()
{
    m_account->clear();
    m_accountAction->setVisible(false);
    m_logout->setVisible(false);
    m_agency->clear();
    m_agencyAction->setVisible(false);
    m_nextCustomer->setVisible(false);
    if (m_mailPanel) {
        m_mailPanel->forget();
        m_mailDock->forgetChoice();
    }
    if (m_desk) {
        m_stack->removeWidget(m_desk);
        m_desk->end(); // deleted once back in the event loop with the customer's scope; servedPersonEnded() then
        m_desk = nullptr;
    }
    if (m_person) {
        m_stack->removeWidget(m_person);
        m_person->end(); // deleted once back in the event loop; servedPersonEnded() then
        m_person = nullptr;
    }
}

void MainWindow::onSignedOut()
{
    wipeServedPerson();
    replaceLoginScreen();
    showScreen(m_login);
    m_login->showNotice([] { return tr("You have logged out."); });
}

} // namespace clickar
