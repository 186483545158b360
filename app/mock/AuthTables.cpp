#include "mock/AuthTables.h"

#include "mock/MockDatabase.h"

#include <QVariant>

namespace clickar {

namespace {
QVariant stamp(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime time(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
} // namespace

AuthState AuthTables::load()
{
    AuthState state;
    MockDatabase &db = m_db;
    QSqlQuery q = db.select(QStringLiteral("SELECT email, count, locked_until, last_failure FROM login_failures"));
    while (q.next())
        state.failures.insert(q.value(0).toString(),
                              LoginFailures{q.value(1).toInt(), time(q.value(2)), time(q.value(3))});
    q = db.select(
        QStringLiteral("SELECT id, account_id, code, expires_at, attempts_left, resends FROM otp_challenges"));
    while (q.next())
        state.challenges.insert(q.value(0).toString(),
                                OtpChallenge{q.value(1).toString(), q.value(2).toString(), time(q.value(3)),
                                             q.value(4).toInt(), q.value(5).toInt()});
    q = db.select(QStringLiteral("SELECT access_token, account_id, family, refresh_token, access_expires_at, "
                                 "refresh_expires_at FROM sessions"));
    while (q.next()) {
        const QString access = q.value(0).toString();
        const AuthSession session{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), time(q.value(4)),
                                  time(q.value(5))};
        state.sessions.insert(access, session);
        state.refreshTokens.insert(session.refreshToken, access);
    }
    q = db.select(QStringLiteral("SELECT token, family FROM used_refresh_tokens"));
    while (q.next())
        state.usedRefresh.insert(q.value(0).toString(), q.value(1).toString());
    return state;
}

void AuthTables::clear()
{
    for (const char *table : {"login_failures", "otp_challenges", "sessions", "used_refresh_tokens"})
        m_db.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
}

void AuthTables::saveFailures(const QString &email, const LoginFailures &failures)
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO login_failures (email, count, locked_until, last_failure) "
                             "VALUES (?, ?, ?, ?)"),
              {email, failures.count, stamp(failures.lockedUntil), stamp(failures.lastFailure)});
}

void AuthTables::removeFailures(const QString &email)
{
    m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE email = ?"), {email});
}

void AuthTables::saveChallenge(const QString &id, const OtpChallenge &c)
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO otp_challenges (id, account_id, code, expires_at, "
                             "attempts_left, resends) VALUES (?, ?, ?, ?, ?, ?)"),
              {id, c.accountId, c.code, stamp(c.expiresAt), c.attemptsLeft, c.resends});
}

void AuthTables::removeChallenge(const QString &id)
{
    m_db.exec(QStringLiteral("DELETE FROM otp_challenges WHERE id = ?"), {id});
}

void AuthTables::saveSession(const QString &accessToken, const AuthSession &s)
{
    m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO sessions (access_token, account_id, family, refresh_token, "
                       "access_expires_at, refresh_expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {accessToken, s.accountId, s.family, s.refreshToken, stamp(s.accessExpiresAt), stamp(s.refreshExpiresAt)});
}

void AuthTables::removeSession(const QString &accessToken)
{
    m_db.exec(QStringLiteral("DELETE FROM sessions WHERE access_token = ?"), {accessToken});
}

void AuthTables::saveUsedRefresh(const QString &refreshToken, const QString &family)
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO used_refresh_tokens (token, family) VALUES (?, ?)"),
              {refreshToken, family});
}

void AuthTables::removeUsedRefresh(const QString &refreshToken)
{
    m_db.exec(QStringLiteral("DELETE FROM used_refresh_tokens WHERE token = ?"), {refreshToken});
}

} // namespace clickar
