#include "domain/Contract.h"

#include "domain/Codes.h"
#include "domain/JsonReader.h"

#include <QJsonArray>

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
    c.groupName = r.string(QStringLiteral("groupName"));
    c.status = r.code(QStringLiteral("status"), codes::contractStatuses);
    c.renewalDeadline = r.date(QStringLiteral("renewalDeadline"));
    if (!r.isNullOrAbsent(QStringLiteral("renewalInProgress"))) {
        JsonReader progress = r.object(QStringLiteral("renewalInProgress"));
        c.renewalInProgress = progress.string(QStringLiteral("renewalId"));
        for (const QString &code : progress.stringList(QStringLiteral("confirmedSteps"))) {
            const std::optional<Step> step = stepFromCode(code);
            if (!step)
                return progress.fail(QStringLiteral("confirmedSteps"), QStringLiteral("unknown step")), c;
            c.inProgressConfirmed.append(*step);
        }
    }
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
    if (!renewalInProgress.isEmpty()) {
        QJsonArray steps;
        for (Step step : inProgressConfirmed)
            steps.append(stepCode(step));
        json.insert(QStringLiteral("renewalInProgress"), QJsonObject{{QStringLiteral("renewalId"), renewalInProgress},
                                                                     {QStringLiteral("confirmedSteps"), steps}});
    }
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
