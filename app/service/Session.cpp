#include "Session.h"

namespace clickar {

Session::Session(RenewalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void Session::setBusy(bool busy)
{
    emit busyChanged(busy);
}

void Session::login(const QString &email, const QString &password)
{
    setBusy(true);
    m_client->login(email.trimmed(), password, this, [this](const Result<LoginResult> &result) {
        setBusy(false);
        if (!result.ok())
            return emit loginFailed(result.error());
        if (result.value().otpRequired) {
            m_challenge = result.value();
            return emit otpRequired(m_challenge.maskedEmail, m_challenge.expiresIn);
        }
        acceptTokens(*result.value().tokens);
    });
}

void Session::verifyOtp(const QString &code)
{
    setBusy(true);
    m_client->verifyOtp(m_challenge.challengeId, code, this, [this](const Result<Tokens> &result) {
        setBusy(false);
        if (!result.ok())
            return emit otpFailed(result.error());
        acceptTokens(result.value());
    });
}

void Session::resendOtp()
{
    setBusy(true);
    m_client->resendOtp(m_challenge.challengeId, this, [this](const Result<int> &result) {
        setBusy(false);
        if (!result.ok())
            return emit otpFailed(result.error());
        m_challenge.expiresIn = result.value();
        emit otpResent(result.value());
    });
}

void Session::acceptTokens(const Tokens &tokens)
{
    m_tokens = tokens;
    m_client->setAccessToken(tokens.accessToken);
    setBusy(true);
    m_client->me(this, [this](const Result<Me> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_tokens = {};
            m_client->setAccessToken({});
            return emit loginFailed(result.error());
        }
        m_me = result.value();
        emit signedIn(m_me);
    });
}

void Session::logout()
{
    if (isSignedIn())
        m_client->logout(this, [](const Result<Nothing> &) {});
    m_tokens = {};
    m_me = {};
    m_challenge = {};
    m_client->setAccessToken({});
    emit signedOut();
}

} // namespace clickar
