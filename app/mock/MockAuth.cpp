#include "mock/MockAuth.h"

#include "mock/CanonicalEmail.h"
#include "mock/MockLog.h"
#include "mock/MockMails.h"

#include "domain/JsonReader.h"

#include <QRandomGenerator>
#include <QSet>

namespace clickar {

namespace {

QString randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString randomCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
}

MockReply invalidCredentials(MockLang lang)
{
    return MockReply::error(401, QStringLiteral("invalid_credentials"),
                            localized(lang, QStringLiteral("メールアドレスまたはパスワードが正しくありません。"),
                                      QStringLiteral("The email address or password is incorrect.")));
}

MockReply accountLocked(MockLang lang, qint64 retryAfter)
{
    return MockReply::error(
        423, QStringLiteral("account_locked"),
        localized(lang,
                  QStringLiteral(
                      "パスワードを続けて間違えたため、アカウントをロックしました。15分後にもう一度お試しください。"),
                  QStringLiteral("The account is locked after too many failed attempts. Please try again in 15 "
                                 "minutes.")),
        QJsonObject{{QStringLiteral("retryAfterSeconds"), retryAfter}});
}

MockReply otpInvalid(MockLang lang, int attemptsLeft)
{
    return MockReply::error(
        401, QStringLiteral("otp_invalid"),
        attemptsLeft > 0
            ? localized(lang, QStringLiteral("ワンタイムパスワードが正しくありません。"),
                        QStringLiteral("The one-time password is incorrect."))
            : localized(
                  lang,
                  QStringLiteral("ワンタイムパスワードの入力回数の上限に達しました。もう一度ログインしてください。"),
                  QStringLiteral("Too many incorrect one-time passwords. Please log in again.")),
        QJsonObject{{QStringLiteral("attemptsLeft"), attemptsLeft}});
}

MockReply otpExpired(MockLang lang)
{
    return MockReply::error(
        401, QStringLiteral("otp_expired"),
        localized(lang, QStringLiteral("ワンタイムパスワードの有効期限が切れました。再送信してください。"),
                  QStringLiteral("The one-time password has expired. Please request a new one.")));
}

// Reads the required string members of a body; a missing member or a wrong type is a bad request.
bool readStrings(const QJsonObject &body, const QStringList &keys, QStringList *values, QString *problem)
{
    JsonReader r(body);
    for (const QString &key : keys)
        values->append(r.string(key));
    *problem = r.error();
    return r.ok();
}

} // namespace

MockAuth::MockAuth(const MockClock &clock, Outbox &outbox, AuthTables &tables)
    : m_clock(clock)
    , m_outbox(outbox)
    , m_tables(tables)
{}

void MockAuth::reset(const Seed *seed)
{
    m_seed = seed;
    m_state = {};
    m_otpGuesses.clear();
    m_tables.clear();
}

void MockAuth::load(const Seed *seed)
{
    m_seed = seed;
    m_state = m_tables.load();
}

const SeedAccount *MockAuth::findByEmail(const QString &email) const
{
    if (!m_seed)
        return nullptr;
    const QString key = canonicalEmail(email);
    for (const SeedAccount &a : m_seed->accounts) {
        if (canonicalEmail(a.email) == key)
            return &a;
    }
    return nullptr;
}

MockReply MockAuth::login(const QJsonObject &body, MockLang lang)
{
    QStringList values;
    QString problem;
    if (!readStrings(body, {QStringLiteral("email"), QStringLiteral("password")}, &values, &problem))
        return mockerror::badRequest(lang, problem);
    prune();
    const QString key = canonicalEmail(values.at(0)); // the same key for lookup and lockout
    const QDateTime now = m_clock.now();
    LoginFailures &failures = m_state.failures[key];
    if (failures.lockedUntil.isValid()) {
        if (now < failures.lockedUntil)
            return accountLocked(lang, qMax<qint64>(1, now.secsTo(failures.lockedUntil)));
        failures = LoginFailures{};
    }
    const SeedAccount *account = findByEmail(key);
    if (!account || account->password != values.at(1)) {
        // Unknown addresses count and lock exactly like existing ones: the answers never differ.
        failures.lastFailure = now;
        if (++failures.count >= maxPasswordFailures) {
            failures.lockedUntil = now.addSecs(lockSeconds);
            qCInfo(lcMock) << "login: locked after repeated failures";
        }
        m_tables.saveFailures(key, failures);
        return invalidCredentials(lang);
    }
    m_state.failures.remove(key);
    m_tables.removeFailures(key);
    if (!account->otp)
        return issueTokens(account->id, randomToken(12));

    boundChallenges(account->id);
    const QString challengeId = randomToken(18);
    Challenge &challenge = m_state.challenges[challengeId];
    challenge.accountId = account->id;
    challenge.attemptsLeft = otpAttempts;
    sendOtp(*account, challengeId, challenge, lang);
    LoginResult result;
    result.otpRequired = true;
    result.challengeId = challengeId;
    result.maskedEmail = mockmails::maskEmail(account->email);
    result.expiresIn = otpValidSeconds;
    return MockReply::json(200, result.toJson());
}

void MockAuth::sendOtp(const SeedAccount &account, const QString &challengeId, Challenge &challenge, MockLang lang)
{
    challenge.code = randomCode();
    challenge.expiresAt = m_clock.now().addSecs(otpValidSeconds);
    m_tables.saveChallenge(challengeId, challenge);
    if (m_seed)
        m_outbox.send(mockmails::otpMail(account.email, account.displayName, challenge.code, m_clock.now(),
                                         otpValidSeconds, m_seed->content(lang), lang));
}

MockReply MockAuth::verifyOtp(const QJsonObject &body, MockLang lang)
{
    QStringList values;
    QString problem;
    if (!readStrings(body, {QStringLiteral("challengeId"), QStringLiteral("code")}, &values, &problem))
        return mockerror::badRequest(lang, problem);
    auto it = m_state.challenges.find(values.at(0));
    if (it == m_state.challenges.end())
        return otpExpired(lang);
    if (it->attemptsLeft <= 0)
        return otpInvalid(lang, 0);
    if (m_clock.now() >= it->expiresAt)
        return otpExpired(lang);
    if (const qint64 wait = otpGuessWait(it->accountId); wait > 0)
        return mockerror::rateLimited(lang, int(wait)); // even the right code: guessing stops here
    if (it->code != values.at(1).trimmed()) {
        m_otpGuesses[it->accountId].append(m_clock.now());
        --it->attemptsLeft;
        m_tables.saveChallenge(it.key(), *it);
        return otpInvalid(lang, it->attemptsLeft);
    }
    const QString accountId = it->accountId;
    m_tables.removeChallenge(it.key());
    m_state.challenges.erase(it);
    return issueTokens(accountId, randomToken(12));
}

MockReply MockAuth::resendOtp(const QJsonObject &body, MockLang lang)
{
    QStringList values;
    QString problem;
    if (!readStrings(body, {QStringLiteral("challengeId")}, &values, &problem))
        return mockerror::badRequest(lang, problem);
    auto it = m_state.challenges.find(values.at(0));
    const SeedAccount *account = (it != m_state.challenges.end() && m_seed) ? m_seed->account(it->accountId) : nullptr;
    if (!account || it->attemptsLeft <= 0)
        return otpExpired(lang); // unknown, used, or used up: log in again
    if (it->resends >= otpMaxResends)
        return mockerror::rateLimited(lang, otpValidSeconds);
    ++it->resends;
    sendOtp(*account, it.key(), *it, lang);
    return MockReply::json(200, QJsonObject{{QStringLiteral("expiresIn"), otpValidSeconds}});
}

MockReply MockAuth::issueTokens(const QString &accountId, const QString &family)
{
    const SeedAccount *account = m_seed ? m_seed->account(accountId) : nullptr;
    Tokens tokens;
    tokens.accessToken = randomToken(32);
    tokens.refreshToken = randomToken(32);
    tokens.expiresIn = accessSeconds;
    tokens.role = account ? account->role : QStringLiteral("policyholder");
    boundSessions(accountId);
    const QDateTime now = m_clock.now();
    const Session session{accountId, family, tokens.refreshToken, now.addSecs(accessSeconds),
                          now.addSecs(refreshSeconds)};
    m_state.sessions.insert(tokens.accessToken, session);
    m_state.refreshTokens.insert(tokens.refreshToken, tokens.accessToken);
    m_tables.saveSession(tokens.accessToken, session);
    return MockReply::json(200, tokens.toJson());
}

MockReply MockAuth::refresh(const QJsonObject &body, MockLang lang)
{
    QStringList values;
    QString problem;
    if (!readStrings(body, {QStringLiteral("refreshToken")}, &values, &problem))
        return mockerror::badRequest(lang, problem);
    const QString refreshToken = values.at(0);
    if (m_state.usedRefresh.contains(refreshToken)) {
        // A rotated refresh token used again: someone copied it. End that login everywhere.
        revokeFamily(m_state.usedRefresh.value(refreshToken));
        qCInfo(lcMock) << "refresh: reuse of a rotated refresh token, session revoked";
        return mockerror::unauthorized(lang);
    }
    const auto access = m_state.refreshTokens.constFind(refreshToken);
    if (access == m_state.refreshTokens.cend())
        return mockerror::unauthorized(lang);
    const QString oldAccess = *access;
    const Session session = m_state.sessions.value(oldAccess);
    m_state.sessions.remove(oldAccess);
    m_state.refreshTokens.remove(refreshToken);
    m_tables.removeSession(oldAccess);
    if (m_clock.now() >= session.refreshExpiresAt)
        return mockerror::unauthorized(lang);
    m_state.usedRefresh.insert(refreshToken, session.family);
    m_tables.saveUsedRefresh(refreshToken, session.family);
    return issueTokens(session.accountId, session.family);
}

void MockAuth::revokeFamily(const QString &family)
{
    for (auto it = m_state.sessions.begin(); it != m_state.sessions.end();) {
        if (it->family == family) {
            m_state.refreshTokens.remove(it->refreshToken);
            m_tables.removeSession(it.key());
            it = m_state.sessions.erase(it);
        } else {
            ++it;
        }
    }
}

MockReply MockAuth::logout(const QByteArray &authorization)
{
    const auto it = m_state.sessions.constFind(accessToken(authorization));
    if (it != m_state.sessions.cend())
        revokeFamily(QString(it->family)); // a copy: revokeFamily erases the session `it` points to
    return MockReply::noContent();
}

QString MockAuth::accessToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 8 || value.left(7).toLower() != "bearer ")
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

const SeedAccount *MockAuth::authenticate(const QByteArray &authorization) const
{
    const QString token = accessToken(authorization);
    if (token.isEmpty() || !m_seed)
        return nullptr;
    const auto it = m_state.sessions.constFind(token);
    if (it == m_state.sessions.cend() || m_clock.now() >= it->accessExpiresAt)
        return nullptr;
    return m_seed->account(it->accountId);
}

qint64 MockAuth::otpGuessWait(const QString &accountId)
{
    auto it = m_otpGuesses.find(accountId);
    if (it == m_otpGuesses.end())
        return 0;
    const QDateTime now = m_clock.now();
    it->removeIf([&now](const QDateTime &t) { return t.secsTo(now) >= otpGuessWindowSeconds; });
    if (it->isEmpty()) {
        m_otpGuesses.erase(it);
        return 0;
    }
    if (it->size() < otpGuessLimit)
        return 0;
    return qMax<qint64>(1, otpGuessWindowSeconds - it->first().secsTo(now));
}

void MockAuth::boundChallenges(const QString &accountId)
{
    for (;;) {
        auto oldest = m_state.challenges.end();
        int live = 0;
        for (auto it = m_state.challenges.begin(); it != m_state.challenges.end(); ++it) {
            if (it->accountId != accountId)
                continue;
            ++live;
            if (oldest == m_state.challenges.end() || it->expiresAt < oldest->expiresAt)
                oldest = it;
        }
        if (live < maxChallengesPerAccount)
            return;
        m_tables.removeChallenge(oldest.key());
        m_state.challenges.erase(oldest);
    }
}

void MockAuth::boundSessions(const QString &accountId)
{
    for (;;) {
        auto oldest = m_state.sessions.end();
        int live = 0;
        for (auto it = m_state.sessions.begin(); it != m_state.sessions.end(); ++it) {
            if (it->accountId != accountId)
                continue;
            ++live;
            if (oldest == m_state.sessions.end() || it->accessExpiresAt < oldest->accessExpiresAt)
                oldest = it;
        }
        if (live < maxSessionsPerAccount)
            return;
        revokeFamily(QString(oldest->family));
    }
}

void MockAuth::prune()
{
    const QDateTime now = m_clock.now();
    // Failed logins, of existing addresses or not: forgotten when the lock is over or the last failure lies a lock
    // period back, so addresses made up by the thousand leave nothing behind.
    for (auto it = m_state.failures.begin(); it != m_state.failures.end();) {
        const bool locked = it->lockedUntil.isValid() && now < it->lockedUntil;
        const bool recent = it->lastFailure.isValid() && it->lastFailure.secsTo(now) < lockSeconds;
        if (!locked && !recent) {
            m_tables.removeFailures(it.key());
            it = m_state.failures.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_state.challenges.begin(); it != m_state.challenges.end();) {
        if (now > it->expiresAt.addSecs(3600)) {
            m_tables.removeChallenge(it.key());
            it = m_state.challenges.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_state.sessions.begin(); it != m_state.sessions.end();) {
        if (now > it->refreshExpiresAt) {
            m_state.refreshTokens.remove(it->refreshToken);
            m_tables.removeSession(it.key());
            it = m_state.sessions.erase(it);
        } else {
            ++it;
        }
    }
    // A rotated refresh token matters only while its login lives (its reuse ends that login).
    QSet<QString> families;
    for (const Session &session : std::as_const(m_state.sessions))
        families.insert(session.family);
    for (auto it = m_state.usedRefresh.begin(); it != m_state.usedRefresh.end();) {
        if (!families.contains(*it)) {
            m_tables.removeUsedRefresh(it.key());
            it = m_state.usedRefresh.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace clickar
