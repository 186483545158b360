#pragma once

#include "mock/MockClock.h"
#include "mock/MockDocuments.h"
#include "mock/MockReply.h"
#include "mock/Outbox.h"
#include "mock/RenewalTables.h"
#include "mock/SeedData.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace clickar {

// Contracts and renewals of the mock: who may see what, the renewal window, the server-side drafts with their
// confirmed steps and quotes, and the submission that is applied exactly once. Every operation takes the
// authenticated account and answers a MockReply. Another account's contract or renewal answers 403 forbidden
// (a policy number or renewal id that does not exist answers 404). Every change is written to RenewalTables as it
// is made (the caller holds the request's transaction); load() reads them back after a restart or a rollback.
class MockRenewals
{
public:
    MockRenewals(const MockClock &clock, Outbox &outbox, RenewalTables &tables);

    void reset(const Seed *seed); // the seed's contracts and renewals, in memory and in the tables
    void load(const Seed *seed);  // the contracts and renewals from the tables

    // The service's words (plans, texts, notices, documents, guide, product, contacts, mails) are in `lang`.
    MockReply me(const SeedAccount &account, MockLang lang) const;
    // `account` null: asked before a login (no agency, which depends on the account).
    MockReply support(const SeedAccount *account, MockLang lang) const;
    // An agent's list may be asked for a page at a time (offset, limit < 0: all); X-Total-Count says how many match.
    struct ContractPage
    {
        qsizetype offset = 0;
        qsizetype limit = -1;
    };
    MockReply contracts(const SeedAccount &account, const QString &query, const ContractPage &page,
                        MockLang lang) const;
    MockReply guide(const SeedAccount &account, const QString &policyNumber, MockLang lang);
    MockReply createRenewal(const SeedAccount &account, const QString &policyNumber, MockLang lang);
    MockReply renewal(const SeedAccount &account, const QString &id, MockLang lang);
    MockReply putStep(const SeedAccount &account, const QString &id, const QString &step, const QByteArray &ifMatch,
                      const QJsonObject &body, MockLang lang);
    // PUT /renewals/{id}/inputs/{step}: the step's fields kept with the draft, unconfirmed and unchecked.
    MockReply putInputs(const SeedAccount &account, const QString &id, const QString &step, const QJsonObject &body,
                        MockLang lang);
    MockReply quote(const SeedAccount &account, const QString &id, const QJsonObject &body, MockLang lang);
    MockReply submit(const SeedAccount &account, const QString &id, const QByteArray &idempotencyKey,
                     const QJsonObject &body, MockLang lang);
    MockReply document(const QString &docId, MockLang lang) const;

private:
    struct ContractState
    {
        SeedContract seed;
        QDate maturity;
        bool renewed = false;
        QString renewedPolicyNumber;
        QString renewalId; // the draft in progress, or the submitted renewal
    };
    using RenewalState = RenewalRecord;

    // Forgets every contract and renewal; the seed's documents are served from now on.
    void startFrom(const Seed *seed);
    // A fresh draft for `contract`, nothing confirmed yet.
    RenewalState newRenewal(const SeedContract &contract, const QDate &maturity) const;
    bool mayAccess(const SeedAccount &account, const ContractState &contract) const;
    // The contract or renewal the account may use, or the 404 / 403 reply in *error.
    ContractState *findContract(const SeedAccount &account, const QString &policyNumber, MockReply *error,
                                MockLang lang);
    RenewalState *findRenewal(const SeedAccount &account, const QString &id, MockReply *error, MockLang lang);
    RenewalState *openStep(const SeedAccount &account, const QString &id, const QString &stepCode,
                           std::optional<Step> *step, MockReply *error, MockLang lang);
    QString status(const ContractState &contract) const;
    // The agent's attestation (agentAttested: true) is required on the consent steps and the submission, and refused
    // from a policyholder; the 422 reply, or nothing when the body is right.
    static std::optional<MockReply> checkAttestation(const SeedAccount &account, const QJsonObject &body, bool consent,
                                                     MockLang lang);
    Contract contractJson(const ContractState &contract, MockLang lang) const;
    QJsonObject renewalJson(Renewal renewal, MockLang lang) const;
    QString newPolicyNumber() const;
    void save(const ContractState &contract);
    MockReply applySubmission(RenewalState &state, ContractState &contract, const QJsonObject &body, MockLang lang);

    const MockClock &m_clock;
    Outbox &m_outbox;
    RenewalTables &m_tables;
    const Seed *m_seed = nullptr;
    MockDocuments m_documents;
    QHash<QString, ContractState> m_contracts; // by policy number
    QStringList m_contractOrder;
    QHash<QString, RenewalState> m_renewals; // by renewal id
    QSet<QString> m_issuedNumbers;
};

} // namespace clickar
