#pragma once

#include "domain/Contract.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QStackedWidget;

namespace clickar {

class GuideScreen;
class MyPageScreen;
class OtpScreen;
class ReloginDialog;
class RenewalWizard;
class Session;

// One scope per served person (DESIGN.md): the screens after the login — one-time password, MyPage, the guide,
// the wizard with its controller, pages, PDF viewer, help and receipt preview — and the re-login dialog are built
// under this widget and go with it. The main window creates one when a person's login gets under way and ends it
// on logout (later also on 「次のお客さま」 and the kiosk's idle timeout); nothing of the person outlives it.
class ServedPerson : public QWidget
{
    Q_OBJECT

public:
    ServedPerson(Session *session, bool demo, QWidget *parent = nullptr);
    ~ServedPerson() override;

    // The login asked for a one-time password: its screen, with where the code went.
    void startOtp(const QString &maskedEmail, int expiresInSeconds);
    // Signed in: MyPage, loaded afresh.
    void showMyPage();
    // An agent serves this customer (AgentDesk): the guide of their contract, then the wizard on their behalf, with
    // `banner` (who renews for whom, in the UI language) above every screen; closing the guide or the wizard emits
    // customerLeft().
    void serveCustomer(const Contract &contract, const std::function<QString()> &banner);
    bool isOnBehalf() const { return m_onBehalf; }
    void openRelogin();

    QWidget *currentScreen() const;
    RenewalWizard *wizard() const;
    ReloginDialog *reloginDialog() const;
    bool isEnding() const { return m_ending; }

    // Ends the scope: every window of the person is hidden (a modal one's event loop returns) at once, and this
    // widget with everything under it is deleted when control is back in the event loop — end() may be called
    // from one of the person's own windows (the re-login dialog's ログアウト) or from a nested event loop.
    void end();

signals:
    // The person went back from the one-time password to the login form.
    void loginAbandoned();
    // An application was sent: the service mails its confirmation.
    void renewalSubmitted();
    // On a customer's behalf: the application was accepted (the agent's list of today's renewals records it).
    void customerRenewed(const QString &policyNumber, const QString &newPolicyNumber);
    // On a customer's behalf: the agent went back from the guide or closed the wizard (次のお客さま on page 9).
    void customerLeft();

protected:
    void changeEvent(QEvent *event) override;

private:
    // The screens are built on first use (a saved login never needs the one-time-password screen).
    OtpScreen *otpScreen();
    MyPageScreen *myPageScreen();
    GuideScreen *guideScreen();
    void showScreen(QWidget *screen);
    void openGuide(const Contract &contract);
    void startRenewal(const Contract &contract);
    // 「続きから」 on MyPage: the draft under way, straight into the wizard at the page it was left on.
    void continueRenewal(const Contract &contract);
    void openWizard(const Renewal &renewal, const QString &policy);
    void closeWizard();

    Session *m_session;
    bool m_demo;
    bool m_ending = false;
    bool m_onBehalf = false;
    QStackedWidget *m_stack;
    QLabel *m_banner = nullptr;
    std::function<QString()> m_bannerText;
    OtpScreen *m_otp = nullptr;
    MyPageScreen *m_myPage = nullptr;
    GuideScreen *m_guide = nullptr;
    QPointer<RenewalWizard> m_wizard;
    QPointer<ReloginDialog> m_relogin;
};

} // namespace clickar
