#pragma once

#include "domain/Renewal.h"

#include <QDate>
#include <QString>
#include <QStringList>

// The premium model of docs/rating.md, used by the mock renewal service. Every figure there is part of the contract;
// this implementation computes it exactly (see Rating.cpp for how floating point is kept out of the result).
namespace clickar::rating {

struct Input
{
    int ratingClass = 1;          // vehicle rating class 1…9
    qint64 insuredValue = 0;      // yen; the base of 車両保険 (Coverages::vehicle.amount is not used)
    QString use;                  // leisure | commute | business
    int grade = 6;                // grade for the NEW term (grade.next)
    int accidentYears = 0;        // 事故有係数適用期間 for the new term; > 0 selects the 事故有 column
    QString limit;                // none | family | couple | self
    QString ageCondition;         // all | 21 | 26 | 35
    QDate insuredBirthDate;       // 記名被保険者
    QString licenceColour;        // gold | blue | green
    QDate termStart;              // newPeriod.start
    Coverages coverages;          // the plan's coverages
    double groupDiscountRate = 0; // 0.15, 0.20, 0.25 …
    QString paymentMethod;        // payroll12 | lump
    qint64 lastYearPremium = 0;   // for differenceFromLastYear
};

// The quote for `input`: annualPremium, installments, perInstallment, firstInstallment, groupDiscountRate,
// differenceFromLastYear, and the breakdown of the factors applied to `main` (labels are codes:
// ratingClass, grade, ageCondition, limit, licenceColour, use).
// quote() is total: out-of-range numbers are clamped and unknown codes count as factor 1.00 / 0 yen, so callers
// that must reject bad input (the service answers 422) check invalidInputFields() first.
Quote quote(const Input &input);

// Names of the Input fields holding a value outside the contract (rating class, grade, codes, rate…); empty if none.
QStringList invalidInputFields(const Input &input);

struct NextGrade
{
    int next;
    int accidentYears;
};

// docs/rating.md §6: the grade and accident years for the new term after the ending term's counted claims.
NextGrade nextGrade(int current, int accidentYears, int threeGradeClaims, int oneGradeClaims);

// Age in completed years on `day` (the birthday itself counts; a 29 February birthday is reached on 1 March in
// common years, as under Japan's 年齢計算ニ関スル法律). -1 for invalid dates or a day before the birth date.
int ageOn(const QDate &birthDate, const QDate &day);

// The `main` sum of docs/rating.md §2 (対人 + 対物 + 人身傷害 + 搭乗者 + 車両) in whole yen. 車両 can have a
// fraction of a yen (insuredValue × 3.5 % × 0.85); this returns it truncated, while quote() uses the exact value.
qint64 mainPremium(const Coverages &c, qint64 insuredValue);

// The flat riders of docs/rating.md §2; unknown codes count 0 and a code listed twice counts once.
qint64 ridersPremium(const QStringList &riders);

} // namespace clickar::rating
