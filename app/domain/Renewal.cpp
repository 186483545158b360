#include "domain/Renewal.h"

#include "domain/Codes.h"
#include "domain/JsonReader.h"

#include <QJsonArray>

namespace clickar {

Period Period::read(JsonReader &r)
{
    Period p;
    p.start = r.date(QStringLiteral("start"));
    p.end = r.date(QStringLiteral("end"));
    if (r.ok() && p.end < p.start)
        r.fail(QStringLiteral("end"), QStringLiteral("before start"));
    return p;
}

QJsonObject Period::toJson() const
{
    return {{QStringLiteral("start"), dateString(start)}, {QStringLiteral("end"), dateString(end)}};
}

Coverages Coverages::read(JsonReader &r)
{
    Coverages c;
    c.bodilyInjury = r.code(QStringLiteral("bodilyInjury"), codes::bodilyInjury);
    c.propertyDamage = r.code(QStringLiteral("propertyDamage"), codes::propertyDamage);
    c.personalInjury = r.code(QStringLiteral("personalInjury"), codes::personalInjury);
    c.passenger = r.code(QStringLiteral("passenger"), codes::passenger);
    JsonReader v = r.object(QStringLiteral("vehicle"));
    c.vehicle.type = v.code(QStringLiteral("type"), codes::vehicleTypes);
    c.vehicle.amount = v.optionalInteger(QStringLiteral("amount"), 0);
    c.vehicle.deductible = v.optionalString(QStringLiteral("deductible"), QStringLiteral("0-100k"));
    if (r.ok() && !codes::deductibles.contains(c.vehicle.deductible))
        v.fail(QStringLiteral("deductible"), QStringLiteral("unknown code"));
    c.riders = r.stringList(QStringLiteral("riders"));
    for (const QString &rider : std::as_const(c.riders)) {
        if (r.ok() && !codes::riders.contains(rider))
            r.fail(QStringLiteral("riders"), QStringLiteral("unknown code"));
    }
    return c;
}

QJsonObject Coverages::toJson() const
{
    return {{QStringLiteral("bodilyInjury"), bodilyInjury},
            {QStringLiteral("propertyDamage"), propertyDamage},
            {QStringLiteral("personalInjury"), personalInjury},
            {QStringLiteral("passenger"), passenger},
            {QStringLiteral("vehicle"), QJsonObject{{QStringLiteral("type"), vehicle.type},
                                                    {QStringLiteral("amount"), vehicle.amount},
                                                    {QStringLiteral("deductible"), vehicle.deductible}}},
            {QStringLiteral("riders"), QJsonArray::fromStringList(riders)}};
}

Quote Quote::read(JsonReader &r)
{
    Quote q;
    q.annualPremium = r.integer(QStringLiteral("annualPremium"));
    q.installments = static_cast<int>(r.integer(QStringLiteral("installments")));
    if (r.ok() && q.installments != 1 && q.installments != 12)
        r.fail(QStringLiteral("installments"), QStringLiteral("expected 1 or 12"));
    q.perInstallment = r.integer(QStringLiteral("perInstallment"));
    q.firstInstallment = r.integer(QStringLiteral("firstInstallment"));
    q.groupDiscountRate = r.number(QStringLiteral("groupDiscountRate"));
    q.differenceFromLastYear = r.integer(QStringLiteral("differenceFromLastYear"));
    const QList<JsonReader> items = r.objectArray(QStringLiteral("breakdown"));
    for (JsonReader item : items)
        q.breakdown.append({item.string(QStringLiteral("label")), item.number(QStringLiteral("factor"))});
    return q;
}

QJsonObject Quote::toJson() const
{
    QJsonArray items;
    for (const BreakdownItem &item : breakdown)
        items.append(QJsonObject{{QStringLiteral("label"), item.label}, {QStringLiteral("factor"), item.factor}});
    return {{QStringLiteral("annualPremium"), annualPremium},
            {QStringLiteral("installments"), installments},
            {QStringLiteral("perInstallment"), perInstallment},
            {QStringLiteral("firstInstallment"), firstInstallment},
            {QStringLiteral("groupDiscountRate"), groupDiscountRate},
            {QStringLiteral("differenceFromLastYear"), differenceFromLastYear},
            {QStringLiteral("breakdown"), items}};
}

Plan Plan::read(JsonReader &r)
{
    Plan p;
    p.id = r.string(QStringLiteral("id"));
    p.name = r.string(QStringLiteral("name"));
    JsonReader coverages = r.object(QStringLiteral("coverages"));
    p.coverages = Coverages::read(coverages);
    JsonReader quote = r.object(QStringLiteral("quote"));
    p.quote = Quote::read(quote);
    return p;
}

QJsonObject Plan::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("coverages"), coverages.toJson()},
            {QStringLiteral("quote"), quote.toJson()}};
}

SubmitResult SubmitResult::read(JsonReader &r)
{
    SubmitResult s;
    s.newPolicyNumber = r.string(QStringLiteral("newPolicyNumber"));
    const QString at = r.string(QStringLiteral("submittedAt"));
    s.submittedAt = QDateTime::fromString(at, Qt::ISODate);
    if (r.ok() && !s.submittedAt.isValid())
        r.fail(QStringLiteral("submittedAt"), QStringLiteral("expected a date-time"));
    JsonReader mail = r.object(QStringLiteral("confirmationEmail"));
    s.confirmationEmail.maskedTo = mail.string(QStringLiteral("maskedTo"));
    s.confirmationEmail.subject = mail.string(QStringLiteral("subject"));
    if (r.has(QStringLiteral("driverCard")))
        s.driverCard = r.boolean(QStringLiteral("driverCard"));
    if (r.has(QStringLiteral("nextNotice")))
        s.nextNotice = r.code(QStringLiteral("nextNotice"), codes::nextNotices);
    return s;
}

QJsonObject SubmitResult::toJson() const
{
    QJsonObject json{
        {QStringLiteral("newPolicyNumber"), newPolicyNumber},
        {QStringLiteral("submittedAt"), submittedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("confirmationEmail"), QJsonObject{{QStringLiteral("maskedTo"), confirmationEmail.maskedTo},
                                                          {QStringLiteral("subject"), confirmationEmail.subject}}}};
    if (driverCard)
        json.insert(QStringLiteral("driverCard"), *driverCard);
    if (!nextNotice.isEmpty())
        json.insert(QStringLiteral("nextNotice"), nextNotice);
    return json;
}

std::optional<Step> Renewal::firstUnconfirmedStep() const
{
    for (Step step : allSteps()) {
        if (!isConfirmed(step))
            return step;
    }
    return std::nullopt;
}

const Plan *Renewal::selectedPlan() const
{
    for (const Plan &plan : plans) {
        if (plan.id == selectedPlanId)
            return &plan;
    }
    return nullptr;
}

} // namespace clickar
