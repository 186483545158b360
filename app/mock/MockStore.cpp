#include "mock/MockStore.h"

#include "mock/MockLog.h"

#include "domain/JsonReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>

namespace clickar {

Q_LOGGING_CATEGORY(lcMock, "clickar.mock")

namespace {
constexpr qint64 maxAdvanceSeconds = 10LL * 365 * 86400;
const QString seedKey = QStringLiteral("seed_sha256");
const QString clockKey = QStringLiteral("clock_offset_seconds");

// The seed file's SHA-256: a database continues only with the seed data it was made from.
QByteArray fingerprint(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}
} // namespace

MockStore::MockStore(const MockOptions &options)
    : m_clock(options.today)
    , m_outbox(m_db)
    , m_authTables(m_db)
    , m_renewalTables(m_db)
    , m_auth(m_clock, m_outbox, m_authTables)
    , m_renewals(m_clock, m_outbox, m_renewalTables)
{
    const QString file = options.dataFile.isEmpty() ? QStringLiteral(":/seed/demo.json") : options.dataFile;
    QString error;
    std::optional<Seed> seed = Seed::load(file, &error);
    if (!seed) {
        m_loadError = error;
        qCWarning(lcMock) << "seed data not loaded:" << error;
        resetState(); // no database: an empty service that answers 503
        return;
    }
    m_seed = std::make_unique<const Seed>(std::move(*seed));
    m_seedFingerprint = fingerprint(file);
    openDatabase(options);
}

void MockStore::openDatabase(const MockOptions &options)
{
    QString error;
    if (!m_db.open(options.database, &error)) {
        m_loadError = error;
        resetState();
        return;
    }
    const QString madeFrom = m_db.meta(seedKey);
    if (madeFrom.isEmpty() || options.resetDatabase) {
        reset();
    } else if (madeFrom.toLatin1() != m_seedFingerprint) {
        if (!options.resetOnSeedChange) {
            m_loadError = QStringLiteral("%1 was made from other seed data than %2. Start with the seed it was made "
                                         "from to continue, or reset the database (clickar-mock-server --reset, or "
                                         "move or delete the file) to start again from these seed data.")
                              .arg(m_db.path(), options.dataFile.isEmpty() ? QStringLiteral("the built-in demo data")
                                                                           : options.dataFile);
            resetState();
            return;
        }
        qCInfo(lcMock) << "database made from other seed data: starting again from the seed";
        reset();
    } else {
        reload();
        qCInfo(lcMock) << "database loaded:" << m_outbox.size() << "mails";
    }
    if (m_db.meta(seedKey).isEmpty())
        m_loadError = QStringLiteral("%1 could not be written.").arg(m_db.path());
}

MockReply MockStore::write(const std::function<MockReply()> &operation, MockLang lang)
{
    m_db.begin();
    MockReply reply = operation();
    if (m_db.commit())
        return reply;
    reload();
    return mockerror::internal(lang);
}

void MockStore::resetState()
{
    m_clock.reset();
    m_outbox.clear();
    m_auth.reset(m_seed.get());
    m_renewals.reset(m_seed.get());
}

void MockStore::reset()
{
    m_db.begin();
    resetState();
    m_db.setMeta(clockKey, QStringLiteral("0"));
    if (m_seed)
        m_db.setMeta(seedKey, QString::fromLatin1(m_seedFingerprint));
    if (!m_db.commit())
        reload();
}

void MockStore::reload()
{
    m_clock.setOffsetSeconds(m_db.meta(clockKey).toLongLong());
    m_outbox.load();
    m_auth.load(m_seed.get());
    m_renewals.load(m_seed.get());
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
    m_db.setMeta(clockKey, QString::number(m_clock.offsetSeconds()));
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
