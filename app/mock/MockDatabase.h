#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlDatabase;

namespace clickar {

// The mock service's SQLite connection (Qt SQL, QSQLITE): opened on the thread that uses it, under a name of its
// own (many services may run in one process), WAL for files, the schema checked and migrated (MockSchema), and
// nested transactions (only the outermost begins and commits). A statement that fails marks the transaction
// failed: commit() then rolls back. Logs never show values (they may be personal), only what failed.
class MockDatabase
{
public:
    static inline const QString memory = QStringLiteral(":memory:");

    MockDatabase();
    ~MockDatabase();
    MockDatabase(const MockDatabase &) = delete;
    MockDatabase &operator=(const MockDatabase &) = delete;

    // Opens (or creates) the database at `path` (":memory:" for one that lives as long as this object). On
    // failure: false, and a message naming the file, what is wrong and how to start again.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    bool isMemory() const { return m_path == memory; }

    bool exec(const QString &sql, const QVariantList &values = {});
    // A query run for its rows (check isActive()); a failure also marks the transaction failed.
    QSqlQuery select(const QString &sql, const QVariantList &values = {});

    void begin();
    bool commit(); // false when a statement failed or the commit itself did: everything was rolled back
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // The service's own settings in the `meta` table (the seed's fingerprint, the clock's offset).
    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

private:
    QSqlDatabase connection() const;
    QSqlQuery prepared(const QString &sql, const QVariantList &values, bool *ok);

    QString m_name;
    QString m_path;
    bool m_open = false;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace clickar
