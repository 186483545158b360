// docs/rating.md §6 (the grade for the new term) and the age rule used by §3 and §7, as tests; expected values
// are worked out by hand from docs/rating.md.
#include "mock/Rating.h"

#include <QTest>

using namespace clickar;
using namespace clickar::rating;

class TestGrade : public QObject
{
    Q_OBJECT

private slots:
    void nextGrade_data()
    {
        for (const char *column : {"current", "years", "threeGrade", "oneGrade", "next", "nextYears"})
            QTest::addColumn<int>(column);
        QTest::newRow("no claim 15→16") << 15 << 0 << 0 << 0 << 16 << 0;
        QTest::newRow("no claim 1→2") << 1 << 0 << 0 << 0 << 2 << 0;
        QTest::newRow("no claim 19→20") << 19 << 0 << 0 << 0 << 20 << 0;
        QTest::newRow("no claim, ceiling 20") << 20 << 0 << 0 << 0 << 20 << 0;
        QTest::newRow("no claim, years 3→2") << 6 << 3 << 0 << 0 << 7 << 2;
        QTest::newRow("no claim, years 1→0") << 5 << 1 << 0 << 0 << 6 << 0;
        QTest::newRow("one 3-grade claim 9→6") << 9 << 0 << 1 << 0 << 6 << 3;
        QTest::newRow("one 1-grade claim 7→6") << 7 << 2 << 0 << 1 << 6 << 2;
        QTest::newRow("3-grade + 1-grade 12→8") << 12 << 0 << 1 << 1 << 8 << 4;
        QTest::newRow("floor 1 (3→1)") << 3 << 0 << 1 << 0 << 1 << 3;
        QTest::newRow("floor 1 (2→1, two claims)") << 2 << 0 << 2 << 0 << 1 << 6;
        QTest::newRow("floor 1 stays 1") << 1 << 0 << 0 << 1 << 1 << 1;
        QTest::newRow("years cap 6 (4+3)") << 10 << 5 << 1 << 0 << 7 << 6;
        QTest::newRow("years cap 6 (5+7)") << 12 << 6 << 2 << 1 << 5 << 6;
    }
    void nextGrade()
    {
        QFETCH(int, current);
        QFETCH(int, years);
        QFETCH(int, threeGrade);
        QFETCH(int, oneGrade);
        QFETCH(int, next);
        QFETCH(int, nextYears);
        const NextGrade result = rating::nextGrade(current, years, threeGrade, oneGrade);
        QCOMPARE(result.next, next);
        QCOMPARE(result.accidentYears, nextYears);
    }

    void ageOn() // completed years; the birthday counts; 29 February is reached on 1 March in common years
    {
        QCOMPARE(rating::ageOn(QDate(1979, 6, 15), QDate(2027, 4, 1)), 47);
        QCOMPARE(rating::ageOn(QDate(1979, 6, 15), QDate(2027, 6, 14)), 47);
        QCOMPARE(rating::ageOn(QDate(1979, 6, 15), QDate(2027, 6, 15)), 48);
        QCOMPARE(rating::ageOn(QDate(2000, 2, 29), QDate(2021, 2, 28)), 20);
        QCOMPARE(rating::ageOn(QDate(2000, 2, 29), QDate(2021, 3, 1)), 21);
        QCOMPARE(rating::ageOn(QDate(2000, 2, 29), QDate(2024, 2, 29)), 24);
        QCOMPARE(rating::ageOn(QDate(2027, 4, 1), QDate(2027, 4, 1)), 0);
        QCOMPARE(rating::ageOn(QDate(2027, 4, 2), QDate(2027, 4, 1)), -1); // not yet born
        QCOMPARE(rating::ageOn(QDate(), QDate(2027, 4, 1)), -1);
    }
};

QTEST_GUILESS_MAIN(TestGrade)
#include "tst_grade.moc"
