#include "service/Session.h"

#include "service/SavedLogin.h"
#include "service/TokenKeeper.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSession, "clickar.session")

namespace clickar {

namespace {
void deliver(const QPointer<QObject> &context, const Session::Done &done, const Session::Outcome &outcome)
{
    if (context && done)
        done(outcome);
}

Session::Outcome failed(const ApiError &error)
{
    Session::Outcome outcome;
    outcome.kind = Session::Outcome::Kind::Failed;
    outcome.error = error;
    return outcome;
}
} // namespace

Session::Session(RenewalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_keeper(new TokenKeeper(client, this))
    , m_saved(new SavedLogin(this))
{
    connect(m_keeper, &TokenKeeper::due, this, &Session::refreshNow);
    connect(m_keeper, &TokenKeeper::refreshed, this, &Session::onRefreshed);
    connect(m_keeper, &TokenKeeper::refreshFailed, this, &Session::onRefreshFailed);
    connect(m_saved, &SavedLogin::availabilityChanged, this, &Session::rememberAvailabilityChanged);
    connect(m_saved, &SavedLogin::notSaved, this, &Session::credentialsNotSaved);
    m_client->setHoldOnUnauthorized(true);
    connect(m_client, &RenewalClient::authorizationRequired, this, &Session::onAuthorizationRequired);
}

ApiError Session::unauthorizedError()
{
    ApiError error = ApiError::http(401, QStringLiteral("unauthorized"), {});
    error.technical = QStringLiteral("HTTP 401 unauthorized (not logged in again)");
    return error;
}

void Session::setBusy(bool busy)
{
    emit busyChanged(busy);
}

const Tokens &Session::tokens() const
{
    return m_keeper->tokens();
}

void Session::setRefreshLeadMs(qint64 ms)
{
    m_keeper->setLeadMs(ms);
}

void Session::setCredentialStore(CredentialStore *store, const QString &scope)
{
    m_saved->setStore(store, scope);
}

CredentialStore *Session::credentialStore() const
{
    return m_saved->store();
}

CredentialStore::Availability Session::rememberAvailability() const
{
    return m_saved->availability();
}

QString Session::rememberedEmail() const
{
    return m_saved->email();
}

void Session::login(const QString &email, const QString &password, bool remember, QObject *context, Done done)
{
    if (m_restoring) { // the person did not wait for the saved login: theirs wins
        ++m_restoreRun;
        m_restoring = false;
    }
    if (!m_reauthenticating) {
        abandonLogin(); // a login begun before and left unfinished ends at the service first
        m_email = email.trimmed();
        m_remember = remember && m_saved->store();
    }
    setBusy(true);
    const QPointer<QObject> guard(context);
    const quint64 generation = m_generation;
    m_client->login(m_email, password, this, [this, guard, done, generation](const Result<LoginResult> &result) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!result.ok())
            return deliver(guard, done, failed(result.error()));
        if (!result.value().otpRequired)
            return acceptTokens(*result.value().tokens, [guard, done](const Outcome &o) { deliver(guard, done, o); });
        m_challenge = result.value();
        Outcome outcome;
        outcome.kind = Outcome::Kind::OtpRequired;
        outcome.maskedEmail = m_challenge.maskedEmail;
        outcome.expiresIn = m_challenge.expiresIn;
        deliver(guard, done, outcome);
    });
}

void Session::verifyOtp(const QString &code, QObject *context, Done done)
{
    setBusy(true);
    const QPointer<QObject> guard(context);
    const quint64 generation = m_generation;
    m_client->verifyOtp(m_challenge.challengeId, code.trimmed(), this,
                        [this, guard, done, generation](const Result<Tokens> &result) {
                            if (generation != m_generation)
                                return;
                            setBusy(false);
                            if (!result.ok())
                                return deliver(guard, done, failed(result.error()));
                            m_challenge = {};
                            acceptTokens(result.value(), [guard, done](const Outcome &o) { deliver(guard, done, o); });
                        });
}

void Session::resendOtp(QObject *context, Done done)
{
    setBusy(true);
    const QPointer<QObject> guard(context);
    const quint64 generation = m_generation;
    m_client->resendOtp(m_challenge.challengeId, this, [this, guard, done, generation](const Result<int> &result) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!result.ok())
            return deliver(guard, done, failed(result.error()));
        m_challenge.expiresIn = result.value();
        Outcome outcome;
        outcome.kind = Outcome::Kind::OtpResent;
        outcome.expiresIn = result.value();
        deliver(guard, done, outcome);
    });
}

void Session::acceptTokens(const Tokens &tokens, const Done &done)
{
    Outcome signedInOutcome;
    signedInOutcome.kind = Outcome::Kind::SignedIn;
    if (m_reauthenticating) {
        // Logged in again: the requests that were waiting carry on with the new token.
        m_keeper->set(tokens);
        m_reauthenticating = false;
        saveCredentials();
        m_client->resumeHeld();
        emit reauthenticated();
        return done(signedInOutcome);
    }
    m_keeper->set(tokens);
    fetchMe(done);
}

void Session::finishLogin(QObject *context, Done done)
{
    const QPointer<QObject> guard(context);
    if (!loginUnfinished())
        return deliver(guard, done, failed(unauthorizedError()));
    fetchMe([guard, done](const Outcome &o) { deliver(guard, done, o); });
}

void Session::abandonLogin()
{
    m_challenge = {};
    if (!loginUnfinished())
        return;
    // The service issued tokens for this login: it is ended there too, so that no session is left behind.
    qCInfo(lcSession) << "login abandoned after the tokens arrived: logging out";
    ++m_generation;
    endAtService();
    m_keeper->clear();
}

void Session::endAtService()
{
    ++m_endingAtService;
    m_client->logout(this, [this](const Result<Nothing> &result) {
        if (!result.ok())
            qCInfo(lcSession) << "logout not confirmed by the service:" << result.error().technical;
        if (--m_endingAtService == 0)
            emit endedAtService();
    });
}

void Session::fetchMe(const Done &done)
{
    Outcome signedInOutcome;
    signedInOutcome.kind = Outcome::Kind::SignedIn;
    setBusy(true);
    const quint64 generation = m_generation;
    m_client->me(this, [this, done, generation, signedInOutcome](const Result<Me> &result) {
        if (generation != m_generation)
            return;
        setBusy(false);
        if (!result.ok()) {
            const ApiError &error = result.error();
            // The one-time password is used up by now: tokens the service still accepts are kept, so that the
            // person retries (finishLogin) instead of starting again at a password and a code that has expired.
            if (error.kind == ApiError::Kind::Http && error.status == 401) {
                m_keeper->clear();
            } else {
                qCInfo(lcSession) << "account could not be read after the login; the tokens are kept:"
                                  << error.technical;
            }
            return done(failed(error));
        }
        m_me = result.value();
        m_signedIn = true;
        if (m_remember)
            saveCredentials();
        else
            m_saved->forget();
        emit signedIn(m_me);
        done(signedInOutcome);
    });
}

void Session::refreshNow()
{
    if (!m_signedIn || m_keeper->isRefreshing() || m_reauthenticating || !m_keeper->hasRefreshToken())
        return;
    // Nothing is sent with the old token while the new one is on its way (the service revokes the old one).
    m_client->holdRequests();
    m_keeper->refresh();
}

void Session::onAuthorizationRequired()
{
    if (!m_signedIn) {
        // Not (yet) signed in, e.g. /me right after login: there is nothing to refresh.
        m_client->failHeld(unauthorizedError());
        return;
    }
    if (m_keeper->isRefreshing() || m_reauthenticating)
        return;
    if (!m_keeper->hasRefreshToken()) {
        m_reauthenticating = true;
        emit reloginRequired();
        return;
    }
    m_keeper->refresh();
}

void Session::onRefreshed()
{
    saveCredentials();
    m_client->resumeHeld();
    emit tokensRefreshed();
}

void Session::onRefreshFailed(const ApiError &error)
{
    qCInfo(lcSession) << "token refresh failed:" << error.technical;
    if (error.isTransient() || error.kind == ApiError::Kind::Malformed) {
        // The service could not be asked: the waiting requests fail as they would have; try again later.
        m_client->failHeld(error);
        m_keeper->retryIn(std::chrono::seconds(30));
        return;
    }
    // The refresh token is no longer accepted: the person logs in again (password, then OTP).
    m_keeper->dropRefreshToken();
    if (m_remember)
        m_saved->removeToken();
    m_reauthenticating = true;
    emit reloginRequired();
}

void Session::cancelRelogin()
{
    if (!m_reauthenticating)
        return;
    m_reauthenticating = false;
    m_client->failHeld(unauthorizedError());
}

void Session::saveCredentials()
{
    if (m_remember)
        m_saved->save(m_email, m_keeper->tokens().refreshToken); // the address is not secret: it fills in the form
}

void Session::restoreSavedLogin()
{
    if (!m_saved->store()) {
        finishRestore(false, std::nullopt);
        return;
    }
    m_restoring = true;
    const quint64 generation = m_generation;
    const quint64 run = ++m_restoreRun;
    const auto current = [this, generation, run] { return generation == m_generation && run == m_restoreRun; };
    m_saved->readToken(this, [this, current](const CredentialStore::Answer &answer) {
        if (!current())
            return;
        if (!answer.ok())
            return finishRestore(false, std::nullopt);
        const QString email = rememberedEmail();
        if (email.isEmpty() || answer.secret.isEmpty()) {
            m_saved->removeToken();
            return finishRestore(false, std::nullopt);
        }
        emit restoreStarted();
        m_email = email;
        m_remember = true;
        m_client->refresh(answer.secret, this, [this, current](const Result<Tokens> &refreshed) {
            if (!current())
                return;
            if (!refreshed.ok()) {
                if (!refreshed.error().isTransient())
                    m_saved->removeToken();
                return finishRestore(false, refreshed.error());
            }
            m_keeper->set(refreshed.value());
            saveCredentials(); // the stored token has just been rotated away
            m_client->me(this, [this, current](const Result<Me> &me) {
                if (!current())
                    return;
                if (!me.ok()) {
                    m_keeper->clear();
                    return finishRestore(false, me.error());
                }
                m_me = me.value();
                m_signedIn = true;
                finishRestore(true, std::nullopt);
                emit signedIn(m_me);
            });
        });
    });
}

void Session::finishRestore(bool ok, const std::optional<ApiError> &error)
{
    m_restoring = false;
    emit restoreFinished(ok, error.has_value(), error.value_or(ApiError{}));
}

void Session::logout()
{
    ++m_generation;
    m_client->dropHeld();
    if (!tokens().accessToken.isEmpty()) // signed in, or a login with its tokens not finished yet
        endAtService();
    m_saved->forget(); // the address too: the next person at this computer starts from an empty form
    // Nothing of the person stays in memory (docs/session.md, one scope per served person).
    m_keeper->clear();
    m_me = {};
    m_challenge = {};
    m_email.clear();
    m_remember = false;
    m_signedIn = false;
    m_reauthenticating = false;
    m_restoring = false;
    emit signedOut();
}

} // namespace clickar
