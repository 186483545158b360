#include "mock/MockDatabase.h"

#include "mock/MockLog.h"
#include "mock/MockSchema.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace clickar {

namespace {
QAtomicInteger<quint64> g_connections;

QString remedy(const QString &path)
{
    return QStringLiteral("Move or delete %1 to start again from the seed data.").arg(path);
}
} // namespace

MockDatabase::MockDatabase()
    : m_name(QStringLiteral("clickar-mock-%1").arg(g_connections.fetchAndAddRelaxed(1)))
{}

MockDatabase::~MockDatabase()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_depth > 0)
                db.rollback();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase MockDatabase::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool MockDatabase::open(const QString &path, QString *error)
{
    m_path = path.isEmpty() ? memory : path;
    const QString shown = isMemory() ? QStringLiteral("the in-memory database") : m_path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed (Debian: libqt6sql6-sqlite).");
        return false;
    }
    if (!isMemory()) {
        const QFileInfo file(m_path);
        if (file.exists() && !file.isFile()) {
            *error = QStringLiteral("%1 is not a file.").arg(m_path);
            return false;
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = QStringLiteral("%1 cannot be opened (%2).").arg(shown, db.lastError().text());
            return false;
        }
        QString problem;
        const mockschema::Check check = mockschema::prepare(db, !isMemory(), &problem);
        switch (check) {
        case mockschema::Check::Ready:
            break;
        case mockschema::Check::NotSqlite:
            *error = QStringLiteral("%1 is not a Clickar demo database: it is not an SQLite file, or it is damaged "
                                    "(%2). %3")
                         .arg(shown, problem, remedy(m_path));
            break;
        case mockschema::Check::Foreign:
            *error = QStringLiteral("%1 is an SQLite database of another application (%2). %3")
                         .arg(shown, problem, remedy(m_path));
            break;
        case mockschema::Check::Newer:
            *error = QStringLiteral("%1 was written by a newer version of the demo service (%2). Use that version, "
                                    "or move or delete the file to start again from the seed data.")
                         .arg(shown, problem);
            break;
        case mockschema::Check::Failed:
            *error = QStringLiteral("%1 could not be prepared (%2).").arg(shown, problem);
            break;
        }
        if (check != mockschema::Check::Ready) {
            qCWarning(lcMock) << "database not usable:" << static_cast<int>(check);
            db.close();
            return false;
        }
    }
    m_open = true;
    return true;
}

QSqlQuery MockDatabase::prepared(const QString &sql, const QVariantList &values, bool *ok)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true); // before prepare(): rows are read once, in order
    *ok = query.prepare(sql);
    for (const QVariant &value : values) {
        // A null QString is bound as SQL NULL; the tables keep "" for "none".
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QLatin1String("")) : value);
    }
    *ok = *ok && query.exec();
    if (!*ok) {
        m_failed = true;
        // The statement, never the values (addresses, codes, tokens).
        qCWarning(lcMock) << "database statement failed:" << sql.left(60) << query.lastError().text();
    }
    return query;
}

bool MockDatabase::exec(const QString &sql, const QVariantList &values)
{
    if (!m_open)
        return false;
    bool ok = false;
    prepared(sql, values, &ok);
    return ok;
}

QSqlQuery MockDatabase::select(const QString &sql, const QVariantList &values)
{
    if (!m_open)
        return QSqlQuery();
    bool ok = false;
    return prepared(sql, values, &ok);
}

void MockDatabase::begin()
{
    if (!m_open)
        return;
    if (m_depth++ == 0) {
        m_failed = false;
        if (!connection().transaction()) {
            m_failed = true;
            qCWarning(lcMock) << "database transaction could not begin:" << connection().lastError().text();
        }
    }
}

bool MockDatabase::commit()
{
    if (!m_open || m_depth == 0)
        return false;
    if (--m_depth > 0)
        return !m_failed;
    QSqlDatabase db = connection();
    if (!m_failed && db.commit())
        return true;
    qCWarning(lcMock) << "database transaction rolled back:" << db.lastError().text();
    db.rollback();
    m_failed = false;
    return false;
}

void MockDatabase::rollback()
{
    if (!m_open || m_depth == 0)
        return;
    m_depth = 0;
    m_failed = false;
    connection().rollback();
}

QString MockDatabase::meta(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

void MockDatabase::setMeta(const QString &key, const QString &value)
{
    exec(QStringLiteral(
             "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
         {key, value});
}

} // namespace clickar
