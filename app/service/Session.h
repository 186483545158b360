#pragma once

#include "domain/Account.h"
#include "service/CredentialStore.h"
#include "service/RenewalClient.h"

#include <QObject>

#include <functional>
#include <optional>

namespace clickar {

class SavedLogin;
class TokenKeeper;

// The signed-in state (docs/session.md): login with one-time password, logging in again when a refresh fails (the
// interrupted requests wait in RenewalClient and carry on), the start-up from a saved login, and logout. The tokens
// and their refresh are a TokenKeeper's; what is kept in the keychain and the settings is a SavedLogin's.
class Session : public QObject
{
    Q_OBJECT

public:
    // The answer to one login, one-time password or resend.
    struct Outcome
    {
        enum class Kind { SignedIn, OtpRequired, OtpResent, Failed };
        Kind kind = Kind::Failed;
        ApiError error;      // Failed
        QString maskedEmail; // OtpRequired
        int expiresIn = 0;   // OtpRequired, OtpResent: seconds the one-time password is valid
    };
    using Done = std::function<void(const Outcome &)>;

    explicit Session(RenewalClient *client, QObject *parent = nullptr);

    RenewalClient *client() const { return m_client; }
    bool isSignedIn() const { return m_signedIn; }
    // Waiting for the person to log in again; held requests carry on once they have.
    bool isReauthenticating() const { return m_reauthenticating; }
    const Tokens &tokens() const;
    const Me &me() const { return m_me; }
    // The address this login was made with (kept in memory for logging in again; never logged).
    QString email() const { return m_email; }

    // Saved login. `store` null (kiosk mode) means the app never offers to remember; `scope` separates the
    // logins of different services in the keychain.
    void setCredentialStore(CredentialStore *store, const QString &scope);
    CredentialStore *credentialStore() const;
    CredentialStore::Availability rememberAvailability() const;
    QString rememberedEmail() const;
    // On start: a stored refresh token opens MyPage directly; restoreFinished() follows in any case.
    // restoreStarted() is emitted only once a stored login was found (the keychain may take a moment to answer).
    void restoreSavedLogin();
    bool isRestoring() const { return m_restoring; }

    // `done` runs on the thread of `context`, never if it was destroyed. While reauthenticating, login() must be
    // given the same address (the re-login dialog does).
    void login(const QString &email, const QString &password, bool remember, QObject *context, Done done);
    void verifyOtp(const QString &code, QObject *context, Done done);
    void resendOtp(QObject *context, Done done);
    // The service accepted the login (tokens held) but the account could not be read yet (/me failed): the person
    // is offered a retry, which reads it again with the same tokens.
    bool loginUnfinished() const { return !m_signedIn && !m_reauthenticating && !tokens().accessToken.isEmpty(); }
    void finishLogin(QObject *context, Done done);
    // The person went back from (or quit during) an unfinished login: the service's session is ended
    // (POST /auth/logout).
    void abandonLogin();
    // A POST /auth/logout is on its way (abandonLogin, logout); endedAtService() follows once none is.
    bool isEndingAtService() const { return m_endingAtService > 0; }
    // The person gave up logging in again: the held requests fail with `unauthorized` (input stays where it is).
    void cancelRelogin();
    // Ends the login and forgets it: tokens, /me, the address and any pending one-time-password challenge.
    void logout();

    // Refreshes the access token now (the timer does it before the token expires).
    void refreshNow();
    // How long before the access token's expiry it is refreshed (tests shorten the wait).
    void setRefreshLeadMs(qint64 ms);

signals:
    void busyChanged(bool busy);
    void signedIn(const clickar::Me &me);
    void signedOut();
    void restoreStarted();
    // `failed`: a saved login was there but could not be used (`error` says why); false when none was stored.
    void restoreFinished(bool signedIn, bool failed, const clickar::ApiError &error);
    void rememberAvailabilityChanged();
    void credentialsNotSaved(const QString &technical);
    void tokensRefreshed();
    // Refreshing failed: ask the person for the password (and one-time password) again.
    void reloginRequired();
    void reauthenticated();
    // The last logout on its way was answered (or failed): the window may go.
    void endedAtService();

private:
    void acceptTokens(const Tokens &tokens, const Done &done);
    void fetchMe(const Done &done);
    void endAtService(); // POST /auth/logout with the access token held now
    void onAuthorizationRequired();
    void onRefreshed();
    void onRefreshFailed(const ApiError &error);
    void saveCredentials();
    void finishRestore(bool ok, const std::optional<ApiError> &error);
    void setBusy(bool busy);
    static ApiError unauthorizedError();

    RenewalClient *m_client;
    TokenKeeper *m_keeper;
    SavedLogin *m_saved;
    LoginResult m_challenge;
    Me m_me;
    QString m_email;
    bool m_remember = false;
    bool m_signedIn = false;
    bool m_reauthenticating = false;
    bool m_restoring = false;
    int m_endingAtService = 0; // logouts on their way
    quint64 m_generation = 0;  // bumped by logout: answers to older requests are ignored
    quint64 m_restoreRun = 0;  // bumped when the person logs in before the saved login was tried
};

} // namespace clickar
