#pragma once

#include "Contract.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;

namespace clickar {

class GuideScreen;
class LoginScreen;
class MailPanel;
class MyPageScreen;
class OtpScreen;
class RenewalWizard;
class Session;

// The one window: MyPage screens and the renewal wizard on a stack, the demo banner and mail panel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session *session, bool demo, QWidget *parent = nullptr);

    MailPanel *mailPanel() const { return m_mailPanel; }
    RenewalWizard *wizard() const { return m_wizard; }
    QWidget *currentScreen() const;

private:
    void showScreen(QWidget *screen);
    void openGuide(const Contract &contract);
    void startRenewal(const Contract &contract);
    void closeWizard();
    void onSignedOut();

    Session *m_session;
    QStackedWidget *m_stack;
    LoginScreen *m_login;
    OtpScreen *m_otp;
    MyPageScreen *m_myPage;
    GuideScreen *m_guide;
    QPointer<RenewalWizard> m_wizard;
    MailPanel *m_mailPanel = nullptr;
    QAction *m_logout;
};

} // namespace clickar
