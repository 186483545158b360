#include "mock/MockStore.h"

#include "mock/MockLog.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

namespace clickar {

Q_LOGGING_CATEGORY(lcMock, "clickar.mock")

namespace {
constexpr qint64 maxAdvanceSeconds = 10LL * 365 * 86400;
}

MockStore::MockStore(const MockOptions &options)
    : m_clock(options.today)
    , m_auth(m_clock, m_outbox)
    , m_renewals(m_clock, m_outbox)
{
    const QString file = options.dataFile.isEmpty() ? QStringLiteral(":/seed/demo.json") : options.dataFile;
    QString error;
    std::optional<Seed> seed = Seed::load(file, &error);
    if (seed) {
        m_seed = std::make_unique<const Seed>(std::move(*seed));
    } else {
        m_loadError = error;
        qCWarning(lcMock) << "seed data not loaded:" << error;
    }
    reset();
}

void MockStore::reset()
{
    m_clock.reset();
    m_outbox.clear();
    m_auth.reset(m_seed.get());
    m_renewals.reset(m_seed.get());
}

MockReply MockStore::advance(const QJsonObject &body, MockLang lang)
{
    JsonReader r(body);
    const qint64 seconds = r.integer(QStringLiteral("seconds"));
    if (!r.ok())
        return mockerror::badRequest(lang, r.error());
    if (seconds < 0 || seconds > maxAdvanceSeconds)
        return mockerror::validation(lang,
                                     {{QStringLiteral("seconds"), QStringLiteral("0…%1").arg(maxAdvanceSeconds)}});
    m_clock.advance(seconds);
    return MockReply::json(200, QJsonObject{{QStringLiteral("now"), m_clock.now().toString(Qt::ISODate)},
                                            {QStringLiteral("today"), m_clock.today().toString(Qt::ISODate)},
                                            {QStringLiteral("offsetSeconds"), m_clock.offsetSeconds()}});
}

MockReply MockStore::outboxJson() const
{
    QJsonArray mails;
    for (const Mail &mail : m_outbox.newestFirst())
        mails.append(mail.toJson());
    return MockReply::json(200, mails);
}

} // namespace clickar
