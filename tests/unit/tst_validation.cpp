// docs/rating.md §7: the checks the service enforces, each with passing and failing cases, in both languages.
#include "mock/Validation.h"

#include <QTest>

using namespace clickar;
using namespace clickar::rating;

namespace {

const QDate termStart(2027, 4, 1);

std::optional<YoungestDriver> youngestBorn(const QDate &birthDate)
{
    return YoungestDriver{QStringLiteral("child"), birthDate};
}

// Runs `check` in both languages: the same keys, every message non-empty and different between the languages.
template<typename Check> QMap<QString, QString> bothLanguages(Check check)
{
    const QMap<QString, QString> ja = check(Lang::Japanese);
    const QMap<QString, QString> en = check(Lang::English);
    [&] {
        QCOMPARE(ja.keys(), en.keys());
        for (const QString &key : ja.keys()) {
            QVERIFY2(!ja.value(key).isEmpty() && !en.value(key).isEmpty(), qPrintable(key));
            QVERIFY2(ja.value(key) != en.value(key), qPrintable(key));
        }
    }();
    return ja;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void drivers_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QDate>("insuredBirth");
        QTest::addColumn<std::optional<YoungestDriver>>("youngest");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("japanese"); // expected message for "ageCondition", if any
        QTest::addColumn<QString>("english");
        const QString none = QStringLiteral("none"), family = QStringLiteral("family"), self = QStringLiteral("self");
        const QDate born47(1979, 6, 15), born20(2006, 6, 1), born25(2001, 12, 1), born34(1992, 5, 1);
        const std::optional<YoungestDriver> noYoungest;
        const QStringList ok, age = {QStringLiteral("ageCondition")}, young = {QStringLiteral("youngest")};
        const QString noMsg;
        QTest::newRow("all, a 20-year-old is fine")
            << family << QStringLiteral("all") << born47 << youngestBorn(born20) << ok << noMsg << noMsg;
        QTest::newRow("21, youngest 20")
            << family << QStringLiteral("21") << born47 << youngestBorn(born20) << age
            << QStringLiteral("年齢条件「21歳以上補償」では、20歳の運転者が補償されません。")
            << QStringLiteral("With the age condition \"21 and over\", a driver aged 20 is not covered.");
        QTest::newRow("21, no youngest needed")
            << family << QStringLiteral("21") << born47 << noYoungest << ok << noMsg << noMsg;
        QTest::newRow("26, youngest 20")
            << none << QStringLiteral("26") << born47 << youngestBorn(born20) << age
            << QStringLiteral("年齢条件「26歳以上補償」では、20歳の運転者が補償されません。")
            << QStringLiteral("With the age condition \"26 and over\", a driver aged 20 is not covered.");
        QTest::newRow("26, youngest 26 on the start (birthday)")
            << none << QStringLiteral("26") << born47 << youngestBorn(QDate(2001, 4, 1)) << ok << noMsg << noMsg;
        QTest::newRow("26, youngest 25 (birthday the day after)")
            << none << QStringLiteral("26") << born47 << youngestBorn(QDate(2001, 4, 2)) << age
            << QStringLiteral("年齢条件「26歳以上補償」では、25歳の運転者が補償されません。")
            << QStringLiteral("With the age condition \"26 and over\", a driver aged 25 is not covered.");
        QTest::newRow("26, youngest missing")
            << family << QStringLiteral("26") << born47 << noYoungest << young << noMsg << noMsg;
        QTest::newRow("35, youngest without a birth date")
            << family << QStringLiteral("35") << born47 << youngestBorn(QDate()) << young << noMsg << noMsg;
        QTest::newRow("35, youngest 34")
            << family << QStringLiteral("35") << born47 << youngestBorn(born34) << age
            << QStringLiteral("年齢条件「35歳以上補償」では、34歳の運転者が補償されません。")
            << QStringLiteral("With the age condition \"35 and over\", a driver aged 34 is not covered.");
        QTest::newRow("35, self: youngest out of scope")
            << self << QStringLiteral("35") << born47 << youngestBorn(born20) << ok << noMsg << noMsg;
        QTest::newRow("35, self, no youngest needed")
            << self << QStringLiteral("35") << born47 << noYoungest << ok << noMsg << noMsg;
        QTest::newRow("26, self, insured 25")
            << self << QStringLiteral("26") << born25 << noYoungest << age
            << QStringLiteral("年齢条件「26歳以上補償」では、25歳の運転者が補償されません。")
            << QStringLiteral("With the age condition \"26 and over\", a driver aged 25 is not covered.");
        QTest::newRow("26, insured 25 younger than youngest 34")
            << none << QStringLiteral("26") << born25 << youngestBorn(born34) << age
            << QStringLiteral("年齢条件「26歳以上補償」では、25歳の運転者が補償されません。")
            << QStringLiteral("With the age condition \"26 and over\", a driver aged 25 is not covered.");
        QTest::newRow("worked example: 26, couple, spouse 46")
            << QStringLiteral("couple") << QStringLiteral("26") << born47 << youngestBorn(QDate(1981, 2, 3)) << ok
            << noMsg << noMsg;
        QTest::newRow("unknown condition")
            << none << QStringLiteral("30") << born47 << noYoungest << age << noMsg << noMsg;
    }
    void drivers()
    {
        QFETCH(QString, limit);
        QFETCH(QString, condition);
        QFETCH(QDate, insuredBirth);
        QFETCH(std::optional<YoungestDriver>, youngest);
        QFETCH(QStringList, keys);
        QFETCH(QString, japanese);
        QFETCH(QString, english);
        const auto check = [&](Lang lang) {
            return validateDrivers(limit, condition, insuredBirth, youngest, termStart, lang);
        };
        const QMap<QString, QString> ja = bothLanguages(check);
        QCOMPARE(ja.keys(), keys);
        if (!japanese.isEmpty()) {
            QCOMPARE(ja.value(QStringLiteral("ageCondition")), japanese);
            QCOMPARE(check(Lang::English).value(QStringLiteral("ageCondition")), english);
        }
    }

    void licenceRenewal_data()
    {
        QTest::addColumn<QDate>("renewal");
        QTest::addColumn<QDate>("insuredBirth");
        QTest::addColumn<bool>("valid");
        const QDate born47(1979, 6, 15), born72(1955, 4, 1), born71(1955, 4, 2);
        QTest::newRow("missing") << QDate() << born47 << false;
        QTest::newRow("month before the start") << QDate(2027, 3, 1) << born47 << false;
        QTest::newRow("the start's month") << QDate(2027, 4, 1) << born47 << false;
        QTest::newRow("the start's month, day ignored") << QDate(2027, 4, 30) << born47 << false;
        QTest::newRow("the month after the start") << QDate(2027, 5, 1) << born47 << true;
        QTest::newRow("typical") << QDate(2029, 7, 1) << born47 << true;
        QTest::newRow("5 years on") << QDate(2032, 4, 1) << born47 << true;
        QTest::newRow("5 years and a month") << QDate(2032, 5, 1) << born47 << false;
        QTest::newRow("72: 3 years on") << QDate(2030, 4, 1) << born72 << true;
        QTest::newRow("72: 3 years and a month") << QDate(2030, 5, 1) << born72 << false;
        QTest::newRow("71 (72 the day after): 4 years") << QDate(2031, 4, 1) << born71 << true;
    }
    void licenceRenewal()
    {
        QFETCH(QDate, renewal);
        QFETCH(QDate, insuredBirth);
        QFETCH(bool, valid);
        const QMap<QString, QString> ja =
            bothLanguages([&](Lang lang) { return validateLicenceRenewal(renewal, insuredBirth, termStart, lang); });
        QCOMPARE(ja.isEmpty(), valid);
        if (!valid)
            QCOMPARE(ja.keys(), QStringList{QStringLiteral("nextLicenceRenewal")});
    }

    void licenceRenewalMessages()
    {
        const QDate born47(1979, 6, 15);
        QCOMPARE(validateLicenceRenewal(QDate(2027, 4, 1), born47, termStart, Lang::Japanese)
                     .value(QStringLiteral("nextLicenceRenewal")),
                 QStringLiteral("次回免許更新年月は、保険始期（2027年4月）より後の年月を入力してください。"));
        QCOMPARE(validateLicenceRenewal(QDate(2033, 1, 1), born47, termStart, Lang::English)
                     .value(QStringLiteral("nextLicenceRenewal")),
                 QStringLiteral("The next licence renewal must be no later than April 2032 (within 5 years of the "
                                "start of the new term)."));
        QVERIFY(validateLicenceRenewal(QDate(2031, 1, 1), QDate(1950, 1, 1), termStart, Lang::Japanese)
                    .value(QStringLiteral("nextLicenceRenewal"))
                    .contains(QStringLiteral("72歳以上")));
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *phone, bool valid) {
            QTest::addRow("%s", phone) << QString::fromLatin1(phone) << valid;
        };
        row("03-1234-5678", true);  // 0X-XXXX-XXXX
        row("045-123-4567", true);  // 0XX-XXX-XXXX
        row("0467-12-3456", true);  // 0XXX-XX-XXXX
        row("090-1234-5678", true); // mobiles
        row("080-1234-5678", true);
        row("070-1234-5678", true);
        row("0312345678", true); // without hyphens
        row("09012345678", true);
        row("", false);
        row("03-1234-567", false);   // too short
        row("03-12345-678", false);  // grouping not in the list
        row("031234-5678", false);   // some hyphens only
        row("050-1234-5678", false); // 11 digits but not 070/080/090
        row("060-1234-5678", false);
        row("090-123-4567", false); // a mobile prefix with 10 digits
        row("0901234567", false);
        row("00-1234-5678", false);
        row("3-1234-5678", false);     // no leading 0
        row("123456789012", false);    // 12 digits
        row("03 1234 5678", false);    // spaces
        row("+81-3-1234-5678", false); // international form
        row("03-1234-567a", false);
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(isValidPhone(phone), valid);
    }

    void fullWidthDigitsAreNotAccepted()
    {
        QVERIFY(!isValidPhone(QStringLiteral("０３-１２３４-５６７８")));
        QVERIFY(!isValidPostalCode(QStringLiteral("１００-０００１")));
    }

    void postalCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("100-0001") << QStringLiteral("100-0001") << true;
        QTest::newRow("060-0000") << QStringLiteral("060-0000") << true;
        QTest::newRow("no hyphen") << QStringLiteral("1000001") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("short") << QStringLiteral("100-001") << false;
        QTest::newRow("long") << QStringLiteral("100-00011") << false;
        QTest::newRow("〒 mark") << QStringLiteral("〒100-0001") << false;
        QTest::newRow("letters") << QStringLiteral("ABC-DEFG") << false;
    }
    void postalCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(isValidPostalCode(code), valid);
    }

    void customer_data()
    {
        QTest::addColumn<QString>("postalCode");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QStringList>("keys");
        const QString postal = QStringLiteral("100-0001"), phone = QStringLiteral("090-1234-5678");
        QTest::newRow("valid") << postal << phone << QStringList();
        QTest::newRow("postal code malformed")
            << QStringLiteral("1000001") << phone << QStringList{QStringLiteral("postalCode")};
        QTest::newRow("postal code empty") << QString() << phone << QStringList{QStringLiteral("postalCode")};
        QTest::newRow("phone malformed") << postal << QStringLiteral("12-34") << QStringList{QStringLiteral("phone")};
        QTest::newRow("phone empty") << postal << QString() << QStringList{QStringLiteral("phone")};
        QTest::newRow("both") << QString() << QString()
                              << QStringList{QStringLiteral("phone"), QStringLiteral("postalCode")};
    }
    void customer()
    {
        QFETCH(QString, postalCode);
        QFETCH(QString, phone);
        QFETCH(QStringList, keys);
        const QMap<QString, QString> ja =
            bothLanguages([&](Lang lang) { return validateCustomer(postalCode, phone, lang); });
        QCOMPARE(ja.keys(), keys);
    }

    void customerMessagesDifferForEmptyAndMalformed()
    {
        const QString empty = validateCustomer(QString(), QString(), Lang::Japanese).value(QStringLiteral("phone"));
        const QString bad =
            validateCustomer(QString(), QStringLiteral("1"), Lang::Japanese).value(QStringLiteral("phone"));
        QCOMPARE(empty, QStringLiteral("電話番号を入力してください。"));
        QVERIFY(bad != empty);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
