// The JSON codecs of the domain types: round trips, and hostile input (malformed, truncated, mistyped)
// that must give an error and never a crash.
#include "domain/Account.h"
#include "domain/Codec.h"
#include "domain/Contract.h"
#include "domain/Renewal.h"

#include <QJsonDocument>
#include <QTest>

using namespace clickar;

namespace {
Renewal sampleRenewal()
{
    Renewal r;
    r.id = QStringLiteral("r-1");
    r.version = 3;
    r.policyNumber = QStringLiteral("1234567890");
    r.confirmedSteps = {Step::Preconfirm, Step::Basic};
    r.newPeriod = {QDate(2027, 4, 1), QDate(2028, 4, 1)};
    r.holder = {QStringLiteral("田中 一郎"), QStringLiteral("タナカ イチロウ"), QDate(1979, 6, 15)};
    r.insured = {QStringLiteral("田中 一郎"), QDate(1979, 6, 15), QStringLiteral("gold"), QDate(2029, 7, 1)};
    r.vehicle = {QStringLiteral("プリウス"),
                 QStringLiteral("ZVW51"),
                 QStringLiteral("品川 300 あ 12-34"),
                 QDate(2020, 3, 1),
                 QStringLiteral("leisure"),
                 5,
                 2000000};
    r.drivers = {QStringLiteral("couple"), QStringLiteral("26"),
                 YoungestDriver{QStringLiteral("spouse"), QDate(1981, 2, 3)}};
    r.grade = {15, 16, 0};
    Plan plan;
    plan.id = QStringLiteral("same");
    plan.name = QStringLiteral("前年同等プラン");
    plan.coverages.personalInjury = QStringLiteral("50m");
    plan.coverages.vehicle = {QStringLiteral("general"), 2000000, QStringLiteral("50k-100k")};
    plan.coverages.riders = {QStringLiteral("lawyer_auto"), QStringLiteral("personal_liability")};
    plan.quote = {35210, 12, 2930, 2980, 0.2, -1270, {{QStringLiteral("grade"), 0.48}}};
    r.plans = {plan};
    r.selectedPlanId = plan.id;
    r.quote = plan.quote;
    r.lastYearPremium = 36480;
    r.customer = {QStringLiteral("100-0001"),
                  QStringLiteral("東京都"),
                  QStringLiteral("千代田区1-1"),
                  QString(),
                  QStringLiteral("03-1234-5678"),
                  QStringLiteral("ta****@example.jp"),
                  QStringLiteral("株式会社サンプル商事"),
                  QStringLiteral("E1234"),
                  QStringLiteral("payroll12")};
    r.documents = {{QStringLiteral("disclosure"), QStringLiteral("重要事項等説明書"), QStringLiteral("2026-10"),
                    QStringLiteral("ab"), 9}};
    r.notices = {{QStringLiteral("n1"), QStringLiteral("告知"), QStringLiteral("text")}};
    r.texts = {QStringLiteral("p"), QStringLiteral("s"), QStringLiteral("n")};
    return r;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private slots:
    void renewalRoundTrip()
    {
        const Renewal original = sampleRenewal();
        QString error;
        const std::optional<Renewal> decoded = decodeObject<Renewal>(json(original.toJson()), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, original);
        QCOMPARE(decoded->firstUnconfirmedStep(), std::optional<Step>(Step::Coverage));
        QCOMPARE(decoded->selectedPlan()->name, QStringLiteral("前年同等プラン"));
    }

    void submittedRenewalRoundTrip()
    {
        Renewal original = sampleRenewal();
        original.status = QStringLiteral("submitted");
        original.submission = SubmitResult{QStringLiteral("9876543210"),
                                           QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC),
                                           {QStringLiteral("ta****@example.jp"), QStringLiteral("subject")},
                                           true,
                                           QStringLiteral("post")};
        QString error;
        const std::optional<Renewal> decoded = decodeObject<Renewal>(json(original.toJson()), &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(decoded->submission->newPolicyNumber, QStringLiteral("9876543210"));
    }

    void otherTypesRoundTrip()
    {
        Contract c{QStringLiteral("1"),
                   QStringLiteral("団体扱自動車保険"),
                   {QDate(2026, 1, 1), QDate(2027, 1, 1)},
                   QStringLiteral("プリウス"),
                   QStringLiteral("品川"),
                   QStringLiteral("田中"),
                   QStringLiteral("g"),
                   QStringLiteral("renewable"),
                   QDate(2026, 12, 31),
                   {},
                   -1,
                   std::nullopt};
        QString error;
        QCOMPARE(*decodeObject<Contract>(json(c.toJson()), &error), c);
        QVERIFY(!c.toJson().contains(QStringLiteral("confirmedSteps")));
        c.holderKana = QStringLiteral("タナカ");
        c.confirmedSteps = 2;
        c.daysLeft = -3;
        QCOMPARE(*decodeObject<Contract>(json(c.toJson()), &error), c);
        QVERIFY(decodeObject<Contract>(json(c.toJson()), &error)->isInProgress());
        Guide g{QDate(2026, 12, 25), QDate(2026, 12, 24), 10, {QStringLiteral("a")}, {QStringLiteral("b")}, {}};
        QCOMPARE(*decodeObject<Guide>(json(g.toJson()), &error), g);
        LoginResult challenge;
        challenge.otpRequired = true;
        challenge.challengeId = QStringLiteral("c");
        challenge.maskedEmail = QStringLiteral("m");
        challenge.expiresIn = 300;
        QCOMPARE(*decodeObject<LoginResult>(json(challenge.toJson()), &error), challenge);
        Tokens tokens{QStringLiteral("a"), QStringLiteral("r"), 900, QStringLiteral("agent")};
        LoginResult direct;
        direct.tokens = tokens;
        QCOMPARE(*decodeObject<LoginResult>(json(direct.toJson()), &error), direct);
        Support s{{QStringLiteral("サンプル損保"), {}, QStringLiteral("addr"), QStringLiteral("0120"), {}},
                  std::nullopt,
                  QStringLiteral("9-18"),
                  QStringLiteral("https://www.example.jp/register")};
        QCOMPARE(*decodeObject<Support>(json(s.toJson()), &error), s);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray valid = json(sampleRenewal().toJson());
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("null") << QByteArray("null");
        for (int cut : {1, 10, 100, 500, 1000})
            QTest::addRow("truncated at %d", cut) << valid.left(cut);
        QTest::newRow("version is a string") << QByteArray(valid).replace("\"version\":3", "\"version\":\"3\"");
        QTest::newRow("version is fractional") << QByteArray(valid).replace("\"version\":3", "\"version\":3.5");
        QTest::newRow("unknown step") << QByteArray(valid).replace("\"basic\"", "\"bogus\"");
        QTest::newRow("bad date") << QByteArray(valid).replace("2027-04-01", "2027-13-01");
        QTest::newRow("unknown licence colour") << QByteArray(valid).replace("\"gold\"", "\"pink\"");
        QTest::newRow("plans not array") << QByteArray(valid)
                                                .replace("\"plans\":[", "\"plans\":{\"x\":[")
                                                .replace("],\"policyNumber\"", "]},\"policyNumber\"");
        QTest::newRow("huge number") << QByteArray(valid).replace("\"version\":3", "\"version\":1e300");
    }

    void hostileInput()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!decodeObject<Renewal>(body, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!decodeArray<Contract>(body, &error) || body == "[]");
    }

    void errorNamesThePath()
    {
        QJsonObject object = sampleRenewal().toJson();
        QJsonArray plans = object.value(QStringLiteral("plans")).toArray();
        QJsonObject plan = plans.at(0).toObject();
        QJsonObject quote = plan.value(QStringLiteral("quote")).toObject();
        quote.remove(QStringLiteral("annualPremium"));
        plan.insert(QStringLiteral("quote"), quote);
        plans.replace(0, plan);
        object.insert(QStringLiteral("plans"), plans);
        QString error;
        QVERIFY(!decodeObject<Renewal>(json(object), &error));
        QCOMPARE(error, QStringLiteral("plans[0].quote.annualPremium: missing"));
    }

    void contractArrayRejectsNonObjects()
    {
        QString error;
        QVERIFY(!decodeArray<Contract>("[1, 2]", &error));
        QCOMPARE(error, QStringLiteral("[0]: expected an object"));
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
