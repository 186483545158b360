#pragma once

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
// tokens (8 h). Errors never tell whether an account exists.
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

    MockAuth(const MockClock &clock, Outbox &outbox);

    void reset(const Seed *seed);

    MockReply login(const QJsonObject &body, MockLang lang);
    MockReply verifyOtp(const QJsonObject &body, MockLang lang);
    MockReply resendOtp(const QJsonObject &body, MockLang lang);
    MockReply refresh(const QJsonObject &body, MockLang lang);
    MockReply logout(const QByteArray &authorization);

    // The account behind "Bearer <access token>", or nullptr (missing, unknown, expired or revoked).
    const SeedAccount *authenticate(const QByteArray &authorization) const;

private:
    struct Challenge
    {
        QString accountId;
        QString code;
        QDateTime expiresAt;
        int attemptsLeft = otpAttempts;
        int resends = 0;
    };
    struct Session
    {
        QString accountId;
        QString family; // every rotation of one login
        QString refreshToken;
        QDateTime accessExpiresAt;
        QDateTime refreshExpiresAt;
    };
    struct Failures
    {
        int count = 0;
        QDateTime lockedUntil;
    };

    const SeedAccount *findByEmail(const QString &email) const;
    MockReply issueTokens(const QString &accountId, const QString &family);
    void sendOtp(const SeedAccount &account, Challenge &challenge);
    void revokeFamily(const QString &family);
    void prune();
    static QString accessToken(const QByteArray &authorization);

    const MockClock &m_clock;
    Outbox &m_outbox;
    const Seed *m_seed = nullptr;
    QHash<QString, Failures> m_failures;     // by normalised email, existing or not
    QHash<QString, Challenge> m_challenges;  // by challengeId
    QHash<QString, Session> m_sessions;      // by access token
    QHash<QString, QString> m_refreshTokens; // refresh token → access token
    QHash<QString, QString> m_usedRefresh;   // rotated refresh token → family (reuse revokes the family)
};

} // namespace clickar
