// The mock's renewal drafts: creation and resumption, plans and quotes, steps in order with If-Match, and the
// field messages of docs/rating.md §7.
#include "tst_mockhttp.h"

#include <QTest>

using namespace mocktest;
using clickar::MockRenewalService;

class TestMockRenewal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void createThenResume();
    void takahashiResumesAtDetails();
    void plansAndWorkedExample();
    void satoGradeAfterClaim();
    void stepsInOrder();
    void ifMatch();
    void stepSavesAndRequotes();
    void suzukiMustChooseAllAges();
    void youngestRequiredFor26();
    void licenceRenewalRange();
    void customerFields();
    void freeTextIsText_data();
    void freeTextIsText();
    void implausibleBirthDates();
    void disclosureNeedsTheDocument();
    void quoteIsNotSaved();
    void unknownStepAndPlan();

private:
    QJsonObject fresh(const QString &token, const QString &pn) { return m_http->renewal(token, pn); }

    std::unique_ptr<MockRenewalService> m_service;
    std::unique_ptr<Http> m_http;
    QString m_tanaka, m_suzuki;
};

void TestMockRenewal::initTestCase()
{
    m_service = startService();
    QVERIFY(m_service);
    m_http = std::make_unique<Http>(m_service->serverUrl());
}

void TestMockRenewal::init()
{
    QCOMPARE(m_http->post(QStringLiteral("/_mock/reset"), {}).status, 204);
    m_tanaka = m_http->login(QStringLiteral("tanaka@example.jp"));
    m_suzuki = m_http->login(QStringLiteral("suzuki@example.jp"));
    QVERIFY(!m_tanaka.isEmpty() && !m_suzuki.isEmpty());
}

void TestMockRenewal::createThenResume()
{
    const Response created = m_http->post(QStringLiteral("/contracts/7012345601/renewals"), {}, m_tanaka);
    QCOMPARE(created.status, 201);
    const QJsonObject r = created.object();
    QCOMPARE(r.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    QCOMPARE(r.value(QStringLiteral("confirmedSteps")).toArray().size(), 0);
    QCOMPARE(r.value(QStringLiteral("newPeriod")).toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-12-25"));
    QCOMPARE(r.value(QStringLiteral("newPeriod")).toObject().value(QStringLiteral("end")).toString(),
             QStringLiteral("2027-12-25"));
    QCOMPARE(r.value(QStringLiteral("customer")).toObject().value(QStringLiteral("maskedEmail")).toString(),
             QStringLiteral("ta****@example.jp"));
    QCOMPARE(r.value(QStringLiteral("holder")).toObject().value(QStringLiteral("nameKana")).toString(),
             QStringLiteral("タナカ イチロウ"));
    QCOMPARE(r.value(QStringLiteral("notices")).toArray().size(), 4);
    QVERIFY(r.value(QStringLiteral("texts")).toObject().value(QStringLiteral("privacy")).toString().size() > 100);
    QVERIFY(r.value(QStringLiteral("submission")).isNull());

    const Response again = m_http->post(QStringLiteral("/contracts/7012345601/renewals"), {}, m_tanaka);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.object().value(QStringLiteral("id")), r.value(QStringLiteral("id")));
    QCOMPARE(
        m_http->get(QStringLiteral("/renewals/%1").arg(r.value(QStringLiteral("id")).toString()), m_tanaka).object(),
        r);
}

void TestMockRenewal::takahashiResumesAtDetails()
{
    const QString token = m_http->login(QStringLiteral("takahashi@example.jp"));
    const Response r = m_http->post(QStringLiteral("/contracts/7012345606/renewals"), {}, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(QStringLiteral("confirmedSteps")).toArray(),
             (QJsonArray{QStringLiteral("preconfirm"), QStringLiteral("basic"), QStringLiteral("coverage")}));
    QCOMPARE(r.object().value(QStringLiteral("selectedPlanId")).toString(), QStringLiteral("recommended"));
    QCOMPARE(r.object().value(QStringLiteral("version")).toInt(), 4);
    // The saved selection is what the quote is for.
    for (const QJsonValue &plan : r.object().value(QStringLiteral("plans")).toArray()) {
        if (plan[QStringLiteral("id")] == QStringLiteral("recommended"))
            QCOMPARE(r.object().value(QStringLiteral("quote")), plan[QStringLiteral("quote")]);
    }
}

void TestMockRenewal::plansAndWorkedExample()
{
    const QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    QStringList ids, names;
    for (const QJsonValue &p : r.value(QStringLiteral("plans")).toArray()) {
        ids << p[QStringLiteral("id")].toString();
        names << p[QStringLiteral("name")].toString();
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("last_year"), QStringLiteral("recommended"), QStringLiteral("full"),
                               QStringLiteral("saving")}));
    QCOMPARE(names, (QStringList{QStringLiteral("前年同等プラン"), QStringLiteral("おすすめプラン"),
                                 QStringLiteral("充実プラン"), QStringLiteral("節約プラン")}));
    QCOMPARE(r.value(QStringLiteral("selectedPlanId")).toString(), QStringLiteral("last_year"));
    const QJsonObject quote = r.value(QStringLiteral("quote")).toObject();
    QCOMPARE(quote.value(QStringLiteral("annualPremium")).toInt(), 35210);
    QCOMPARE(quote.value(QStringLiteral("perInstallment")).toInt(), 2930);
    QCOMPARE(quote.value(QStringLiteral("firstInstallment")).toInt(), 2980);
    QCOMPARE(quote.value(QStringLiteral("installments")).toInt(), 12);
    QCOMPARE(quote.value(QStringLiteral("groupDiscountRate")).toDouble(), 0.2);
    QCOMPARE(r.value(QStringLiteral("lastYearPremium")).toInt(), 36480);
    QCOMPARE(quote.value(QStringLiteral("differenceFromLastYear")).toInt(), 35210 - 36480);
    const QJsonObject full = r.value(QStringLiteral("plans")).toArray().at(2).toObject();
    const QJsonObject coverages = full.value(QStringLiteral("coverages")).toObject();
    QCOMPARE(coverages.value(QStringLiteral("personalInjury")).toString(), QStringLiteral("unlimited"));
    QCOMPARE(coverages.value(QStringLiteral("passenger")).toString(), QStringLiteral("10m"));
    QCOMPARE(coverages.value(QStringLiteral("vehicle")).toObject().value(QStringLiteral("deductible")).toString(),
             QStringLiteral("0-100k"));
    QVERIFY(coverages.value(QStringLiteral("riders")).toArray().contains(QStringLiteral("bike_self")));
    const QJsonObject saving = r.value(QStringLiteral("plans")).toArray().at(3).toObject();
    QCOMPARE(saving.value(QStringLiteral("coverages")).toObject().value(QStringLiteral("personalInjury")).toString(),
             QStringLiteral("30m"));
}

void TestMockRenewal::satoGradeAfterClaim()
{
    const QJsonObject r = fresh(m_http->login(QStringLiteral("sato@example.jp")), QStringLiteral("7012345604"));
    const QJsonObject grade = r.value(QStringLiteral("grade")).toObject();
    QCOMPARE(grade.value(QStringLiteral("current")).toInt(), 9);
    QCOMPARE(grade.value(QStringLiteral("next")).toInt(), 6);
    QCOMPARE(grade.value(QStringLiteral("accidentYears")).toInt(), 3);
    QCOMPARE(r.value(QStringLiteral("quote")).toObject().value(QStringLiteral("installments")).toInt(), 1);
}

void TestMockRenewal::stepsInOrder()
{
    const QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    const Response early =
        m_http->step(m_tanaka, r, QStringLiteral("coverage"), {{QStringLiteral("planId"), QStringLiteral("full")}});
    QCOMPARE(early.status, 422);
    QCOMPARE(early.code(), QStringLiteral("validation_failed"));
    QVERIFY(early.fields().value(QStringLiteral("step")).toString().contains(QStringLiteral("事前確認")));
    const Response first = m_http->step(m_tanaka, r, QStringLiteral("preconfirm"), {});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.object().value(QStringLiteral("confirmedSteps")).toArray(),
             QJsonArray{QStringLiteral("preconfirm")});
    QCOMPARE(first.object().value(QStringLiteral("version")).toInt(), 2);
    // confirmed must be true
    const Response notConfirmed =
        m_http->put(QStringLiteral("/renewals/%1/steps/preconfirm").arg(r[QStringLiteral("id")].toString()),
                    {{QStringLiteral("confirmed"), false}}, m_tanaka, {{"If-Match", "2"}});
    QCOMPARE(notConfirmed.status, 422);
    QVERIFY(notConfirmed.fields().contains(QStringLiteral("confirmed")));
}

void TestMockRenewal::ifMatch()
{
    const QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    const QString path = QStringLiteral("/renewals/%1/steps/preconfirm").arg(r[QStringLiteral("id")].toString());
    const Response missing = m_http->put(path, {{QStringLiteral("confirmed"), true}}, m_tanaka);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.code(), QStringLiteral("bad_request"));
    QCOMPARE(m_http->put(path, {{QStringLiteral("confirmed"), true}}, m_tanaka, {{"If-Match", "abc"}}).status, 400);
    QCOMPARE(m_http->put(path, {{QStringLiteral("confirmed"), true}}, m_tanaka, {{"If-Match", "\"1\""}}).status, 200);
    const Response stale = m_http->put(path, {{QStringLiteral("confirmed"), true}}, m_tanaka, {{"If-Match", "1"}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.code(), QStringLiteral("version_conflict"));
    QCOMPARE(stale.details().value(QStringLiteral("currentVersion")).toInt(), 2);
}

void TestMockRenewal::stepSavesAndRequotes()
{
    QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    r = m_http->step(m_tanaka, r, QStringLiteral("preconfirm"), {}).object();
    const Response basic = m_http->step(m_tanaka, r, QStringLiteral("basic"),
                                        {{QStringLiteral("limit"), QStringLiteral("couple")},
                                         {QStringLiteral("ageCondition"), QStringLiteral("35")},
                                         {QStringLiteral("licenceColour"), QStringLiteral("gold")}});
    QCOMPARE(basic.status, 200);
    r = basic.object();
    QCOMPARE(r[QStringLiteral("drivers")][QStringLiteral("ageCondition")].toString(), QStringLiteral("35"));
    // 35歳以上: × 0.97 on main → a lower premium for every plan, and the selected plan's quote follows.
    const int premium = r[QStringLiteral("quote")][QStringLiteral("annualPremium")].toInt();
    QVERIFY2(premium < 35210, qPrintable(QString::number(premium)));
    QCOMPARE(
        r[QStringLiteral("plans")].toArray().first()[QStringLiteral("quote")][QStringLiteral("annualPremium")].toInt(),
        premium);
    const Response coverage =
        m_http->step(m_tanaka, r, QStringLiteral("coverage"), {{QStringLiteral("planId"), QStringLiteral("full")}});
    QCOMPARE(coverage.status, 200);
    QCOMPARE(coverage.object()[QStringLiteral("selectedPlanId")].toString(), QStringLiteral("full"));
    QCOMPARE(coverage.object()[QStringLiteral("quote")],
             coverage.object()[QStringLiteral("plans")].toArray().at(2)[QStringLiteral("quote")]);
    QCOMPARE(coverage.object()[QStringLiteral("version")].toInt(), 4);
}

void TestMockRenewal::suzukiMustChooseAllAges()
{
    QJsonObject r = fresh(m_suzuki, QStringLiteral("7012345602"));
    // The draft starts from last year's 26歳以上 while the son (20 at the new term's start) now drives.
    QCOMPARE(r[QStringLiteral("drivers")][QStringLiteral("ageCondition")].toString(), QStringLiteral("26"));
    QCOMPARE(r[QStringLiteral("drivers")][QStringLiteral("youngest")][QStringLiteral("relation")].toString(),
             QStringLiteral("child"));
    r = m_http->step(m_suzuki, r, QStringLiteral("preconfirm"), {}).object();
    for (const QString &age : {QStringLiteral("26"), QStringLiteral("21")}) {
        const Response rejected = m_http->step(m_suzuki, r, QStringLiteral("basic"),
                                               {{QStringLiteral("limit"), QStringLiteral("family")},
                                                {QStringLiteral("ageCondition"), age},
                                                {QStringLiteral("licenceColour"), QStringLiteral("blue")}});
        QCOMPARE(rejected.status, 422);
        const QString message = rejected.fields().value(QStringLiteral("ageCondition")).toString();
        QVERIFY2(message.contains(QStringLiteral("20歳")), qPrintable(message));
    }
    const Response english =
        m_http->put(QStringLiteral("/renewals/%1/steps/basic").arg(r[QStringLiteral("id")].toString()),
                    {{QStringLiteral("confirmed"), true},
                     {QStringLiteral("limit"), QStringLiteral("family")},
                     {QStringLiteral("ageCondition"), QStringLiteral("26")},
                     {QStringLiteral("licenceColour"), QStringLiteral("blue")}},
                    m_suzuki, {{"If-Match", "2"}, {"Accept-Language", "en"}});
    QVERIFY(english.fields().value(QStringLiteral("ageCondition")).toString().contains(QStringLiteral("20")));
    QCOMPARE(english.message(), QStringLiteral("Please check your entries."));
    const Response ok = m_http->step(m_suzuki, r, QStringLiteral("basic"),
                                     {{QStringLiteral("limit"), QStringLiteral("family")},
                                      {QStringLiteral("ageCondition"), QStringLiteral("all")},
                                      {QStringLiteral("licenceColour"), QStringLiteral("blue")}});
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.object()[QStringLiteral("quote")][QStringLiteral("annualPremium")].toInt() >
            r[QStringLiteral("quote")][QStringLiteral("annualPremium")].toInt());
}

void TestMockRenewal::youngestRequiredFor26()
{
    QJsonObject r = m_http->confirmAll(m_tanaka, fresh(m_tanaka, QStringLiteral("7012345601")));
    QVERIFY(!r.isEmpty());
    QJsonObject body = Http::stepBody(r, QStringLiteral("details"));
    body.remove(QStringLiteral("youngest"));
    const Response missing = m_http->step(m_tanaka, r, QStringLiteral("details"), body);
    QCOMPARE(missing.status, 422);
    QVERIFY(missing.fields().contains(QStringLiteral("youngest")));
    body.insert(QStringLiteral("youngest"), QJsonObject{{QStringLiteral("relation"), QStringLiteral("spouse")},
                                                        {QStringLiteral("birthDate"), QStringLiteral("2003-01-01")}});
    QCOMPARE(m_http->step(m_tanaka, r, QStringLiteral("details"), body).fields().size(), 1); // 23 < 26
    body.insert(QStringLiteral("youngest"), QJsonObject{{QStringLiteral("relation"), 3}});
    QCOMPARE(m_http->step(m_tanaka, r, QStringLiteral("details"), body).status, 400);
}

void TestMockRenewal::licenceRenewalRange()
{
    QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    for (const QString &s : {QStringLiteral("preconfirm"), QStringLiteral("basic"), QStringLiteral("coverage")})
        r = m_http->step(m_tanaka, r, s, Http::stepBody(r, s)).object();
    QJsonObject body = Http::stepBody(r, QStringLiteral("details"));
    for (const QString &bad :
         {QStringLiteral("2026-11"), QStringLiteral("2032-01"), QStringLiteral("2029-13"), QStringLiteral("2029/07")}) {
        body.insert(QStringLiteral("nextLicenceRenewal"), bad);
        const Response rejected = m_http->step(m_tanaka, r, QStringLiteral("details"), body);
        QCOMPARE(rejected.status, 422);
        QVERIFY2(rejected.fields().contains(QStringLiteral("nextLicenceRenewal")), qPrintable(bad));
    }
    body.insert(QStringLiteral("nextLicenceRenewal"), QStringLiteral("2031-12"));
    const Response ok = m_http->step(m_tanaka, r, QStringLiteral("details"), body);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object()[QStringLiteral("insured")][QStringLiteral("nextLicenceRenewal")].toString(),
             QStringLiteral("2031-12"));
}

void TestMockRenewal::customerFields()
{
    QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    for (const QString &s : {QStringLiteral("preconfirm"), QStringLiteral("basic"), QStringLiteral("coverage"),
                             QStringLiteral("details"), QStringLiteral("decision")})
        r = m_http->step(m_tanaka, r, s, Http::stepBody(r, s)).object();
    QJsonObject body = Http::stepBody(r, QStringLiteral("customer"));
    body.insert(QStringLiteral("phone"), QStringLiteral("12-345"));
    body.insert(QStringLiteral("postalCode"), QStringLiteral("1500001"));
    const Response rejected = m_http->step(m_tanaka, r, QStringLiteral("customer"), body);
    QCOMPARE(rejected.status, 422);
    QVERIFY(rejected.fields().contains(QStringLiteral("phone")));
    QVERIFY(rejected.fields().contains(QStringLiteral("postalCode")));
    body.insert(QStringLiteral("phone"), QStringLiteral("09012345678"));
    body.insert(QStringLiteral("postalCode"), QStringLiteral("150-0002"));
    body.insert(QStringLiteral("paymentMethod"), QStringLiteral("lump"));
    const Response ok = m_http->step(m_tanaka, r, QStringLiteral("customer"), body);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object()[QStringLiteral("quote")][QStringLiteral("installments")].toInt(), 1);
    QCOMPARE(ok.object()[QStringLiteral("customer")][QStringLiteral("postalCode")].toString(),
             QStringLiteral("150-0002"));
    body.insert(QStringLiteral("paymentMethod"), 12);
    QCOMPARE(m_http->step(m_tanaka, ok.object(), QStringLiteral("customer"), body).status, 400);
}

void TestMockRenewal::freeTextIsText_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("escape"); // as written in the JSON body
    QTest::newRow("NUL in address1") << QStringLiteral("address1") << QByteArray("\\u0000");
    QTest::newRow("line break in address2") << QStringLiteral("address2") << QByteArray("\\n");
    QTest::newRow("RLO in address1") << QStringLiteral("address1") << QByteArray("\\u202E");
    QTest::newRow("isolate in address2") << QStringLiteral("address2") << QByteArray("\\u2067");
    QTest::newRow("zero width space in employeeNumber") << QStringLiteral("employeeNumber") << QByteArray("\\u200B");
    QTest::newRow("BOM in employeeNumber") << QStringLiteral("employeeNumber") << QByteArray("\\uFEFF");
    QTest::newRow("lone surrogate in address1") << QStringLiteral("address1") << QByteArray("\\uD800");
    QTest::newRow("C1 in address2") << QStringLiteral("address2") << QByteArray("\\u0085");
}

void TestMockRenewal::freeTextIsText()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, escape);
    QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    for (const QString &s : {QStringLiteral("preconfirm"), QStringLiteral("basic"), QStringLiteral("coverage"),
                             QStringLiteral("details"), QStringLiteral("decision")})
        r = m_http->step(m_tanaka, r, s, Http::stepBody(r, s)).object();
    QJsonObject body = Http::stepBody(r, QStringLiteral("customer"));
    body.insert(QStringLiteral("confirmed"), true);
    body.insert(field, QStringLiteral("1-2-3 PLACEHOLDER 4"));
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact).replace("PLACEHOLDER", escape);
    const Response rejected =
        m_http->send("PUT", QStringLiteral("/renewals/%1/steps/customer").arg(r[QStringLiteral("id")].toString()), json,
                     Http::withToken(m_tanaka, {{"If-Match", QByteArray::number(r[QStringLiteral("version")].toInt())},
                                                {"Accept-Language", "en"}}));
    QCOMPARE(rejected.status, 422);
    QVERIFY2(rejected.fields().value(field).toString().contains(QStringLiteral("cannot be used")),
             rejected.body.constData());
    // The same text without the character is accepted.
    body.insert(field, QStringLiteral("1-2-3 4"));
    QCOMPARE(m_http->step(m_tanaka, r, QStringLiteral("customer"), body).status, 200);
}

void TestMockRenewal::implausibleBirthDates()
{
    QJsonObject r = m_http->confirmAll(m_tanaka, fresh(m_tanaka, QStringLiteral("7012345601")));
    QVERIFY(!r.isEmpty());
    const QString quote = QStringLiteral("/renewals/%1/quote").arg(r[QStringLiteral("id")].toString());
    for (const QString &birth : {QStringLiteral("1800-01-01"), QStringLiteral("3000-01-01")}) {
        const QJsonObject youngest{{QStringLiteral("relation"), QStringLiteral("child")},
                                   {QStringLiteral("birthDate"), birth}};
        QJsonObject body = Http::stepBody(r, QStringLiteral("details"));
        body.insert(QStringLiteral("youngest"), youngest);
        const Response step = m_http->step(m_tanaka, r, QStringLiteral("details"), body);
        QCOMPARE(step.status, 422);
        QVERIFY2(step.fields().contains(QStringLiteral("youngest")), qPrintable(birth));
        const Response q = m_http->post(quote, {{QStringLiteral("youngest"), youngest}}, m_tanaka);
        QCOMPARE(q.status, 422);
        QVERIFY2(q.fields().contains(QStringLiteral("youngest")), qPrintable(birth));
    }
}

void TestMockRenewal::disclosureNeedsTheDocument()
{
    QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    for (const QString &s : {QStringLiteral("preconfirm"), QStringLiteral("basic"), QStringLiteral("coverage"),
                             QStringLiteral("details"), QStringLiteral("decision"), QStringLiteral("customer")})
        r = m_http->step(m_tanaka, r, s, Http::stepBody(r, s)).object();
    QJsonObject body = Http::stepBody(r, QStringLiteral("disclosure"));
    body.insert(QStringLiteral("documentSha256"), QStringLiteral("00"));
    body.insert(QStringLiteral("eDeliveryConsent"), false);
    const Response rejected = m_http->step(m_tanaka, r, QStringLiteral("disclosure"), body);
    QCOMPARE(rejected.status, 422);
    QVERIFY(rejected.fields().contains(QStringLiteral("documentSha256")));
    QVERIFY(rejected.fields().contains(QStringLiteral("eDeliveryConsent")));
    const Response ok =
        m_http->step(m_tanaka, r, QStringLiteral("disclosure"), Http::stepBody(r, QStringLiteral("disclosure")));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object()[QStringLiteral("confirmedSteps")].toArray().size(), 7);
}

void TestMockRenewal::quoteIsNotSaved()
{
    const QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    const QString path = QStringLiteral("/renewals/%1/quote").arg(r[QStringLiteral("id")].toString());
    const Response same = m_http->post(path, {}, m_tanaka);
    QCOMPARE(same.status, 200);
    QCOMPARE(same.object()[QStringLiteral("annualPremium")].toInt(), 35210);
    const Response lump = m_http->post(path,
                                       {{QStringLiteral("paymentMethod"), QStringLiteral("lump")},
                                        {QStringLiteral("planId"), QStringLiteral("saving")}},
                                       m_tanaka);
    QCOMPARE(lump.status, 200);
    QCOMPARE(lump.object()[QStringLiteral("installments")].toInt(), 1);
    QCOMPARE(
        lump.object()[QStringLiteral("annualPremium")].toInt(),
        r[QStringLiteral("plans")].toArray().at(3)[QStringLiteral("quote")][QStringLiteral("annualPremium")].toInt());
    const Response older = m_http->post(path, {{QStringLiteral("ageCondition"), QStringLiteral("35")}}, m_tanaka);
    QVERIFY(older.object()[QStringLiteral("annualPremium")].toInt() < 35210);
    QCOMPARE(m_http->post(path, {{QStringLiteral("ageCondition"), QStringLiteral("99")}}, m_tanaka).status, 422);
    QCOMPARE(m_http->post(path, {{QStringLiteral("planId"), QStringLiteral("gold")}}, m_tanaka).status, 422);
    QCOMPARE(m_http->post(path, {{QStringLiteral("use"), true}}, m_tanaka).status, 400);
    const QJsonObject after =
        m_http->get(QStringLiteral("/renewals/%1").arg(r[QStringLiteral("id")].toString()), m_tanaka).object();
    QCOMPARE(after, r);
}

void TestMockRenewal::unknownStepAndPlan()
{
    QJsonObject r = fresh(m_tanaka, QStringLiteral("7012345601"));
    QCOMPARE(m_http->step(m_tanaka, r, QStringLiteral("payment"), {}).status, 404);
    r = m_http->step(m_tanaka, r, QStringLiteral("preconfirm"), {}).object();
    r = m_http->step(m_tanaka, r, QStringLiteral("basic"), Http::stepBody(r, QStringLiteral("basic"))).object();
    const Response unknown =
        m_http->step(m_tanaka, r, QStringLiteral("coverage"), {{QStringLiteral("planId"), QStringLiteral("platinum")}});
    QCOMPARE(unknown.status, 422);
    QVERIFY(unknown.fields().contains(QStringLiteral("planId")));
    QCOMPARE(m_http->step(m_tanaka, r, QStringLiteral("coverage"), {}).status, 400);
    QCOMPARE(m_http->step(m_tanaka, r, QStringLiteral("basic"), {{QStringLiteral("limit"), QStringLiteral("couple")}})
                 .status,
             400);
    QCOMPARE(m_http
                 ->step(m_tanaka, r, QStringLiteral("basic"),
                        {{QStringLiteral("limit"), QStringLiteral("friends")},
                         {QStringLiteral("ageCondition"), QStringLiteral("26")},
                         {QStringLiteral("licenceColour"), QStringLiteral("gold")}})
                 .fields()
                 .contains(QStringLiteral("limit")),
             true);
}

QTEST_GUILESS_MAIN(TestMockRenewal)
#include "tst_mockrenewal.moc"
