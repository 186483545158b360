#pragma once

#include "mock/AuthTables.h"
#include "mock/MockClock.h"
#include "mock/MockReply.h"
#include "mock/Outbox.h"
#include "mock/SeedData.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace clickar {

// MyPage authentication of the mock: passwords with a lockout after 5 failures (15 min), one-time passwords
// mailed to the outbox (6 digits, 300 s, 5 attempts, resend), opaque access tokens (15 min) and rotating refresh
// tokens (8 h). Errors never tell whether an account exists. Every change is written to AuthTables as it is made
// (the caller holds the request's transaction); load() reads them back after a restart or a rollback.
class MockAuth
{
public:
    static constexpr int otpValidSeconds = 300;
    static constexpr int otpAttempts = 5;
    static constexpr int otpMaxResends = 5;
    static constexpr int maxPasswordFailures = 5;
    static constexpr int lockSeconds = 15 * 60;
    static constexpr int accessSeconds = 15 * 60;
    static constexpr int refreshSeconds = 8 * 3600;
    // Bounds (docs/decisions.md "Bounded state"): no client can grow the service's memory or guess without limit.
    static constexpr int maxChallengesPerAccount = 3; // live one-time password challenges; the oldest is dropped
    // Logins; the least recently issued is ended. High, because a training room shares its demo accounts.
    static constexpr int maxSessionsPerAccount = 256;
    static constexpr int otpGuessLimit = 10; // wrong one-time passwords of an account, across challenges…
    static constexpr int otpGuessWindowSeconds = 15 * 60; // …within this window, then 429 until the oldest leaves it

    MockAuth(const MockClock &clock, Outbox &outbox, AuthTables &tables);

    void reset(const Seed *seed); // no record left, in memory and in the tables
    void load(const Seed *seed);  // the records from the tables

    MockReply login(const QJsonObject &body, MockLang lang);
    MockReply verifyOtp(const QJsonObject &body, MockLang lang);
    MockReply resendOtp(const QJsonObject &body, MockLang lang);
    MockReply refresh(const QJsonObject &body, MockLang lang);
    MockReply logout(const QByteArray &authorization);

    // The account behind "Bearer <access token>", or nullptr (missing, unknown, expired or revoked).
    const SeedAccount *authenticate(const QByteArray &authorization) const;

private:
    using Challenge = OtpChallenge;
    using Session = AuthSession;

    const SeedAccount *findByEmail(const QString &email) const;
    MockReply issueTokens(const QString &accountId, const QString &family);
    // The mail is in the language of the request that asks for it (login or resend).
    void sendOtp(const SeedAccount &account, const QString &challengeId, Challenge &challenge, MockLang lang);
    void revokeFamily(const QString &family);
    void prune();
    void boundChallenges(const QString &accountId);
    void boundSessions(const QString &accountId);
    qint64 otpGuessWait(const QString &accountId); // seconds until a guess is allowed again, 0 = now
    static QString accessToken(const QByteArray &authorization);

    const MockClock &m_clock;
    Outbox &m_outbox;
    AuthTables &m_tables;
    const Seed *m_seed = nullptr;
    AuthState m_state;
    QHash<QString, QList<QDateTime>> m_otpGuesses; // account → times of its recent wrong one-time passwords
};

} // namespace clickar
