#include "MainWindow.h"

#include "GuideScreen.h"
#include "LoginScreen.h"
#include "MailPanel.h"
#include "MyPageScreen.h"
#include "OtpScreen.h"
#include "RenewalController.h"
#include "RenewalWizard.h"
#include "Session.h"

#include <QDockWidget>
#include <QLabel>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace clickar {

MainWindow::MainWindow(Session *session, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_login(new LoginScreen(session, m_stack))
    , m_otp(new OtpScreen(session, m_stack))
    , m_myPage(new MyPageScreen(session, m_stack))
    , m_guide(new GuideScreen(session, m_stack))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Clickar — auto insurance renewal"));
    resize(1100, 760);
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
    for (QWidget *screen : {static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_otp),
                            static_cast<QWidget *>(m_myPage), static_cast<QWidget *>(m_guide)})
        m_stack->addWidget(screen);

    auto *toolbar = addToolBar(tr("Account"));
    toolbar->setObjectName(QStringLiteral("accountToolbar"));
    toolbar->setMovable(false);
    m_logout = toolbar->addAction(tr("Log out"), session, &Session::logout);
    m_logout->setObjectName(QStringLiteral("logoutAction"));
    m_logout->setVisible(false);

    if (demo) {
        m_mailPanel = new MailPanel(session->client(), this);
        auto *dock = new QDockWidget(tr("Demo mail"), this);
        dock->setObjectName(QStringLiteral("mailDock"));
        dock->setWidget(m_mailPanel);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        addDockWidget(Qt::RightDockWidgetArea, dock);
    }

    connect(session, &Session::otpRequired, this, [this](const QString &maskedEmail, int expiresIn) {
        m_otp->start(maskedEmail, expiresIn);
        showScreen(m_otp);
        if (m_mailPanel)
            m_mailPanel->refresh();
    });
    connect(session, &Session::otpResent, this, [this] {
        if (m_mailPanel)
            m_mailPanel->refresh();
    });
    connect(session, &Session::signedIn, this, [this] {
        m_logout->setVisible(true);
        m_myPage->reload();
        showScreen(m_myPage);
    });
    connect(session, &Session::signedOut, this, &MainWindow::onSignedOut);
    connect(m_myPage, &MyPageScreen::renewRequested, this, &MainWindow::openGuide);
    connect(m_guide, &GuideScreen::back, this, [this] { showScreen(m_myPage); });
    connect(m_guide, &GuideScreen::proceed, this, &MainWindow::startRenewal);
    showScreen(m_login);
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

void MainWindow::openGuide(const Contract &contract)
{
    m_guide->showGuide(contract);
    showScreen(m_guide);
}

void MainWindow::startRenewal(const Contract &contract)
{
    m_session->client()->startRenewal(contract.policyNumber, this, [this](const Result<Renewal> &result) {
        if (!result.ok())
            return m_guide->showError(result.error().userMessage());
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
        m_wizard->restart();
    });
}

void MainWindow::closeWizard()
{
    // MyPage is shown first, then the wizard goes: the window is never left blank.
    m_myPage->reload();
    showScreen(m_myPage);
    if (m_wizard) {
        m_stack->removeWidget(m_wizard);
        m_wizard->deleteLater();
    }
}

void MainWindow::onSignedOut()
{
    m_logout->setVisible(false);
    if (m_wizard) {
        m_stack->removeWidget(m_wizard);
        m_wizard->deleteLater();
    }
    showScreen(m_login);
}

} // namespace clickar
