#pragma once

#include "Account.h"
#include "RenewalClient.h"

#include <QObject>

namespace clickar {

// The signed-in state: login with one-time password, the tokens, and logout.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(RenewalClient *client, QObject *parent = nullptr);

    RenewalClient *client() const { return m_client; }
    bool isSignedIn() const { return !m_tokens.accessToken.isEmpty(); }
    const Tokens &tokens() const { return m_tokens; }
    const Me &me() const { return m_me; }
    QString challengeMaskedEmail() const { return m_challenge.maskedEmail; }
    int challengeExpiresIn() const { return m_challenge.expiresIn; }

    void login(const QString &email, const QString &password);
    void verifyOtp(const QString &code);
    void resendOtp();
    void logout();

signals:
    void busyChanged(bool busy);
    void otpRequired(const QString &maskedEmail, int expiresInSeconds);
    void otpResent(int expiresInSeconds);
    void signedIn(const clickar::Me &me);
    void loginFailed(const clickar::ApiError &error);
    void otpFailed(const clickar::ApiError &error);
    void signedOut();

private:
    void acceptTokens(const Tokens &tokens);
    void setBusy(bool busy);

    RenewalClient *m_client;
    LoginResult m_challenge;
    Tokens m_tokens;
    Me m_me;
};

} // namespace clickar
