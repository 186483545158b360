#include "mock/Rating.h"

#include <QSet>

#include <algorithm>
#include <optional>

// Exactness. docs/rating.md §4 floors x to 10-yen units, and x is often a whole number of tens or lies a few hundredths
// of a yen away from one (the worked example gives 35,215.17). Multiplying seven double factors such as 0.48 or
// 0.97, none of which binary floating point represents exactly, gives e.g. 42,569.999999… instead of 42,570 and
// the floor then drops 10 yen. So every figure is kept as an integer: yen in units of 1/100,000 (車両 is
// insuredValue × 35/1,000 × 85/100), each factor in hundredths, the discount in hundredths of a percent. x is then
// one exact fraction N / D and the floor is an integer division. N needs more than 64 bits (main × seven
// factors × discount reaches ~10^30), hence a 128-bit integer. The doubles in the breakdown are only for display.

namespace clickar::rating {

namespace {

__extension__ typedef __int128 Int128; // GCC/Clang extension; __extension__ keeps -Wpedantic quiet

constexpr qint64 yenUnit = 100'000; // main is computed in 1/100,000 yen
constexpr int factorCount = 7;      // class, grade, age band, ×0.97 for `35`, limit, licence colour, use
constexpr qint64 maxInsuredValue = 1'000'000'000'000;

struct Entry
{
    QStringView code;
    int value;
};

std::optional<int> lookup(std::initializer_list<Entry> table, const QString &code)
{
    for (const Entry &e : table) {
        if (e.code == code)
            return e.value;
    }
    return std::nullopt;
}

// §1, yen
std::optional<int> bodilyInjuryYen(const QString &c)
{
    return lookup({{u"unlimited", 18'000}}, c);
}
std::optional<int> propertyDamageYen(const QString &c)
{
    return lookup({{u"unlimited", 12'000}, {u"100m", 11'400}}, c);
}
std::optional<int> personalInjuryYen(const QString &c)
{
    return lookup({{u"none", 0}, {u"30m", 8'000}, {u"50m", 9'500}, {u"100m", 11'500}, {u"unlimited", 13'000}}, c);
}
std::optional<int> passengerYen(const QString &c)
{
    return lookup({{u"none", 0}, {u"5m", 2'000}, {u"10m", 3'200}}, c);
}
std::optional<int> riderYen(const QString &c)
{
    return lookup({{u"lawyer_auto", 1'800},
                   {u"lawyer_daily", 2'700},
                   {u"personal_liability", 1'500},
                   {u"bike_self", 6'000},
                   {u"bike_personal", 14'000},
                   {u"repair_gap", 0},
                   {u"road_assist", 0}},
                  c);
}
// 車両: per mille of the insured value, and the deductible factor in hundredths
std::optional<int> vehiclePerMille(const QString &c)
{
    return lookup({{u"none", 0}, {u"general", 35}, {u"economy", 16}}, c);
}
std::optional<int> deductiblePercent(const QString &c)
{
    return lookup({{u"0-100k", 100}, {u"50k-100k", 85}, {u"100k-100k", 75}}, c);
}

// §2, hundredths
constexpr int classFactors[9] = {80, 87, 94, 100, 108, 117, 126, 136, 147};
constexpr int noAccidentRates[20] = {64,  28,  12,  -2,  -13, -19, -30, -40, -43, -45,
                                     -47, -48, -49, -50, -51, -52, -53, -54, -55, -63};
constexpr int accidentRates[20] = {64,  28,  12,  -2,  -13, -19, -20, -21, -22, -23,
                                   -25, -27, -29, -31, -33, -36, -38, -40, -42, -44};

std::optional<int> limitFactor(const QString &c)
{
    return lookup({{u"none", 100}, {u"family", 97}, {u"couple", 92}, {u"self", 90}}, c);
}
std::optional<int> colourFactor(const QString &c)
{
    return lookup({{u"gold", 88}, {u"blue", 100}, {u"green", 100}}, c);
}
std::optional<int> useFactor(const QString &c)
{
    return lookup({{u"leisure", 100}, {u"commute", 106}, {u"business", 115}}, c);
}

int ageBandFactor(int age)
{
    if (age < 30)
        return 110; // also an unknown age (-1)
    if (age < 40)
        return 100;
    if (age < 50)
        return 98;
    if (age < 60)
        return 100;
    if (age < 70)
        return 106;
    return 125;
}

// The age condition as two hundredths factors: the band (or the flat 1.55 / 1.20) and 0.97 for `35`.
std::pair<int, int> ageConditionFactors(const Input &in)
{
    if (in.ageCondition == u"all")
        return {155, 100};
    if (in.ageCondition == u"21")
        return {120, 100};
    const int band = ageBandFactor(ageOn(in.insuredBirthDate, in.termStart));
    if (in.ageCondition == u"26")
        return {band, 100};
    if (in.ageCondition == u"35")
        return {band, 97};
    return {100, 100};
}

int gradeFactor(int grade, int accidentYears)
{
    const int index = std::clamp(grade, 1, 20) - 1;
    return 100 + (accidentYears > 0 ? accidentRates[index] : noAccidentRates[index]);
}

// main in 1/100,000 yen, exact
qint64 mainUnits(const Coverages &c, qint64 insuredValue)
{
    const qint64 fixed = bodilyInjuryYen(c.bodilyInjury).value_or(0) + propertyDamageYen(c.propertyDamage).value_or(0) +
                         personalInjuryYen(c.personalInjury).value_or(0) + passengerYen(c.passenger).value_or(0);
    const qint64 value = std::clamp<qint64>(insuredValue, 0, maxInsuredValue);
    const qint64 vehicle =
        value * vehiclePerMille(c.vehicle.type).value_or(0) * deductiblePercent(c.vehicle.deductible).value_or(100);
    return fixed * yenUnit + vehicle; // per mille × percent = 1/100,000
}

double hundredths(int h)
{
    return h / 100.0;
}

} // namespace

qint64 mainPremium(const Coverages &c, qint64 insuredValue)
{
    return mainUnits(c, insuredValue) / yenUnit;
}

qint64 ridersPremium(const QStringList &riders)
{
    qint64 sum = 0;
    const QSet<QString> unique(riders.cbegin(), riders.cend());
    for (const QString &r : unique)
        sum += riderYen(r).value_or(0);
    return sum;
}

Quote quote(const Input &in)
{
    const int classF = classFactors[std::clamp(in.ratingClass, 1, 9) - 1];
    const int gradeF = gradeFactor(in.grade, in.accidentYears);
    const auto [ageF, age35F] = ageConditionFactors(in);
    const int limitF = limitFactor(in.limit).value_or(100);
    const int colourF = colourFactor(in.licenceColour).value_or(100);
    const int useF = useFactor(in.use).value_or(100);
    const qint64 discountBasisPoints = std::clamp<qint64>(qRound64(in.groupDiscountRate * 10'000), 0, 10'000);

    Int128 factors = 1;
    for (int f : {classF, gradeF, ageF, age35F, limitF, colourF, useF})
        factors *= f;
    Int128 factorScale = 1;
    for (int i = 0; i < factorCount; ++i)
        factorScale *= 100;

    // x = (main × factors + riders) × (1 − discount) = numerator / denominator, every term an exact integer
    const Int128 beforeDiscount = Int128(mainUnits(in.coverages, in.insuredValue)) * factors +
                                  Int128(ridersPremium(in.coverages.riders)) * yenUnit * factorScale;
    const Int128 numerator = beforeDiscount * (10'000 - discountBasisPoints);
    const Int128 denominator = Int128(yenUnit) * factorScale * 10'000;

    Quote q;
    q.annualPremium = static_cast<qint64>(numerator / (denominator * 10)) * 10; // all terms ≥ 0: division floors
    if (in.paymentMethod == u"lump") {
        q.installments = 1;
        q.perInstallment = q.annualPremium;
        q.firstInstallment = q.annualPremium;
    } else {
        q.installments = 12;
        q.perInstallment = q.annualPremium / 120 * 10;
        q.firstInstallment = q.annualPremium - 11 * q.perInstallment;
    }
    q.groupDiscountRate = in.groupDiscountRate;
    q.differenceFromLastYear = q.annualPremium - in.lastYearPremium;
    q.breakdown = {
        {QStringLiteral("ratingClass"), hundredths(classF)},        {QStringLiteral("grade"), hundredths(gradeF)},
        {QStringLiteral("ageCondition"), ageF * age35F / 10'000.0}, {QStringLiteral("limit"), hundredths(limitF)},
        {QStringLiteral("licenceColour"), hundredths(colourF)},     {QStringLiteral("use"), hundredths(useF)}};
    return q;
}

QStringList invalidInputFields(const Input &in)
{
    QStringList bad;
    const auto check = [&bad](bool ok, const char16_t *field) {
        if (!ok)
            bad << QString::fromUtf16(field);
    };
    const Coverages &c = in.coverages;
    check(in.ratingClass >= 1 && in.ratingClass <= 9, u"ratingClass");
    check(in.insuredValue >= 0 && in.insuredValue <= maxInsuredValue, u"insuredValue");
    check(useFactor(in.use).has_value(), u"use");
    check(in.grade >= 1 && in.grade <= 20, u"grade");
    check(in.accidentYears >= 0 && in.accidentYears <= 6, u"accidentYears");
    check(limitFactor(in.limit).has_value(), u"limit");
    check(in.ageCondition == u"all" || in.ageCondition == u"21" || in.ageCondition == u"26" || in.ageCondition == u"35",
          u"ageCondition");
    const bool needsAge = in.ageCondition == u"26" || in.ageCondition == u"35";
    check(!needsAge || ageOn(in.insuredBirthDate, in.termStart) >= 0, u"insuredBirthDate");
    check(colourFactor(in.licenceColour).has_value(), u"licenceColour");
    check(bodilyInjuryYen(c.bodilyInjury).has_value(), u"coverages.bodilyInjury");
    check(propertyDamageYen(c.propertyDamage).has_value(), u"coverages.propertyDamage");
    check(personalInjuryYen(c.personalInjury).has_value(), u"coverages.personalInjury");
    check(passengerYen(c.passenger).has_value(), u"coverages.passenger");
    check(vehiclePerMille(c.vehicle.type).has_value(), u"coverages.vehicle.type");
    check(deductiblePercent(c.vehicle.deductible).has_value(), u"coverages.vehicle.deductible");
    check(std::all_of(c.riders.cbegin(), c.riders.cend(), [](const QString &r) { return riderYen(r).has_value(); }),
          u"coverages.riders");
    check(in.groupDiscountRate >= 0 && in.groupDiscountRate < 1, u"groupDiscountRate");
    check(in.paymentMethod == u"payroll12" || in.paymentMethod == u"lump", u"paymentMethod");
    return bad;
}

NextGrade nextGrade(int current, int accidentYears, int threeGradeClaims, int oneGradeClaims)
{
    current = std::clamp(current, 1, 20);
    threeGradeClaims = std::max(0, threeGradeClaims);
    oneGradeClaims = std::max(0, oneGradeClaims);
    const int remaining = std::max(0, accidentYears - 1);
    if (threeGradeClaims == 0 && oneGradeClaims == 0)
        return {std::min(20, current + 1), remaining};
    const int down = 3 * threeGradeClaims + oneGradeClaims;
    return {std::max(1, current - down), std::min(6, remaining + down)};
}

int ageOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int age = day.year() - birthDate.year();
    // Compare (month, day): a 29 February birthday is reached on 1 March in a common year.
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace clickar::rating
