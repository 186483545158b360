#include "mock/RenewalTables.h"

#include "mock/MockDatabase.h"
#include "mock/MockLog.h"

#include "domain/Codec.h"

#include <QJsonDocument>

namespace clickar {

void RenewalTables::clear()
{
    for (const char *table : {"contracts", "renewals", "submissions"})
        m_db.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
}

void RenewalTables::saveContract(const ContractRecord &c)
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO contracts (policy_number, position, maturity, renewed, "
                             "renewed_policy_number, renewal_id) VALUES (?, ?, ?, ?, ?, ?)"),
              {c.policyNumber, c.position, c.maturity.toString(Qt::ISODate), c.renewed ? 1 : 0, c.renewedPolicyNumber,
               c.renewalId});
}

void RenewalTables::saveRenewal(const RenewalRecord &r)
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO renewals (id, policy_number, version, status, document, "
                             "driver_card, next_notice) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {r.renewal.id, r.policyNumber, r.renewal.version, r.renewal.status,
               QString::fromUtf8(QJsonDocument(r.renewal.toJson()).toJson(QJsonDocument::Compact)),
               r.driverCard ? 1 : 0, r.nextNotice});
}

void RenewalTables::saveAnswer(const QString &renewalId, const QByteArray &idempotencyKey, const MockReply &reply)
{
    m_db.exec(QStringLiteral("INSERT OR REPLACE INTO submissions (renewal_id, idempotency_key, status, answer) "
                             "VALUES (?, ?, ?, ?)"),
              {renewalId, idempotencyKey, reply.status, reply.bytes()});
}

QList<ContractRecord> RenewalTables::contracts()
{
    QList<ContractRecord> list;
    QSqlQuery q = m_db.select(QStringLiteral("SELECT policy_number, position, maturity, renewed, "
                                             "renewed_policy_number, renewal_id FROM contracts ORDER BY position"));
    while (q.next())
        list.append(ContractRecord{q.value(0).toString(), q.value(1).toInt(),
                                   QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toInt() != 0,
                                   q.value(4).toString(), q.value(5).toString()});
    return list;
}

QList<RenewalRecord> RenewalTables::renewals()
{
    QHash<QString, QHash<QByteArray, MockReply>> answers;
    QSqlQuery a = m_db.select(QStringLiteral("SELECT renewal_id, idempotency_key, status, answer FROM submissions"));
    while (a.next()) {
        MockReply reply;
        reply.status = a.value(2).toInt();
        reply.body = QJsonDocument::fromJson(a.value(3).toByteArray());
        answers[a.value(0).toString()].insert(a.value(1).toByteArray(), reply);
    }
    QList<RenewalRecord> list;
    QSqlQuery q = m_db.select(
        QStringLiteral("SELECT id, policy_number, document, driver_card, next_notice FROM renewals ORDER BY id"));
    while (q.next()) {
        QString problem;
        std::optional<Renewal> renewal = decodeObject<Renewal>(q.value(2).toString().toUtf8(), &problem);
        if (!renewal || renewal->id != q.value(0).toString()) {
            qCWarning(lcMock) << "database: a renewal could not be read and is left out";
            continue;
        }
        RenewalRecord record;
        record.renewal = std::move(*renewal);
        record.policyNumber = q.value(1).toString();
        record.driverCard = q.value(3).toInt() != 0;
        record.nextNotice = q.value(4).toString();
        // Kept before the submitted renewal carried the choices itself.
        if (record.renewal.submission && !record.renewal.submission->driverCard) {
            record.renewal.submission->driverCard = record.driverCard;
            record.renewal.submission->nextNotice = record.nextNotice;
        }
        record.idempotent = answers.value(record.renewal.id);
        list.append(record);
    }
    return list;
}

} // namespace clickar
