#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QLabel;
class QStackedWidget;
class QToolBar;

namespace clickar {

class AgentDesk;
class LoginScreen;
class MailDock;
class MailPanel;
class ReloginDialog;
class RenewalWizard;
class ServedPerson;
class Session;

// The one window: the login screen and the served person's screens (ServedPerson) on a stack, the demo banner and
// mail panel, ログアウト on every screen, and the re-login dialog over whatever is shown when the session could not be
// renewed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // languageAction: the language switch (LanguageSwitch::action()), in the top bar on every screen.
    MainWindow(Session *session, bool demo, QAction *languageAction = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    MailPanel *mailPanel() const { return m_mailPanel; }
    // Demo mode only (nullptr otherwise): 「デモデータを初期化」, reachable logged in or not; ClickarApp acts on it.
    QAction *resetDemoDataAction() const { return m_resetDemoData; }
    // The demo is a standalone demo server's, not the built-in one: the banner names its address.
    void setDemoServer(const QString &address);
    RenewalWizard *wizard() const;
    // The screen shown: the login screen or the served person's current one.
    QWidget *currentScreen() const;
    ReloginDialog *reloginDialog() const;
    LoginScreen *loginScreen() const { return m_login; }
    // The person logged in or being served (null on the login screen); see ServedPerson. For an agent: the
    // customer being served (null at the work queue).
    ServedPerson *servedPerson() const;
    // An agent's login: the work queue and the customer served (null for anybody else).
    AgentDesk *agentDesk() const;
    // 「次のお客さま」 (Alt+N; agents only): ends the customer's scope, back to the queue, still logged in.
    QAction *nextCustomerAction() const { return m_nextCustomer; }

    // Ends the served person's scope: the login is ended (Session::logout()), every screen, window and mail of
    // theirs goes, and a fresh login screen is shown. ログアウト ends this way; so will 「次のお客さま」 and the
    // kiosk's idle timeout. servedPersonEnded() follows once everything of the person has been destroyed.
    void endServedPerson();

    // A message in the status bar, for `timeoutMs` (0: until cleared); `text` is asked again on a language switch.
    void showStatus(std::function<QString()> text, int timeoutMs = 0);

signals:
    void servedPersonEnded();

protected:
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;
    // Mid-wizard the window waits before it closes: for a step save or the application on its way (with a
    // message), and until the page's unconfirmed inputs are kept with the draft (RenewalWizard::prepareToClose).
    // Elsewhere it ends an unfinished login at the service and waits (a few seconds at most) for the logout.
    void closeEvent(QCloseEvent *event) override;

private:
    QSize openingSize(bool demo) const;
    void retranslate();
    ServedPerson *servedPersonForLogin();
    void showScreen(QWidget *screen);
    void onSignedIn();
    void onSignedOut();
    void askLogout();
    void closeOnceEndedAtService();
    std::function<QString()> m_statusText; // the status bar's message, while it is shown
    int m_statusTimeout = 0;
    void openRelogin();
    void wipeServedPerson();
    void replaceLoginScreen();
    void startAgentDesk();

    Session *m_session;
    QStackedWidget *m_stack;
    LoginScreen *m_login = nullptr;
    bool m_demo;
    QPointer<ServedPerson> m_person;
    QPointer<AgentDesk> m_desk;
    MailPanel *m_mailPanel = nullptr;
    QToolBar *m_toolbar;
    QLabel *m_account;
    QAction *m_accountAction;
    QAction *m_logout;
    QLabel *m_agency;
    QAction *m_agencyAction;
    QAction *m_nextCustomer;
    QAction *m_resetDemoData = nullptr;
    QLabel *m_banner = nullptr;
    MailDock *m_mailDock = nullptr;
    QToolBar *m_demoBar = nullptr;
    QPointer<RenewalWizard> m_closingFor; // the wizard a close waits for (gone with it: a close goes through again)
    bool m_closeReady = false;            // the wizard (or the logout) is done: the next close goes through
    bool m_waitingForLogout = false;
    QString m_demoServer; // empty: the built-in demo service
    static constexpr int logoutWaitMs = 5000;
};

} // namespace clickar
