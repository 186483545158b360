#pragma once

#include "domain/Contract.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;
class QToolBar;

namespace clickar {

class GuideScreen;
class LoginScreen;
class MailPanel;
class MyPageScreen;
class OtpScreen;
class ReloginDialog;
class RenewalWizard;
class Session;

// The one window: MyPage screens and the renewal wizard on a stack, the demo banner and mail panel, ログアウト
// on every screen, and the re-login dialog over whatever is shown when the session could not be renewed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session *session, bool demo, QWidget *parent = nullptr);

    MailPanel *mailPanel() const { return m_mailPanel; }
    RenewalWizard *wizard() const;
    QWidget *currentScreen() const;
    ReloginDialog *reloginDialog() const;
    LoginScreen *loginScreen() const { return m_login; }

protected:
    bool focusNextPrevChild(bool next) override;

private:
    // The screens after the login, built on first use.
    OtpScreen *otpScreen();
    MyPageScreen *myPageScreen();
    GuideScreen *guideScreen();
    void showScreen(QWidget *screen);
    void openGuide(const Contract &contract);
    void startRenewal(const Contract &contract);
    void closeWizard();
    void onSignedIn();
    void onSignedOut();
    void askLogout();
    void openRelogin();

    Session *m_session;
    QStackedWidget *m_stack;
    LoginScreen *m_login;
    bool m_demo;
    OtpScreen *m_otp = nullptr;
    MyPageScreen *m_myPage = nullptr;
    GuideScreen *m_guide = nullptr;
    QPointer<RenewalWizard> m_wizard;
    QPointer<ReloginDialog> m_relogin;
    MailPanel *m_mailPanel = nullptr;
    QToolBar *m_toolbar;
    QLabel *m_account;
    QAction *m_accountAction;
    QAction *m_logout;
};

} // namespace clickar
