#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace clickar {

class MockDatabase;

// The records of the mock's authentication (MockAuth) and where they are kept.
struct OtpChallenge
{
    QString accountId;
    QString code;
    QDateTime expiresAt;
    int attemptsLeft = 5;
    int resends = 0;
};

struct AuthSession
{
    QString accountId;
    QString family; // every rotation of one login
    QString refreshToken;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt;
};

struct LoginFailures
{
    int count = 0;
    QDateTime lockedUntil;
    QDateTime lastFailure; // null in a record from before schema version 2: pruned at the next login
};

struct AuthState
{
    QHash<QString, LoginFailures> failures;  // by normalised email, existing or not
    QHash<QString, OtpChallenge> challenges; // by challengeId
    QHash<QString, AuthSession> sessions;    // by access token
    QHash<QString, QString> refreshTokens;   // refresh token → access token
    QHash<QString, QString> usedRefresh;     // rotated refresh token → family (reuse revokes the family)
};

// MockAuth's records in SQLite: each change written as it is made, inside the request's transaction.
class AuthTables
{
public:
    explicit AuthTables(MockDatabase &db)
        : m_db(db)
    {}

    AuthState load();
    void clear();

    void saveFailures(const QString &email, const LoginFailures &failures);
    void removeFailures(const QString &email);
    void saveChallenge(const QString &id, const OtpChallenge &challenge);
    void removeChallenge(const QString &id);
    void saveSession(const QString &accessToken, const AuthSession &session);
    void removeSession(const QString &accessToken);
    void saveUsedRefresh(const QString &refreshToken, const QString &family);
    void removeUsedRefresh(const QString &refreshToken);

private:
    MockDatabase &m_db;
};

} // namespace clickar
