#include "mock/RenewalBuilder.h"

namespace clickar::renewalbuilder {

namespace {
constexpr int renewalWindowDays = 60;

Coverages withVehicleAmount(Coverages coverages, qint64 insuredValue)
{
    coverages.vehicle.amount = coverages.vehicle.type == QStringLiteral("none") ? 0 : insuredValue;
    return coverages;
}
} // namespace

QDate maturityDate(const SeedContract &contract, const QDate &loadDay)
{
    return loadDay.addDays(contract.maturesInDays);
}

QString contractStatus(const QDate &maturity, bool renewed, const QDate &today)
{
    if (renewed)
        return QStringLiteral("renewed");
    if (today < maturity.addDays(-renewalWindowDays))
        return QStringLiteral("not_yet");
    if (today > maturity)
        return QStringLiteral("expired");
    return QStringLiteral("renewable");
}

std::optional<YoungestDriver> youngestDriver(const SeedContract &contract, const QDate &termStart)
{
    std::optional<YoungestDriver> youngest = contract.drivers.youngest;
    if (youngest && contract.youngestAgeAtNewTerm >= 0) {
        youngest->birthDate =
            termStart.addYears(-contract.youngestAgeAtNewTerm).addMonths(-contract.youngestMonthsAfterBirthday);
    }
    return youngest;
}

QList<Plan> plans(const Seed &seed, const SeedContract &contract)
{
    const bool insuredLastYear = contract.lastYearCoverages.vehicle.type != QStringLiteral("none");
    QList<Plan> result;
    for (const SeedPlan &template_ : seed.plans) {
        Plan plan;
        plan.id = template_.id;
        plan.name = template_.name;
        plan.coverages = template_.fromLastYear ? contract.lastYearCoverages : template_.coverages;
        if (!template_.fromLastYear && template_.vehicleOnlyIfInsured && !insuredLastYear)
            plan.coverages.vehicle = VehicleCoverage{};
        plan.coverages = withVehicleAmount(plan.coverages, contract.vehicle.insuredValue);
        result.append(plan);
    }
    return result;
}

rating::Input ratingInput(const Renewal &renewal, const Coverages &coverages, double discountRate)
{
    rating::Input in;
    in.ratingClass = renewal.vehicle.ratingClass;
    in.insuredValue = renewal.vehicle.insuredValue;
    in.use = renewal.vehicle.use;
    in.grade = renewal.grade.next;
    in.accidentYears = renewal.grade.accidentYears;
    in.limit = renewal.drivers.limit;
    in.ageCondition = renewal.drivers.ageCondition;
    in.insuredBirthDate = renewal.insured.birthDate;
    in.licenceColour = renewal.insured.licenceColour;
    in.termStart = renewal.newPeriod.start;
    in.coverages = coverages;
    in.groupDiscountRate = discountRate;
    in.paymentMethod = renewal.customer.paymentMethod;
    in.lastYearPremium = renewal.lastYearPremium;
    return in;
}

void requote(Renewal &renewal, double discountRate)
{
    for (Plan &plan : renewal.plans)
        plan.quote = rating::quote(ratingInput(renewal, plan.coverages, discountRate));
    if (const Plan *selected = renewal.selectedPlan())
        renewal.quote = selected->quote;
    else if (!renewal.plans.isEmpty())
        renewal.quote = renewal.plans.first().quote;
}

qint64 lastYearPremium(const Seed &seed, const SeedContract &contract, const QDate &maturity)
{
    if (contract.lastYearPremium >= 0)
        return contract.lastYearPremium;
    rating::Input in;
    in.ratingClass = contract.vehicle.ratingClass;
    in.insuredValue = contract.vehicle.insuredValue;
    in.use = contract.vehicle.use;
    in.grade = contract.gradeCurrent;
    in.accidentYears = contract.accidentYears;
    in.limit = contract.drivers.limit;
    in.ageCondition = contract.drivers.ageCondition;
    in.insuredBirthDate = contract.holder.birthDate;
    in.licenceColour = contract.licenceColour;
    in.termStart = maturity.addYears(-1);
    in.coverages = withVehicleAmount(contract.lastYearCoverages, contract.vehicle.insuredValue);
    in.groupDiscountRate = seed.discountRate(contract.groupName);
    in.paymentMethod = contract.customer.paymentMethod;
    return rating::quote(in).annualPremium;
}

Renewal build(const Seed &seed, const SeedContract &contract, const QDate &maturity, const QString &id)
{
    Renewal r;
    r.id = id;
    r.version = 1;
    r.policyNumber = contract.policyNumber;
    r.status = QStringLiteral("draft");
    r.newPeriod = {maturity, maturity.addYears(1)};
    r.holder = contract.holder;
    r.insured = {contract.holder.name, contract.holder.birthDate, contract.licenceColour, QDate()};
    r.vehicle = contract.vehicle;
    r.drivers = contract.drivers;
    r.drivers.youngest = youngestDriver(contract, r.newPeriod.start);
    const rating::NextGrade next = rating::nextGrade(contract.gradeCurrent, contract.accidentYears,
                                                     contract.threeGradeClaims, contract.oneGradeClaims);
    r.grade = {contract.gradeCurrent, next.next, next.accidentYears};
    r.plans = plans(seed, contract);
    r.selectedPlanId = r.plans.isEmpty() ? QString() : r.plans.first().id;
    r.lastYearPremium = lastYearPremium(seed, contract, maturity);
    r.customer = contract.customer;
    r.customer.groupName = contract.groupName;
    for (const SeedDocument &d : seed.japanese.documents)
        r.documents.append(d.info);
    r.notices = seed.japanese.notices;
    r.texts = seed.japanese.texts;
    requote(r, seed.discountRate(contract.groupName));
    return r;
}

} // namespace clickar::renewalbuilder
