#include "ui/MainWindow.h"

#include "service/Session.h"
#include "ui/GuideScreen.h"
#include "ui/LoginScreen.h"
#include "ui/MailPanel.h"
#include "ui/MessageBoxes.h"
#include "ui/MyPageScreen.h"
#include "ui/OtpScreen.h"
#include "ui/ReloginDialog.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUi, "clickar.ui")

namespace clickar {

MainWindow::MainWindow(Session *session, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_login(new LoginScreen(session, m_stack))
    , m_demo(demo)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Clickar — auto insurance renewal"));
    resize(1180, 800);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    if (demo) {
        auto *banner =
            new QLabel(tr("DEMO — connected to the built-in demo service. No real contract is changed."), central);
        banner->setObjectName(QStringLiteral("demoBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; padding: 4px; font-weight: bold;"));
        layout->addWidget(banner);
    }
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // The other screens are built when first needed: the login window comes up sooner.
    m_stack->addWidget(m_login);

    m_toolbar = addToolBar(tr("Account"));
    QToolBar *toolbar = m_toolbar;
    toolbar->setObjectName(QStringLiteral("accountToolbar"));
    toolbar->hide(); // shown while logged in: the account's name and ログアウト
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_account = new QLabel(toolbar);
    m_account->setObjectName(QStringLiteral("accountName"));
    m_account->setContentsMargins(0, 0, 12, 0);
    m_accountAction = toolbar->addWidget(m_account);
    m_accountAction->setVisible(false);
    m_logout = toolbar->addAction(tr("Log out"), this, &MainWindow::askLogout);
    m_logout->setObjectName(QStringLiteral("logoutAction"));
    m_logout->setToolTip(tr("End this login"));
    m_logout->setVisible(false);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    if (demo) {
        m_mailPanel = new MailPanel(session->client(), this);
        auto *dock = new QDockWidget(tr("Demo mail"), this);
        dock->setObjectName(QStringLiteral("mailDock"));
        dock->setWidget(m_mailPanel);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        resizeDocks({dock}, {320}, Qt::Horizontal);
    }

    connect(m_login, &LoginScreen::otpRequired, this, [this](const QString &maskedEmail, int expiresIn) {
        otpScreen()->start(maskedEmail, expiresIn);
        showScreen(otpScreen());
        if (m_mailPanel)
            m_mailPanel->refresh();
    });
    connect(session, &Session::signedIn, this, &MainWindow::onSignedIn);
    connect(session, &Session::signedOut, this, &MainWindow::onSignedOut);
    connect(session, &Session::reloginRequired, this, &MainWindow::openRelogin);
    connect(session, &Session::credentialsNotSaved, this, [this] {
        statusBar()->showMessage(tr("Your login information could not be saved in the keychain. You are logged in, "
                                    "but will need to log in again next time."),
                                 15000);
    });
    showScreen(m_login);
}

RenewalWizard *MainWindow::wizard() const
{
    return m_wizard;
}

ReloginDialog *MainWindow::reloginDialog() const
{
    return m_relogin;
}

OtpScreen *MainWindow::otpScreen()
{
    if (!m_otp) {
        m_otp = new OtpScreen(m_session, m_stack);
        m_otp->setDemo(m_demo);
        m_stack->addWidget(m_otp);
        connect(m_otp, &OtpScreen::cancelled, this, [this] { showScreen(m_login); });
    }
    return m_otp;
}

MyPageScreen *MainWindow::myPageScreen()
{
    if (!m_myPage) {
        m_myPage = new MyPageScreen(m_session, m_stack);
        m_stack->addWidget(m_myPage);
        connect(m_myPage, &MyPageScreen::renewRequested, this, &MainWindow::openGuide);
    }
    return m_myPage;
}

GuideScreen *MainWindow::guideScreen()
{
    if (!m_guide) {
        m_guide = new GuideScreen(m_session, m_stack);
        m_stack->addWidget(m_guide);
        connect(m_guide, &GuideScreen::back, this, [this] { showScreen(myPageScreen()); });
        connect(m_guide, &GuideScreen::proceed, this, &MainWindow::startRenewal);
    }
    return m_guide;
}

QWidget *MainWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

void MainWindow::showScreen(QWidget *screen)
{
    m_stack->setCurrentWidget(screen);
    if (screen == m_login)
        m_login->reset();
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

void MainWindow::onSignedIn()
{
    m_account->setText(tr("%1 (logged in)").arg(m_session->me().displayName));
    m_accountAction->setVisible(true);
    m_logout->setVisible(true);
    m_toolbar->show();
    myPageScreen()->reload();
    showScreen(myPageScreen());
}

void MainWindow::openGuide(const Contract &contract)
{
    guideScreen()->showGuide(contract);
    showScreen(guideScreen());
}

void MainWindow::startRenewal(const Contract &contract)
{
    m_session->client()->startRenewal(contract.policyNumber, guideScreen(), [this](const Result<Renewal> &result) {
        if (!result.ok())
            return guideScreen()->showError(
                tr("The renewal could not be started. %1").arg(result.error().userMessage()));
        if (m_wizard) // a second answer (double click) never opens a second wizard
            return;
        auto *controller = new RenewalController(m_session->client(), result.value());
        m_wizard = new RenewalWizard(controller, m_stack);
        controller->setParent(m_wizard);
        m_wizard->setWindowFlags(Qt::Widget);
        connect(m_wizard, &RenewalWizard::closed, this, &MainWindow::closeWizard);
        connect(controller, &RenewalController::submitted, this, [this] {
            if (m_mailPanel)
                m_mailPanel->refresh();
        });
        m_stack->addWidget(m_wizard);
        showScreen(m_wizard);
        guideScreen()->clear();
    });
}

void MainWindow::closeWizard()
{
    // MyPage is shown first, then the wizard goes: the window is never left blank.
    myPageScreen()->reload();
    showScreen(myPageScreen());
    if (m_wizard) {
        m_stack->removeWidget(m_wizard);
        m_wizard->deleteLater();
        m_wizard = nullptr;
    }
}

void MainWindow::askLogout()
{
    if (m_wizard && currentScreen() == m_wizard &&
        !MessageBoxes::confirm(this, tr("Log out"),
                               tr("Do you want to log out? The pages you have confirmed are saved and the renewal "
                                  "continues from there next time; entries on the current page that are not yet "
                                  "confirmed are lost.")))
        return;
    m_session->logout();
}

void MainWindow::openRelogin()
{
    if (m_relogin)
        return;
    qCInfo(lcUi) << "session could not be renewed: asking to log in again";
    m_relogin = new ReloginDialog(m_session, this);
    m_relogin->setAttribute(Qt::WA_DeleteOnClose);
    m_relogin->open();
}

void MainWindow::onSignedOut()
{
    if (m_relogin)
        m_relogin->close();
    m_account->clear();
    m_accountAction->setVisible(false);
    m_logout->setVisible(false);
    m_toolbar->hide();
    if (m_wizard) {
        m_stack->removeWidget(m_wizard);
        m_wizard->deleteLater();
        m_wizard = nullptr;
    }
    if (m_myPage)
        m_myPage->clear();
    if (m_guide)
        m_guide->clear();
    showScreen(m_login);
    m_login->showNotice(tr("You have logged out."));
}

} // namespace clickar
