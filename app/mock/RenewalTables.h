#pragma once

#include "mock/MockReply.h"

#include "domain/Renewal.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace clickar {

class MockDatabase;

// What MockRenewals keeps of a contract beyond its seed: maturity, renewal status and the renewal it points to.
struct ContractRecord
{
    QString policyNumber;
    int position = 0; // order of GET /contracts
    QDate maturity;
    bool renewed = false;
    QString renewedPolicyNumber;
    QString renewalId; // the draft in progress, or the submitted renewal
};

// A renewal (draft or submitted, with its version) and the answers of its submission by Idempotency-Key.
struct RenewalRecord
{
    Renewal renewal;
    QString policyNumber;
    QHash<QByteArray, MockReply> idempotent; // Idempotency-Key → the stored answer
    bool driverCard = false;
    QString nextNotice;
};

// MockRenewals' records in SQLite: contracts, renewals (the Renewal as its API JSON, so a restart gives back
// exactly what was answered) and submissions. Written as they change, inside the request's transaction.
class RenewalTables
{
public:
    explicit RenewalTables(MockDatabase &db)
        : m_db(db)
    {}

    void clear();
    void saveContract(const ContractRecord &contract);
    void saveRenewal(const RenewalRecord &record);
    void saveAnswer(const QString &renewalId, const QByteArray &idempotencyKey, const MockReply &reply);

    QList<ContractRecord> contracts(); // in their order
    // Every renewal with its stored answers; one that cannot be read is left out (and logged, without data).
    QList<RenewalRecord> renewals();

private:
    MockDatabase &m_db;
};

} // namespace clickar
