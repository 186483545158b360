// The mock's state and business logic without HTTP: the seed data against docs/demo-data.md and docs/rating.md §7, the
// renewal builder, and the helpers the HTTP side relies on.
#include "mock/CustomerSearch.h"
#include "mock/MockApi.h"
#include "mock/MockDocuments.h"
#include "mock/MockMails.h"
#include "mock/MockRenewals.h"
#include "mock/MockStore.h"
#include "mock/Rating.h"
#include "mock/RenewalBuilder.h"
#include "mock/Validation.h"

#include "domain/Codes.h"
#include "domain/JsonReader.h"

#include <QSet>
#include <QTest>

using namespace clickar;

class TestMockStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedMatchesDataSpec();
    void agentCustomersCoverEveryChoiceAndValidate();
    void suzukisSonIsTwentyWhateverToday_data();
    void suzukisSonIsTwentyWhateverToday();
    void contractStatus_data();
    void contractStatus();
    void lastYearPremiums();
    void rendersWithDomainCodecs();
    void maskEmail();
    void searchKey();
    void countPages();
    void apiWithoutHttp();

private:
    std::unique_ptr<MockStore> m_store;
    const Seed *m_seed = nullptr;
    const QDate m_today{2026, 11, 25};
};

void TestMockStore::initTestCase()
{
    MockOptions options;
    options.today = m_today;
    m_store = std::make_unique<MockStore>(options);
    QVERIFY2(m_store->loadError().isEmpty(), qPrintable(m_store->loadError()));
    m_seed = m_store->seed();
    QVERIFY(m_seed);
}

void TestMockStore::seedMatchesDataSpec()
{
    QCOMPARE(m_seed->japanese.insurer.name, QStringLiteral("サンプル損害保険株式会社"));
    QCOMPARE(m_seed->japanese.insurerShortName, QStringLiteral("サンプル損保"));
    QCOMPARE(m_seed->japanese.insurer.phone, QStringLiteral("0120-000-000"));
    QCOMPARE(m_seed->discountRate(QStringLiteral("株式会社サンプル商事")), 0.20);
    QCOMPARE(m_seed->discountRate(QStringLiteral("社会福祉法人さくら会")), 0.15);
    QCOMPARE(m_seed->discountRate(QStringLiteral("東都電機株式会社")), 0.25);
    QCOMPARE(m_seed->japanese.agency.code, QStringLiteral("AG-0001"));
    QStringList emails;
    for (const SeedAccount &a : m_seed->accounts)
        emails << a.email;
    QCOMPARE(emails, (QStringList{QStringLiteral("tanaka@example.jp"), QStringLiteral("suzuki@example.jp"),
                                  QStringLiteral("sato@example.jp"), QStringLiteral("takahashi@example.jp"),
                                  QStringLiteral("agent@example.jp")}));
    QVERIFY(!m_seed->account(QStringLiteral("suzuki"))->otp);
    QVERIFY(m_seed->account(QStringLiteral("agent"))->isAgent());
    const SeedContract &tanaka = m_seed->contracts.first();
    QCOMPARE(tanaka.holder.birthDate, QDate(1979, 6, 15));
    QCOMPARE(tanaka.drivers.youngest->birthDate, QDate(1981, 2, 3));
    QCOMPARE(tanaka.vehicle.insuredValue, 2000000);
    QCOMPARE(tanaka.maturesInDays, 30);
}

void TestMockStore::agentCustomersCoverEveryChoiceAndValidate()
{
    QSet<QString> limits, ages, colours, uses, groups;
    QSet<int> grades;
    int customers = 0;
    for (const SeedContract &c : m_seed->contracts) {
        const QDate maturity = renewalbuilder::maturityDate(c, m_today);
        const Renewal r = renewalbuilder::build(*m_seed, c, maturity, QStringLiteral("rn_test"));
        // Every contract's own data pass the service's checks, except suzuki's on purpose (docs/demo-data.md).
        const auto drivers = rating::validateDrivers(r.drivers.limit, r.drivers.ageCondition, r.insured.birthDate,
                                                     r.drivers.youngest, r.newPeriod.start, rating::Lang::Japanese);
        if (c.policyNumber == QStringLiteral("7012345602"))
            QVERIFY(drivers.contains(QStringLiteral("ageCondition")));
        else
            QVERIFY2(drivers.isEmpty(), qPrintable(c.policyNumber + drivers.values().join(u' ')));
        QVERIFY2(rating::validateCustomer(c.customer.postalCode, c.customer.phone, rating::Lang::Japanese).isEmpty(),
                 qPrintable(c.policyNumber));
        QVERIFY(rating::invalidInputFields(renewalbuilder::ratingInput(r, r.plans.first().coverages, 0.2)).isEmpty());
        if (c.agencyCode != QStringLiteral("AG-0001"))
            continue;
        ++customers;
        QCOMPARE(renewalbuilder::contractStatus(maturity, c.renewed, m_today), QStringLiteral("renewable"));
        QVERIFY(!c.holder.nameKana.isEmpty());
        limits << c.drivers.limit;
        ages << c.drivers.ageCondition;
        colours << c.licenceColour;
        uses << c.vehicle.use;
        groups << c.groupName;
        grades << c.gradeCurrent;
    }
    QCOMPARE(customers, 30);
    QCOMPARE(limits.size(), codes::limits.size());
    QCOMPARE(ages.size(), codes::ageConditions.size());
    QCOMPARE(colours.size(), codes::licenceColours.size());
    QCOMPARE(uses.size(), codes::uses.size());
    QCOMPARE(groups.size(), 3);
    QVERIFY(grades.contains(1) && grades.contains(20) && grades.size() >= 15);
}

void TestMockStore::suzukisSonIsTwentyWhateverToday_data()
{
    QTest::addColumn<QDate>("today");
    QTest::newRow("2026-11-25") << QDate(2026, 11, 25);
    QTest::newRow("2028-02-29") << QDate(2028, 2, 29);
    QTest::newRow("2031-07-01") << QDate(2031, 7, 1);
}

void TestMockStore::suzukisSonIsTwentyWhateverToday()
{
    QFETCH(QDate, today);
    const SeedContract &suzuki = m_seed->contracts.at(1);
    const QDate start = renewalbuilder::maturityDate(suzuki, today);
    const std::optional<YoungestDriver> son = renewalbuilder::youngestDriver(suzuki, start);
    QVERIFY(son);
    QCOMPARE(son->relation, QStringLiteral("child"));
    QCOMPARE(rating::ageOn(son->birthDate, start), 20);
}

void TestMockStore::contractStatus_data()
{
    QTest::addColumn<int>("daysToMaturity");
    QTest::addColumn<bool>("renewed");
    QTest::addColumn<QString>("status");
    QTest::newRow("61 days before") << 61 << false << QStringLiteral("not_yet");
    QTest::newRow("60 days before") << 60 << false << QStringLiteral("renewable");
    QTest::newRow("maturity day") << 0 << false << QStringLiteral("renewable");
    QTest::newRow("a day after") << -1 << false << QStringLiteral("expired");
    QTest::newRow("renewed") << 30 << true << QStringLiteral("renewed");
}

void TestMockStore::contractStatus()
{
    QFETCH(int, daysToMaturity);
    QFETCH(bool, renewed);
    QFETCH(QString, status);
    QCOMPARE(renewalbuilder::contractStatus(m_today.addDays(daysToMaturity), renewed, m_today), status);
}

void TestMockStore::lastYearPremiums()
{
    for (const SeedContract &c : m_seed->contracts) {
        const qint64 premium = renewalbuilder::lastYearPremium(*m_seed, c, renewalbuilder::maturityDate(c, m_today));
        QVERIFY2(premium > 5000 && premium < 500000, qPrintable(c.policyNumber));
    }
    QCOMPARE(renewalbuilder::lastYearPremium(*m_seed, m_seed->contracts.first(), m_today), 36480);
}

void TestMockStore::rendersWithDomainCodecs()
{
    // What the mock sends decodes with the app's own decoders.
    const SeedContract &c = m_seed->contracts.first();
    const Renewal built =
        renewalbuilder::build(*m_seed, c, renewalbuilder::maturityDate(c, m_today), QStringLiteral("rn_x"));
    JsonReader reader(built.toJson());
    const Renewal decoded = Renewal::read(reader);
    QVERIFY2(reader.ok(), qPrintable(reader.error()));
    QCOMPARE(decoded.quote.annualPremium, 35210);
    QCOMPARE(decoded.plans.size(), 4);
}

void TestMockStore::maskEmail()
{
    QCOMPARE(mockmails::maskEmail(QStringLiteral("tanaka@example.jp")), QStringLiteral("ta****@example.jp"));
    QCOMPARE(mockmails::maskEmail(QStringLiteral("ab@example.jp")), QStringLiteral("a****@example.jp"));
    QCOMPARE(mockmails::maskEmail(QStringLiteral("nonsense")), QStringLiteral("****"));
}

void TestMockStore::searchKey()
{
    QCOMPARE(customersearch::key(QStringLiteral("たなか　いちろう")), QStringLiteral("タナカイチロウ"));
    QCOMPARE(customersearch::key(QStringLiteral("ﾀﾅｶ ｲﾁﾛｳ")), QStringLiteral("タナカイチロウ"));
    QCOMPARE(customersearch::key(QStringLiteral("７０１２")), QStringLiteral("7012"));
}

void TestMockStore::countPages()
{
    QCOMPARE(MockDocuments::countPages("%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>\n"
                                       "2 0 obj << /Type /Page >>\n3 0 obj <</Type/Page/Parent 1 0 R>>\n"),
             2);
    QCOMPARE(MockDocuments::countPages("%PDF-1.7 compressed << /Count 9 /Type /Pages >>"), 9);
    QCOMPARE(MockDocuments::countPages("not a pdf"), 0);
}

void TestMockStore::apiWithoutHttp()
{
    MockApi api(*m_store);
    MockRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/auth/login");
    request.body = R"({"email": "suzuki@example.jp", "password": "Clickar#2026"})";
    QString route;
    const MockReply login = api.handle(request, &route);
    QCOMPARE(login.status, 200);
    QCOMPARE(route, QStringLiteral("/api/v1/auth/login"));
    MockRequest me;
    me.method = "GET";
    me.path = QStringLiteral("/api/v1/me");
    me.headers.append(
        {"Authorization", "Bearer " + login.body.object().value(QStringLiteral("accessToken")).toString().toLatin1()});
    QCOMPARE(api.handle(me).status, 200);
    me.headers.clear();
    QCOMPARE(api.handle(me).errorCode(), QStringLiteral("unauthorized"));
    me.body = QByteArray(MockApi::maxBodyBytes + 1, ' ');
    QCOMPARE(api.handle(me).status, 413);
}

QTEST_GUILESS_MAIN(TestMockStore)
#include "tst_mockstore.moc"
