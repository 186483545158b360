#include "mock/MockSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace clickar::mockschema {

namespace {

// migrations[n] brings a database from schema version n to n + 1.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE login_failures (email TEXT PRIMARY KEY, count INTEGER NOT NULL, "
                           "locked_until INTEGER)"),
            QStringLiteral("CREATE TABLE otp_challenges (id TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
                           "code TEXT NOT NULL, expires_at INTEGER NOT NULL, attempts_left INTEGER NOT NULL, "
                           "resends INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE sessions (access_token TEXT PRIMARY KEY, account_id TEXT NOT NULL, "
                           "family TEXT NOT NULL, refresh_token TEXT NOT NULL UNIQUE, "
                           "access_expires_at INTEGER NOT NULL, refresh_expires_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE used_refresh_tokens (token TEXT PRIMARY KEY, family TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE contracts (policy_number TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                           "maturity TEXT NOT NULL, renewed INTEGER NOT NULL, renewed_policy_number TEXT NOT NULL, "
                           "renewal_id TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE renewals (id TEXT PRIMARY KEY, policy_number TEXT NOT NULL, "
                           "version INTEGER NOT NULL, status TEXT NOT NULL, document TEXT NOT NULL, "
                           "driver_card INTEGER NOT NULL, next_notice TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE submissions (renewal_id TEXT NOT NULL, idempotency_key BLOB NOT NULL, "
                           "status INTEGER NOT NULL, answer BLOB NOT NULL, PRIMARY KEY (renewal_id, idempotency_key))"),
            QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, recipient TEXT NOT NULL, "
                           "subject TEXT NOT NULL, body TEXT NOT NULL, sent_at INTEGER NOT NULL)"),
        },
        {
            // When the last failure was: records of failures that lie far enough back are pruned.
            QStringLiteral("ALTER TABLE login_failures ADD COLUMN last_failure INTEGER"),
        },
    };
    return steps;
}

bool scalar(QSqlDatabase &db, const QString &sql, QVariant *value, QString *problem)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        *problem = query.lastError().text();
        return false;
    }
    *value = query.value(0);
    return true;
}

bool run(QSqlDatabase &db, const QString &sql, QString *problem)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *problem = query.lastError().text();
    return false;
}

} // namespace

Check prepare(QSqlDatabase &db, bool isFile, QString *problem)
{
    QVariant appId, userVersion, tables;
    // The first read of the header: "file is not a database" for anything but SQLite.
    if (!scalar(db, QStringLiteral("PRAGMA application_id"), &appId, problem))
        return Check::NotSqlite;
    if (!scalar(db, QStringLiteral("PRAGMA user_version"), &userVersion, problem) ||
        !scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables, problem))
        return Check::NotSqlite;
    if (appId.toInt() != applicationId && (appId.toInt() != 0 || tables.toInt() > 0)) {
        *problem = QStringLiteral("application id %1, %2 schema objects, no Clickar tables")
                       .arg(appId.toInt())
                       .arg(tables.toInt());
        return Check::Foreign;
    }
    const int from = userVersion.toInt();
    if (from > version) {
        *problem = QStringLiteral("schema version %1; this version knows up to %2").arg(from).arg(version);
        return Check::Newer;
    }
    if (isFile) {
        QVariant integrity;
        if (!scalar(db, QStringLiteral("PRAGMA quick_check"), &integrity, problem))
            return Check::NotSqlite;
        if (integrity.toString() != QStringLiteral("ok")) {
            *problem = integrity.toString().left(200);
            return Check::NotSqlite;
        }
        QVariant mode;
        if (!scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"), &mode, problem))
            return Check::Failed;
        if (mode.toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
            *problem = QStringLiteral("journal mode %1 instead of WAL").arg(mode.toString());
            return Check::Failed;
        }
        // In WAL, NORMAL loses nothing when the process is killed: a commit is in the log before the answer.
        if (!run(db, QStringLiteral("PRAGMA synchronous = NORMAL"), problem))
            return Check::Failed;
    }
    if (from == version)
        return Check::Ready;
    if (!db.transaction()) {
        *problem = db.lastError().text();
        return Check::Failed;
    }
    for (int v = from; v < version; ++v) {
        for (const QString &sql : migrations().at(v)) {
            if (!run(db, sql, problem)) {
                db.rollback();
                return Check::Failed;
            }
        }
    }
    if (!run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId), problem) ||
        !run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), problem) || !db.commit()) {
        if (problem->isEmpty())
            *problem = db.lastError().text();
        db.rollback();
        return Check::Failed;
    }
    return Check::Ready;
}

} // namespace clickar::mockschema
