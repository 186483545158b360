#pragma once

#include "mock/AuthTables.h"
#include "mock/MockAuth.h"
#include "mock/MockClock.h"
#include "mock/MockDatabase.h"
#include "mock/MockOptions.h"
#include "mock/MockRenewals.h"
#include "mock/Outbox.h"
#include "mock/RenewalTables.h"
#include "mock/SeedData.h"

#include <functional>
#include <memory>

namespace clickar {

// The whole state of the mock service, independent of HTTP: the seed, the clock, the outbox, authentication
// and the contracts and renewals, kept in SQLite (MockOptions::database; ":memory:" keeps nothing after the
// service). A new or empty database is filled from the seed; an existing one continues where it was, provided it
// was made from the same seed data. reset() goes back to the seed (POST /_mock/reset).
class MockStore
{
public:
    explicit MockStore(const MockOptions &options);

    // Empty when the seed and the database loaded; otherwise what went wrong, naming the file and how to start
    // again (the service then answers 503 to API calls).
    QString loadError() const { return m_loadError; }
    bool isLoaded() const { return m_seed != nullptr && m_loadError.isEmpty(); }

    // Runs a request that may change the state in one transaction: committed before the answer goes out. When the
    // commit fails, the state goes back to the database's and the answer is 500 internal.
    MockReply write(const std::function<MockReply()> &operation, MockLang lang);

    void reset();
    MockReply advance(const QJsonObject &body, MockLang lang); // POST /_mock/advance {"seconds": N}
    MockReply outboxJson() const;                              // GET /_mock/outbox, newest first

    MockClock &clock() { return m_clock; }
    Outbox &outbox() { return m_outbox; }
    MockAuth &auth() { return m_auth; }
    MockRenewals &renewals() { return m_renewals; }
    const Seed *seed() const { return m_seed.get(); }
    const MockDatabase &database() const { return m_db; }

private:
    void openDatabase(const MockOptions &options);
    void resetState();
    void reload(); // memory from the database

    MockDatabase m_db;
    MockClock m_clock;
    Outbox m_outbox;
    AuthTables m_authTables;
    RenewalTables m_renewalTables;
    std::unique_ptr<const Seed> m_seed;
    QByteArray m_seedFingerprint;
    QString m_loadError;
    MockAuth m_auth;
    MockRenewals m_renewals;
};

} // namespace clickar
