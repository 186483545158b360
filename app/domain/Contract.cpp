#include "domain/Contract.h"

#include "domain/Codes.h"
#include "domain/JsonReader.h"

#include <QJsonArray>

#include <limits>

namespace clickar {

Contract Contract::read(JsonReader &r)
{
    Contract c;
    c.policyNumber = r.string(QStringLiteral("policyNumber"));
    c.productName = r.string(QStringLiteral("productName"));
    JsonReader period = r.object(QStringLiteral("period"));
    c.period = Period::read(period);
    JsonReader vehicle = r.object(QStringLiteral("vehicle"));
    c.vehicleName = vehicle.string(QStringLiteral("name"));
    c.registration = vehicle.string(QStringLiteral("registration"));
    c.holderName = r.string(QStringLiteral("holderName"));
    c.holderKana = r.optionalString(QStringLiteral("holderKana"));
    c.groupName = r.string(QStringLiteral("groupName"));
    c.status = r.code(QStringLiteral("status"), codes::contractStatuses);
    c.renewalDeadline = r.date(QStringLiteral("renewalDeadline"));
    c.confirmedSteps = static_cast<int>(r.optionalInteger(QStringLiteral("confirmedSteps"), -1));
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    if (const qint64 days = r.optionalInteger(QStringLiteral("daysLeft"), none); days != none)
        c.daysLeft = static_cast<int>(days);
    return c;
}

QJsonObject Contract::toJson() const
{
    QJsonObject json{{QStringLiteral("policyNumber"), policyNumber},
                     {QStringLiteral("productName"), productName},
                     {QStringLiteral("period"), period.toJson()},
                     {QStringLiteral("vehicle"), QJsonObject{{QStringLiteral("name"), vehicleName},
                                                             {QStringLiteral("registration"), registration}}},
                     {QStringLiteral("holderName"), holderName},
                     {QStringLiteral("groupName"), groupName},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("renewalDeadline"), dateString(renewalDeadline)}};
    if (!holderKana.isEmpty())
        json.insert(QStringLiteral("holderKana"), holderKana);
    if (confirmedSteps >= 0)
        json.insert(QStringLiteral("confirmedSteps"), confirmedSteps);
    if (daysLeft)
        json.insert(QStringLiteral("daysLeft"), *daysLeft);
    return json;
}

Guide Guide::read(JsonReader &r)
{
    Guide g;
    g.maturityDate = r.date(QStringLiteral("maturityDate"));
    g.deadline = r.date(QStringLiteral("deadline"));
    g.estimatedMinutes = static_cast<int>(r.integer(QStringLiteral("estimatedMinutes")));
    g.steps = r.stringList(QStringLiteral("steps"));
    g.bring = r.stringList(QStringLiteral("bring"));
    g.notes = r.optionalStringList(QStringLiteral("notes"));
    return g;
}

QJsonObject Guide::toJson() const
{
    return {{QStringLiteral("maturityDate"), dateString(maturityDate)},
            {QStringLiteral("deadline"), dateString(deadline)},
            {QStringLiteral("estimatedMinutes"), estimatedMinutes},
            {QStringLiteral("steps"), QJsonArray::fromStringList(steps)},
            {QStringLiteral("bring"), QJsonArray::fromStringList(bring)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

} // namespace clickar
