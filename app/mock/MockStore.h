#pragma once

#include "mock/MockAuth.h"
#include "mock/MockClock.h"
#include "mock/MockOptions.h"
#include "mock/MockRenewals.h"
#include "mock/Outbox.h"
#include "mock/SeedData.h"

#include <memory>

namespace clickar {

// The whole state of the mock service, independent of HTTP: the seed, the clock, the outbox, authentication
// and the contracts and renewals. reset() goes back to the seed (POST /_mock/reset).
class MockStore
{
public:
    explicit MockStore(const MockOptions &options);

    // Empty when the seed loaded; otherwise what went wrong (the service then answers 503 to API calls).
    QString loadError() const { return m_loadError; }
    bool isLoaded() const { return m_seed != nullptr; }

    void reset();
    MockReply advance(const QJsonObject &body, MockLang lang); // POST /_mock/advance {"seconds": N}
    MockReply outboxJson() const;                              // GET /_mock/outbox, newest first

    MockClock &clock() { return m_clock; }
    Outbox &outbox() { return m_outbox; }
    MockAuth &auth() { return m_auth; }
    MockRenewals &renewals() { return m_renewals; }
    const Seed *seed() const { return m_seed.get(); }

private:
    MockClock m_clock;
    Outbox m_outbox;
    std::unique_ptr<const Seed> m_seed;
    QString m_loadError;
    MockAuth m_auth;
    MockRenewals m_renewals;
};

} // namespace clickar
