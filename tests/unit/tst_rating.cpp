// docs/rating.md as tests. Every expected yen figure below is worked out by hand from its tables (the
// derivation is in the comment or row name), never by calling the code under test, so a wrong factor fails.
#include "mock/Rating.h"

#include <QTest>

using namespace clickar;
using namespace clickar::rating;

namespace {

constexpr qint64 operator""_yen(unsigned long long v)
{
    return static_cast<qint64>(v);
}

// Base of the table tests: main = 対人 18,000 + 対物 12,000 + 人身 0 + 搭乗者 0 + 車両 2,000,000 × 3.5 % × 1.00 =
// 100,000; class 4 (1.00), grade 4 無事故 (−2 % → 0.98), `26` with the insured 36 on 2027-04-01 (1.00), none (1.00),
// blue (1.00), leisure (1.00), no riders, no discount, lump. So x = 98,000 before a row changes one thing.
Input baseInput()
{
    Coverages c;
    c.vehicle = {QStringLiteral("general"), 2'000'000, QStringLiteral("0-100k")};
    // clang-format off
    return {.ratingClass = 4, .insuredValue = 2'000'000, .use = QStringLiteral("leisure"), .grade = 4,
            .accidentYears = 0, .limit = QStringLiteral("none"), .ageCondition = QStringLiteral("26"),
            .insuredBirthDate = QDate(1990, 7, 1), .licenceColour = QStringLiteral("blue"),
            .termStart = QDate(2027, 4, 1), .coverages = c, .groupDiscountRate = 0,
            .paymentMethod = QStringLiteral("lump"), .lastYearPremium = 0};
    // clang-format on
}

template<typename Change> Input changed(Change change)
{
    Input in = baseInput();
    change(in);
    return in;
}

// The worked example of docs/rating.md §5.
Input workedExample()
{
    Coverages c;
    c.personalInjury = QStringLiteral("50m");
    c.vehicle = {QStringLiteral("general"), 2'000'000, QStringLiteral("50k-100k")};
    c.riders = {QStringLiteral("lawyer_auto"), QStringLiteral("personal_liability")};
    // clang-format off
    return {.ratingClass = 5, .insuredValue = 2'000'000, .use = QStringLiteral("leisure"), .grade = 16,
            .accidentYears = 0, .limit = QStringLiteral("couple"), .ageCondition = QStringLiteral("26"),
            .insuredBirthDate = QDate(1979, 6, 15), .licenceColour = QStringLiteral("gold"),
            .termStart = QDate(2027, 4, 1), .coverages = c, .groupDiscountRate = 0.20,
            .paymentMethod = QStringLiteral("payroll12"), .lastYearPremium = 34'000};
    // clang-format on
}

double factorOf(const Quote &q, const QString &label)
{
    for (const BreakdownItem &item : q.breakdown) {
        if (item.label == label)
            return item.factor;
    }
    return -1;
}

// The factor tables share one layout: the input, the breakdown label and factor it must show, the annual premium.
void addPremiumColumns()
{
    QTest::addColumn<Input>("input");
    QTest::addColumn<QString>("label");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("annual");
}

void addPremiumRow(const QByteArray &name, const Input &in, const char *label, double factor, qint64 annual)
{
    QTest::newRow(name.constData()) << in << QString::fromLatin1(label) << factor << annual;
}

void checkPremium()
{
    QFETCH(Input, input);
    QFETCH(QString, label);
    QFETCH(double, factor);
    QFETCH(qint64, annual);
    const Quote q = quote(input);
    if (!label.isEmpty())
        QCOMPARE(factorOf(q, label), factor);
    QCOMPARE(q.annualPremium, annual);
    QCOMPARE(q.groupDiscountRate, input.groupDiscountRate);
}

Input withAge(const char *condition, const QDate &birthDate, const QDate &termStart = QDate(2027, 4, 1))
{
    return changed([&](Input &in) {
        in.ageCondition = QString::fromLatin1(condition);
        in.insuredBirthDate = birthDate;
        in.termStart = termStart;
    });
}

} // namespace

class TestRating : public QObject
{
    Q_OBJECT

private slots:
    void workedExample_matchesSpec()
    {
        const Input in = workedExample();
        QCOMPARE(mainPremium(in.coverages, in.insuredValue), 99'000_yen); // 18,000+12,000+9,500+0+70,000×0.85
        QCOMPARE(ridersPremium(in.coverages.riders), 3'300_yen);
        const Quote q = quote(in);
        QCOMPARE(q.annualPremium, 35'210_yen); // x = 35,215.17
        QCOMPARE(q.installments, 12);
        QCOMPARE(q.perInstallment, 2'930_yen);
        QCOMPARE(q.firstInstallment, 2'980_yen);
        QCOMPARE(q.groupDiscountRate, 0.20);
        QCOMPARE(q.differenceFromLastYear, 1'210_yen); // last year 34,000
        const QList<BreakdownItem> expected = {{QStringLiteral("ratingClass"), 1.08},   {QStringLiteral("grade"), 0.48},
                                               {QStringLiteral("ageCondition"), 0.98},  {QStringLiteral("limit"), 0.92},
                                               {QStringLiteral("licenceColour"), 0.88}, {QStringLiteral("use"), 1.00}};
        QCOMPARE(q.breakdown, expected);
    }

    void grade_data()
    {
        addPremiumColumns();
        // annual = 100,000 × (1 + rate) — grade is the only factor ≠ 1.00 here; factor = annual / 100,000
        const qint64 noAccident[20] = {164'000, 128'000, 112'000, 98'000, 87'000, 81'000, 70'000,
                                       60'000,  57'000,  55'000,  53'000, 52'000, 51'000, 50'000,
                                       49'000,  48'000,  47'000,  46'000, 45'000, 37'000};
        const qint64 accident[20] = {164'000, 128'000, 112'000, 98'000, 87'000, 81'000, 80'000, 79'000, 78'000, 77'000,
                                     75'000,  73'000,  71'000,  69'000, 67'000, 64'000, 62'000, 60'000, 58'000, 56'000};
        for (int g = 1; g <= 20; ++g) {
            for (int years : {0, 1, 3, 6}) { // 事故有 whenever accidentYears > 0
                const qint64 yen = years == 0 ? noAccident[g - 1] : accident[g - 1];
                addPremiumRow(QByteArray("grade ") + QByteArray::number(g) + " accidentYears " +
                                  QByteArray::number(years),
                              changed([&](Input &in) {
                                  in.grade = g;
                                  in.accidentYears = years;
                              }),
                              "grade", yen / 100'000.0, yen);
            }
        }
    }
    void grade() { checkPremium(); }

    void ageCondition_data()
    {
        addPremiumColumns();
        const auto row = [](const char *name, const Input &in, double factor, qint64 yen) {
            addPremiumRow(name, in, "ageCondition", factor, yen);
        };
        // floor(98,000 × factor / 10) × 10; ages on 2027-04-01
        row("all (age ignored)", withAge("all", QDate(1979, 6, 15)), 1.55, 151'900);
        row("21 (age ignored)", withAge("21", QDate(1979, 6, 15)), 1.20, 117'600);
        row("26, 27 → under 30", withAge("26", QDate(2000, 1, 10)), 1.10, 107'800);
        row("26, 36 → 30–39", withAge("26", QDate(1990, 7, 1)), 1.00, 98'000);
        row("26, 47 → 40–49", withAge("26", QDate(1979, 6, 15)), 0.98, 96'040);
        row("26, 55 → 50–59", withAge("26", QDate(1971, 12, 31)), 1.00, 98'000);
        row("26, 65 → 60–69", withAge("26", QDate(1962, 1, 1)), 1.06, 103'880);
        row("26, 80 → 70+", withAge("26", QDate(1947, 3, 3)), 1.25, 122'500);
        // `35`: band × 0.97 — 98,000×1.10×0.97 = 104,566; ×0.9506 = 93,158.8; ×1.0282 = 100,763.6; ×1.2125 = 118,825
        row("35, 27 → under 30", withAge("35", QDate(2000, 1, 10)), 1.067, 104'560);
        row("35, 36 → 30–39", withAge("35", QDate(1990, 7, 1)), 0.97, 95'060);
        row("35, 47 → 40–49", withAge("35", QDate(1979, 6, 15)), 0.9506, 93'150);
        row("35, 55 → 50–59", withAge("35", QDate(1971, 12, 31)), 0.97, 95'060);
        row("35, 65 → 60–69", withAge("35", QDate(1962, 1, 1)), 1.0282, 100'760);
        row("35, 80 → 70+", withAge("35", QDate(1947, 3, 3)), 1.2125, 118'820);
        // birthday boundaries: the birthday itself counts
        row("30th birthday on the start", withAge("26", QDate(1997, 4, 1)), 1.00, 98'000);
        row("30th birthday the day after", withAge("26", QDate(1997, 4, 2)), 1.10, 107'800);
        row("70th birthday on the start", withAge("26", QDate(1957, 4, 1)), 1.25, 122'500);
        row("70th birthday the day after", withAge("26", QDate(1957, 4, 2)), 1.06, 103'880);
        row("29 Feb, 28 Feb of year 30", withAge("26", QDate(1996, 2, 29), QDate(2026, 2, 28)), 1.10, 107'800);
        row("29 Feb, 1 Mar of year 30", withAge("26", QDate(1996, 2, 29), QDate(2026, 3, 1)), 1.00, 98'000);
    }
    void ageCondition() { checkPremium(); }

    void codeFactor_data()
    {
        addPremiumColumns();
        const auto row = [](const char *label, const char *code, double factor, qint64 yen) {
            const QString value = QString::fromLatin1(code);
            const Input in = changed([&](Input &i) {
                const QByteArray field(label);
                if (field == "ratingClass")
                    i.ratingClass = value.toInt();
                else if (field == "limit")
                    i.limit = value;
                else if (field == "use")
                    i.use = value;
                else
                    i.licenceColour = value;
            });
            addPremiumRow(QByteArray(label) + ' ' + code, in, label, factor, yen);
        };
        // 98,000 × factor
        row("ratingClass", "1", 0.80, 78'400);
        row("ratingClass", "2", 0.87, 85'260);
        row("ratingClass", "3", 0.94, 92'120);
        row("ratingClass", "4", 1.00, 98'000);
        row("ratingClass", "5", 1.08, 105'840);
        row("ratingClass", "6", 1.17, 114'660);
        row("ratingClass", "7", 1.26, 123'480);
        row("ratingClass", "8", 1.36, 133'280);
        row("ratingClass", "9", 1.47, 144'060);
        row("limit", "none", 1.00, 98'000);
        row("limit", "family", 0.97, 95'060);
        row("limit", "couple", 0.92, 90'160);
        row("limit", "self", 0.90, 88'200);
        row("licenceColour", "gold", 0.88, 86'240);
        row("licenceColour", "blue", 1.00, 98'000);
        row("licenceColour", "green", 1.00, 98'000);
        row("use", "leisure", 1.00, 98'000);
        row("use", "commute", 1.06, 103'880);
        row("use", "business", 1.15, 112'700);
    }
    void codeFactor() { checkPremium(); }

    void components_data()
    {
        QTest::addColumn<Coverages>("coverages");
        QTest::addColumn<qint64>("main");
        QTest::addColumn<qint64>("riders");
        QTest::addColumn<qint64>("annual"); // floor((main × 0.98 + riders) / 10) × 10
        // Each row changes one component of: 対人 unlimited 18,000 + 対物 unlimited 12,000 + 人身 none + 搭乗者 none
        // (+ 車両 general 0-100k on ¥2,000,000 = 70,000 for the rider rows, main 100,000).
        const auto row = [](const char *field, const char *code, qint64 main, qint64 riders, qint64 annual) {
            Coverages c;
            const QString value = QString::fromLatin1(code);
            const QString f = QString::fromLatin1(field);
            if (f == u"propertyDamage")
                c.propertyDamage = value;
            else if (f == u"personalInjury")
                c.personalInjury = value;
            else if (f == u"passenger")
                c.passenger = value;
            else if (f.startsWith(u"vehicle")) { // "vehicle/<deductible>"
                c.vehicle = {value, value == u"none" ? 0 : 2'000'000, f.section(u'/', 1)};
            } else if (f == u"riders") {
                c.vehicle = baseInput().coverages.vehicle;
                c.riders = value.split(u' ');
            }
            QTest::addRow("%s %s", field, code) << c << main << riders << annual;
        };
        row("bodilyInjury", "unlimited", 30'000, 0, 29'400);
        row("propertyDamage", "unlimited", 30'000, 0, 29'400);
        row("propertyDamage", "100m", 29'400, 0, 28'810); // 28,812
        row("personalInjury", "none", 30'000, 0, 29'400);
        row("personalInjury", "30m", 38'000, 0, 37'240);
        row("personalInjury", "50m", 39'500, 0, 38'710);
        row("personalInjury", "100m", 41'500, 0, 40'670);
        row("personalInjury", "unlimited", 43'000, 0, 42'140);
        row("passenger", "none", 30'000, 0, 29'400);
        row("passenger", "5m", 32'000, 0, 31'360);
        row("passenger", "10m", 33'200, 0, 32'530); // 32,536
        // 車両 on ¥2,000,000: general 70,000, economy 32,000, times 1.00 / 0.85 / 0.75
        row("vehicle/0-100k", "none", 30'000, 0, 29'400);
        row("vehicle/0-100k", "general", 100'000, 0, 98'000);
        row("vehicle/50k-100k", "general", 89'500, 0, 87'710);
        row("vehicle/100k-100k", "general", 82'500, 0, 80'850);
        row("vehicle/0-100k", "economy", 62'000, 0, 60'760);
        row("vehicle/50k-100k", "economy", 57'200, 0, 56'050); // 56,056
        row("vehicle/100k-100k", "economy", 54'000, 0, 52'920);
        // riders are flat: 98,000 + riders
        row("riders", "lawyer_auto", 100'000, 1'800, 99'800);
        row("riders", "lawyer_daily", 100'000, 2'700, 100'700);
        row("riders", "personal_liability", 100'000, 1'500, 99'500);
        row("riders", "bike_self", 100'000, 6'000, 104'000);
        row("riders", "bike_personal", 100'000, 14'000, 112'000);
        row("riders", "repair_gap", 100'000, 0, 98'000);
        row("riders", "road_assist", 100'000, 0, 98'000);
        row("riders", "lawyer_auto lawyer_daily personal_liability bike_self bike_personal repair_gap road_assist",
            100'000, 26'000, 124'000);
        row("riders", "lawyer_auto lawyer_auto", 100'000, 1'800, 99'800); // listed twice counts once
    }
    void components()
    {
        QFETCH(Coverages, coverages);
        QFETCH(qint64, main);
        QFETCH(qint64, riders);
        QFETCH(qint64, annual);
        Input in = baseInput();
        in.coverages = coverages;
        QCOMPARE(mainPremium(coverages, in.insuredValue), main);
        QCOMPARE(ridersPremium(coverages.riders), riders);
        QCOMPARE(quote(in).annualPremium, annual);
        in.ratingClass = 9; // riders are not multiplied by the factors: main × 0.98 × 1.47 + riders
        QCOMPARE(quote(in).annualPremium, (main * 98 * 147 / 10'000 + riders) / 10 * 10);
    }

    void groupDiscount_data()
    {
        addPremiumColumns();
        const auto row = [](const char *name, double rate, qint64 yen) {
            addPremiumRow(
                name, changed([rate](Input &in) {
                    in.coverages.riders = {QStringLiteral("lawyer_auto"), QStringLiteral("personal_liability")};
                    in.groupDiscountRate = rate;
                }),
                "", -1, yen);
        };
        row("none", 0.0, 101'300); // (98,000 + 3,300) × (1 − rate), floored to 10 yen
        row("15 %", 0.15, 86'100); // 86,105
        row("20 %", 0.20, 81'040);
        row("25 %", 0.25, 75'970); // 75,975
    }
    void groupDiscount() { checkPremium(); }

    void payment_data()
    {
        QTest::addColumn<int>("grade");
        QTest::addColumn<QString>("method");
        QTest::addColumn<qint64>("annual");
        QTest::addColumn<int>("installments");
        QTest::addColumn<qint64>("perInstallment");   // floor(annual / 120) × 10
        QTest::addColumn<qint64>("firstInstallment"); // annual − 11 × per
        const QString payroll = QStringLiteral("payroll12"), lump = QStringLiteral("lump");
        QTest::newRow("payroll12 98,000") << 4 << payroll << 98'000_yen << 12 << 8'160_yen << 8'240_yen;
        QTest::newRow("payroll12 128,000") << 2 << payroll << 128'000_yen << 12 << 10'660_yen << 10'740_yen;
        QTest::newRow("payroll12 37,000") << 20 << payroll << 37'000_yen << 12 << 3'080_yen << 3'120_yen;
        QTest::newRow("payroll12 60,000 (÷120 exact)") << 8 << payroll << 60'000_yen << 12 << 5'000_yen << 5'000_yen;
        QTest::newRow("lump 98,000") << 4 << lump << 98'000_yen << 1 << 98'000_yen << 98'000_yen;
        QTest::newRow("lump 37,000") << 20 << lump << 37'000_yen << 1 << 37'000_yen << 37'000_yen;
    }
    void payment()
    {
        QFETCH(int, grade);
        QFETCH(QString, method);
        QFETCH(qint64, annual);
        QFETCH(int, installments);
        QFETCH(qint64, perInstallment);
        QFETCH(qint64, firstInstallment);
        Input in = baseInput();
        in.grade = grade;
        in.paymentMethod = method;
        const Quote q = quote(in);
        QCOMPARE(q.annualPremium, annual);
        QCOMPARE(q.installments, installments);
        QCOMPARE(q.perInstallment, perInstallment);
        QCOMPARE(q.firstInstallment, firstInstallment);
    }

    void differenceFromLastYear()
    {
        Input in = baseInput(); // annual 98,000
        for (const auto &[lastYear, difference] :
             {std::pair{0_yen, 98'000_yen}, {95'000_yen, 3'000_yen}, {100'000_yen, -2'000_yen}, {98'000_yen, 0_yen}}) {
            in.lastYearPremium = lastYear;
            QCOMPARE(quote(in).differenceFromLastYear, difference);
        }
    }

    // x is exactly a multiple of 10 yen; the naive double product gives …9.99999 and would floor 10 yen too low.
    void exactAtTenYenBoundary()
    {
        Input in = workedExample(); // main 99,000, riders 3,300
        in.ratingClass = 4;
        in.grade = 19; // 0.45
        in.ageCondition = QStringLiteral("21");
        in.limit = QStringLiteral("none");
        in.licenceColour = QStringLiteral("blue");
        in.groupDiscountRate = 0.25;
        QCOMPARE(quote(in).annualPremium, 42'570_yen); // (99,000 × 0.45 × 1.20 + 3,300) × 0.75 = 42,570 exactly

        Input b = baseInput(); // main 100,000
        b.ratingClass = 1;
        b.grade = 1;
        b.insuredBirthDate = QDate(1950, 1, 1); // 77 → 1.25
        b.use = QStringLiteral("business");
        b.groupDiscountRate = 0.15;
        QCOMPARE(quote(b).annualPremium, 160'310_yen); // 100,000 × 0.80 × 1.64 × 1.25 × 1.15 × 0.85 = 160,310
    }

    // 車両 ¥1,090,000 × 3.5 % × 0.75 = 28,612.5: main keeps the half yen (58,612.5 × 0.98 = 57,440.25).
    void fractionalVehiclePremium()
    {
        Input in = baseInput();
        in.insuredValue = 1'090'000;
        in.coverages.vehicle = {QStringLiteral("general"), 1'090'000, QStringLiteral("100k-100k")};
        QCOMPARE(mainPremium(in.coverages, in.insuredValue), 58'612_yen);
        QCOMPARE(quote(in).annualPremium, 57'440_yen); // a truncated main would give 57,439.76 → 57,430
    }

    void invalidInput()
    {
        QVERIFY(invalidInputFields(baseInput()).isEmpty());
        QVERIFY(invalidInputFields(workedExample()).isEmpty());
        Input in = baseInput();
        in.ratingClass = 10;
        in.grade = 0;
        in.use = QStringLiteral("racing");
        in.coverages.riders = {QStringLiteral("nope")};
        in.paymentMethod.clear();
        const QStringList expected = {QStringLiteral("ratingClass"), QStringLiteral("use"), QStringLiteral("grade"),
                                      QStringLiteral("coverages.riders"), QStringLiteral("paymentMethod")};
        QCOMPARE(invalidInputFields(in), expected);
    }
};

QTEST_GUILESS_MAIN(TestRating)
#include "tst_rating.moc"
