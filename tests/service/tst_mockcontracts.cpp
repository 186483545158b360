// The mock's contracts, guide, support, documents, the agents' search and the isolation between accounts.
#include "tst_mockhttp.h"

#include <QCryptographicHash>
#include <QTest>

using namespace mocktest;
using clickar::MockRenewalService;

class TestMockContracts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void statusesFollowTheRenewalWindow();
    void contractFields();
    void guide();
    void support();
    void documentIsThePdfOfTheRenewal();
    void accountsAreIsolated();
    void agentSeesItsThirtyCustomers();
    void agentSearch_data();
    void agentSearch();
    void policyholderQueryIsIgnored();
    void clockMovesTheWindow();

private:
    QMap<QString, QString> statuses(const QString &token)
    {
        QMap<QString, QString> map;
        for (const QJsonValue &v : m_http->get(QStringLiteral("/contracts"), token).array())
            map.insert(v[QStringLiteral("policyNumber")].toString(), v[QStringLiteral("status")].toString());
        return map;
    }

    std::unique_ptr<MockRenewalService> m_service;
    std::unique_ptr<Http> m_http;
    QString m_tanaka, m_suzuki, m_sato, m_takahashi, m_agent;
};

void TestMockContracts::initTestCase()
{
    m_service = startService();
    QVERIFY(m_service);
    m_http = std::make_unique<Http>(m_service->serverUrl());
}

void TestMockContracts::init()
{
    QCOMPARE(m_http->post(QStringLiteral("/_mock/reset"), {}).status, 204);
    m_tanaka = m_http->login(QStringLiteral("tanaka@example.jp"));
    m_suzuki = m_http->login(QStringLiteral("suzuki@example.jp"));
    m_sato = m_http->login(QStringLiteral("sato@example.jp"));
    m_takahashi = m_http->login(QStringLiteral("takahashi@example.jp"));
    m_agent = m_http->login(QStringLiteral("agent@example.jp"), QStringLiteral("Agent#2026"));
    QVERIFY(!m_tanaka.isEmpty() && !m_suzuki.isEmpty() && !m_sato.isEmpty() && !m_takahashi.isEmpty());
    QVERIFY(!m_agent.isEmpty());
}

void TestMockContracts::statusesFollowTheRenewalWindow()
{
    using Map = QMap<QString, QString>;
    QCOMPARE(statuses(m_tanaka), (Map{{QStringLiteral("7012345601"), QStringLiteral("renewable")}}));
    QCOMPARE(statuses(m_suzuki), (Map{{QStringLiteral("7012345602"), QStringLiteral("renewable")},
                                      {QStringLiteral("7012345603"), QStringLiteral("renewed")}}));
    QCOMPARE(statuses(m_sato), (Map{{QStringLiteral("7012345604"), QStringLiteral("renewable")},
                                    {QStringLiteral("7012345605"), QStringLiteral("not_yet")}}));
    QCOMPARE(statuses(m_takahashi), (Map{{QStringLiteral("7012345606"), QStringLiteral("renewable")},
                                         {QStringLiteral("7012345607"), QStringLiteral("expired")}}));
    // Only a renewable contract gets a renewal.
    for (const QString &pn : {QStringLiteral("7012345603")}) {
        const Response r = m_http->post(QStringLiteral("/contracts/%1/renewals").arg(pn), {}, m_suzuki);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QStringLiteral("not_renewable"));
        QCOMPARE(r.details().value(QStringLiteral("status")).toString(), QStringLiteral("renewed"));
    }
    QCOMPARE(m_http->post(QStringLiteral("/contracts/7012345605/renewals"), {}, m_sato)
                 .details()
                 .value(QStringLiteral("status")),
             QStringLiteral("not_yet"));
    QCOMPARE(m_http->post(QStringLiteral("/contracts/7012345607/renewals"), {}, m_takahashi)
                 .details()
                 .value(QStringLiteral("status")),
             QStringLiteral("expired"));
}

void TestMockContracts::contractFields()
{
    const QJsonObject c = m_http->get(QStringLiteral("/contracts"), m_tanaka).array().first().toObject();
    QCOMPARE(c.value(QStringLiteral("productName")).toString(), QStringLiteral("団体扱自動車保険（ノンフリート契約）"));
    QCOMPARE(c.value(QStringLiteral("period")).toObject().value(QStringLiteral("end")).toString(),
             QStringLiteral("2026-12-25")); // today + 30
    QCOMPARE(c.value(QStringLiteral("period")).toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2025-12-25"));
    QCOMPARE(c.value(QStringLiteral("renewalDeadline")).toString(), QStringLiteral("2026-12-25"));
    QCOMPARE(c.value(QStringLiteral("vehicle")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("プリウス"));
    QCOMPARE(c.value(QStringLiteral("holderName")).toString(), QStringLiteral("田中 一郎"));
    QCOMPARE(c.value(QStringLiteral("groupName")).toString(), QStringLiteral("株式会社サンプル商事"));
}

void TestMockContracts::guide()
{
    const Response r = m_http->get(QStringLiteral("/contracts/7012345601/guide"), m_tanaka);
    QCOMPARE(r.status, 200);
    const QJsonObject g = r.object();
    QCOMPARE(g.value(QStringLiteral("estimatedMinutes")).toInt(), 10);
    QCOMPARE(g.value(QStringLiteral("maturityDate")).toString(), QStringLiteral("2026-12-25"));
    QCOMPARE(g.value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-25"));
    QVERIFY(g.value(QStringLiteral("bring")).toArray().contains(QStringLiteral("運転免許証")));
    QVERIFY(g.value(QStringLiteral("steps")).toArray().size() >= 7);
}

void TestMockContracts::support()
{
    const QJsonObject own = m_http->get(QStringLiteral("/support"), m_tanaka).object();
    const QJsonObject insurer = own.value(QStringLiteral("insurer")).toObject();
    QCOMPARE(insurer.value(QStringLiteral("name")).toString(), QStringLiteral("サンプル損害保険株式会社"));
    QCOMPARE(insurer.value(QStringLiteral("phone")).toString(), QStringLiteral("0120-000-000"));
    QVERIFY(insurer.value(QStringLiteral("address")).toString().contains(QStringLiteral("〒100-0000")));
    QVERIFY(!own.value(QStringLiteral("hours")).toString().isEmpty());
    QVERIFY(!own.contains(QStringLiteral("agency")));
    const QJsonObject agent = m_http->get(QStringLiteral("/support"), m_agent).object();
    QCOMPARE(agent.value(QStringLiteral("agency")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("サンプル保険サービス株式会社"));
}

void TestMockContracts::documentIsThePdfOfTheRenewal()
{
    const QJsonObject renewal = m_http->renewal(m_tanaka, QStringLiteral("7012345601"));
    const QJsonObject doc = renewal.value(QStringLiteral("documents")).toArray().first().toObject();
    const Response pdf =
        m_http->get(QStringLiteral("/documents/%1").arg(doc.value(QStringLiteral("id")).toString()), m_tanaka);
    if (pdf.status == 404)
        QSKIP("resources/documents/disclosure.pdf is not in the build yet");
    QCOMPARE(pdf.status, 200);
    QCOMPARE(pdf.contentType, QByteArray("application/pdf"));
    QVERIFY(pdf.body.startsWith("%PDF-"));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(pdf.body, QCryptographicHash::Sha256).toHex()),
             doc.value(QStringLiteral("sha256")).toString());
    QVERIFY(doc.value(QStringLiteral("pages")).toInt() > 0);
    QCOMPARE(m_http->get(QStringLiteral("/documents/nope"), m_tanaka).status, 404);
    QCOMPARE(m_http->get(QStringLiteral("/documents/%1").arg(doc.value(QStringLiteral("id")).toString())).status, 401);
}

void TestMockContracts::accountsAreIsolated()
{
    const QJsonObject suzukis = m_http->renewal(m_suzuki, QStringLiteral("7012345602"));
    const QString id = suzukis.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    // Someone else's renewal or contract: 403 forbidden. Something that does not exist: 404.
    const Response other = m_http->get(QStringLiteral("/renewals/%1").arg(id), m_tanaka);
    QCOMPARE(other.status, 403);
    QCOMPARE(other.code(), QStringLiteral("forbidden"));
    QCOMPARE(m_http->get(QStringLiteral("/renewals/rn_0000000000000000"), m_tanaka).status, 404);
    QCOMPARE(m_http->step(m_tanaka, suzukis, QStringLiteral("preconfirm"), {}).status, 403);
    QCOMPARE(m_http->post(QStringLiteral("/renewals/%1/quote").arg(id), {}, m_tanaka).status, 403);
    QCOMPARE(
        m_http->post(QStringLiteral("/renewals/%1/submit").arg(id), {}, m_tanaka, {{"Idempotency-Key", "k"}}).status,
        403);
    QCOMPARE(m_http->get(QStringLiteral("/contracts/7012345602/guide"), m_tanaka).status, 403);
    QCOMPARE(m_http->post(QStringLiteral("/contracts/7012345602/renewals"), {}, m_tanaka).status, 403);
    QCOMPARE(m_http->get(QStringLiteral("/contracts/9999999999/guide"), m_tanaka).status, 404);
    // The agent serves only the agency's customers.
    QCOMPARE(m_http->get(QStringLiteral("/renewals/%1").arg(id), m_agent).status, 403);
    QCOMPARE(m_http->post(QStringLiteral("/contracts/7023450001/renewals"), {}, m_tanaka).status, 403);
}

void TestMockContracts::agentSeesItsThirtyCustomers()
{
    const QJsonArray all = m_http->get(QStringLiteral("/contracts"), m_agent).array();
    QCOMPARE(all.size(), 30);
    QSet<QString> groups;
    for (const QJsonValue &c : all) {
        QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("renewable"));
        groups.insert(c[QStringLiteral("groupName")].toString());
    }
    QCOMPARE(groups.size(), 3);
    const Response created = m_http->post(QStringLiteral("/contracts/7023450007/renewals"), {}, m_agent);
    QCOMPARE(created.status, 201);
    QCOMPARE(m_http->post(QStringLiteral("/contracts/7023450007/renewals"), {}, m_agent).status, 200);
}

void TestMockContracts::agentSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("first");
    QTest::newRow("policy number") << QStringLiteral("7023450012") << 1 << QStringLiteral("7023450012");
    QTest::newRow("number prefix") << QStringLiteral("702345001") << 10 << QStringLiteral("7023450010");
    QTest::newRow("kana") << QStringLiteral("ヤマモト") << 1 << QStringLiteral("7023450001");
    QTest::newRow("kana with space") << QStringLiteral("ヤマモト ダイスケ") << 1 << QStringLiteral("7023450001");
    QTest::newRow("hiragana") << QStringLiteral("やまもと") << 1 << QStringLiteral("7023450001");
    QTest::newRow("half-width kana") << QStringLiteral("ﾔﾏﾓﾄ") << 1 << QStringLiteral("7023450001");
    QTest::newRow("group") << QStringLiteral("さくら会") << 10 << QStringLiteral("7023450002");
    QTest::newRow("group part") << QStringLiteral("東都電機") << 10 << QStringLiteral("7023450003");
    QTest::newRow("nothing") << QStringLiteral("ゾウ") << 0 << QString();
}

void TestMockContracts::agentSearch()
{
    QFETCH(QString, query);
    QFETCH(int, count);
    QFETCH(QString, first);
    const QString path = QStringLiteral("/contracts?query=") + QString::fromLatin1(QUrl::toPercentEncoding(query));
    const QJsonArray found = m_http->get(path, m_agent).array();
    QCOMPARE(found.size(), count);
    if (count > 0)
        QCOMPARE(found.first()[QStringLiteral("policyNumber")].toString(), first);
}

void TestMockContracts::policyholderQueryIsIgnored()
{
    QCOMPARE(m_http->get(QStringLiteral("/contracts?query=%E3%83%A4%E3%83%9E"), m_tanaka).array().size(), 1);
}

void TestMockContracts::clockMovesTheWindow()
{
    // sato's second contract matures in 120 days: renewable from day 60, expired after day 120.
    QCOMPARE(m_http->post(QStringLiteral("/_mock/advance"), {{QStringLiteral("seconds"), 60 * 86400}}).status, 200);
    m_sato = m_http->login(QStringLiteral("sato@example.jp"));
    QCOMPARE(statuses(m_sato).value(QStringLiteral("7012345605")), QStringLiteral("renewable"));
    QCOMPARE(m_http->post(QStringLiteral("/_mock/advance"), {{QStringLiteral("seconds"), 61 * 86400}}).status, 200);
    m_sato = m_http->login(QStringLiteral("sato@example.jp"));
    QCOMPARE(statuses(m_sato).value(QStringLiteral("7012345605")), QStringLiteral("expired"));
    QCOMPARE(m_http->post(QStringLiteral("/_mock/advance"), {{QStringLiteral("seconds"), -1}}).status, 422);
}

QTEST_GUILESS_MAIN(TestMockContracts)
#include "tst_mockcontracts.moc"
