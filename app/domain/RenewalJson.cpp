// JSON codec of the Renewal object (docs/api.md "Renewals"); the smaller value types are in Renewal.cpp.
#include "domain/Codes.h"
#include "domain/JsonReader.h"
#include "domain/Renewal.h"

#include <QJsonArray>

namespace clickar {

namespace {
QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(dateString(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue monthOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(monthString(d)) : QJsonValue(QJsonValue::Null);
}

void readPeople(JsonReader &r, Renewal &n)
{
    JsonReader holder = r.object(QStringLiteral("holder"));
    n.holder.name = holder.string(QStringLiteral("name"));
    n.holder.nameKana = holder.optionalString(QStringLiteral("nameKana"));
    n.holder.birthDate = holder.optionalDate(QStringLiteral("birthDate"));

    JsonReader insured = r.object(QStringLiteral("insured"));
    n.insured.name = insured.string(QStringLiteral("name"));
    n.insured.birthDate = insured.date(QStringLiteral("birthDate"));
    n.insured.licenceColour = insured.code(QStringLiteral("licenceColour"), codes::licenceColours);
    n.insured.nextLicenceRenewal = insured.optionalMonth(QStringLiteral("nextLicenceRenewal"));

    JsonReader drivers = r.object(QStringLiteral("drivers"));
    n.drivers.limit = drivers.code(QStringLiteral("limit"), codes::limits);
    n.drivers.ageCondition = drivers.code(QStringLiteral("ageCondition"), codes::ageConditions);
    if (!drivers.isNullOrAbsent(QStringLiteral("youngest"))) {
        JsonReader youngest = drivers.object(QStringLiteral("youngest"));
        n.drivers.youngest =
            YoungestDriver{youngest.string(QStringLiteral("relation")), youngest.date(QStringLiteral("birthDate"))};
    }
}

void readVehicleAndGrade(JsonReader &r, Renewal &n)
{
    JsonReader vehicle = r.object(QStringLiteral("vehicle"));
    n.vehicle.name = vehicle.string(QStringLiteral("name"));
    n.vehicle.model = vehicle.string(QStringLiteral("model"));
    n.vehicle.registration = vehicle.string(QStringLiteral("registration"));
    n.vehicle.firstRegistered = vehicle.month(QStringLiteral("firstRegistered"));
    n.vehicle.use = vehicle.code(QStringLiteral("use"), codes::uses);
    n.vehicle.ratingClass = static_cast<int>(vehicle.integer(QStringLiteral("ratingClass")));
    n.vehicle.insuredValue = vehicle.integer(QStringLiteral("insuredValue"));

    JsonReader grade = r.object(QStringLiteral("grade"));
    n.grade.current = static_cast<int>(grade.integer(QStringLiteral("current")));
    n.grade.next = static_cast<int>(grade.integer(QStringLiteral("next")));
    n.grade.accidentYears = static_cast<int>(grade.integer(QStringLiteral("accidentYears")));
    if (r.ok() && (n.grade.next < 1 || n.grade.next > 20 || n.grade.current < 1 || n.grade.current > 20))
        grade.fail(QStringLiteral("next"), QStringLiteral("grade out of range"));
}

void readCustomer(JsonReader &r, Renewal &n)
{
    JsonReader c = r.object(QStringLiteral("customer"));
    n.customer.postalCode = c.string(QStringLiteral("postalCode"));
    n.customer.prefecture = c.string(QStringLiteral("prefecture"));
    n.customer.address1 = c.string(QStringLiteral("address1"));
    n.customer.address2 = c.optionalString(QStringLiteral("address2"));
    n.customer.phone = c.string(QStringLiteral("phone"));
    n.customer.maskedEmail = c.string(QStringLiteral("maskedEmail"));
    n.customer.groupName = c.string(QStringLiteral("groupName"));
    n.customer.employeeNumber = c.optionalString(QStringLiteral("employeeNumber"));
    n.customer.paymentMethod = c.code(QStringLiteral("paymentMethod"), codes::paymentMethods);
}

void readDocumentsAndTexts(JsonReader &r, Renewal &n)
{
    for (JsonReader d : r.objectArray(QStringLiteral("documents"))) {
        n.documents.append({d.string(QStringLiteral("id")), d.string(QStringLiteral("title")),
                            d.string(QStringLiteral("version")), d.string(QStringLiteral("sha256")),
                            static_cast<int>(d.integer(QStringLiteral("pages")))});
    }
    for (JsonReader notice : r.objectArray(QStringLiteral("notices"))) {
        n.notices.append({notice.string(QStringLiteral("id")), notice.code(QStringLiteral("kind"), codes::noticeKinds),
                          notice.string(QStringLiteral("text"))});
    }
    JsonReader texts = r.object(QStringLiteral("texts"));
    n.texts.privacy = texts.string(QStringLiteral("privacy"));
    n.texts.solicitation = texts.string(QStringLiteral("solicitation"));
    n.texts.notes = texts.string(QStringLiteral("notes"));
}
} // namespace

Renewal Renewal::read(JsonReader &r)
{
    Renewal n;
    n.id = r.string(QStringLiteral("id"));
    n.version = static_cast<int>(r.integer(QStringLiteral("version")));
    n.policyNumber = r.string(QStringLiteral("policyNumber"));
    n.status = r.code(QStringLiteral("status"), codes::renewalStatuses);
    for (const QString &code : r.stringList(QStringLiteral("confirmedSteps"))) {
        const std::optional<Step> step = stepFromCode(code);
        if (!step) {
            r.fail(QStringLiteral("confirmedSteps"), QStringLiteral("unknown step"));
            break;
        }
        n.confirmedSteps.append(*step);
    }
    JsonReader period = r.object(QStringLiteral("newPeriod"));
    n.newPeriod = Period::read(period);
    readPeople(r, n);
    readVehicleAndGrade(r, n);
    for (JsonReader plan : r.objectArray(QStringLiteral("plans")))
        n.plans.append(Plan::read(plan));
    n.selectedPlanId = r.optionalString(QStringLiteral("selectedPlanId"));
    JsonReader quote = r.object(QStringLiteral("quote"));
    n.quote = Quote::read(quote);
    n.lastYearPremium = r.integer(QStringLiteral("lastYearPremium"));
    readCustomer(r, n);
    readDocumentsAndTexts(r, n);
    if (!r.isNullOrAbsent(QStringLiteral("submission"))) {
        JsonReader submission = r.object(QStringLiteral("submission"));
        n.submission = SubmitResult::read(submission);
    }
    n.unconfirmedInputs = r.optionalRawObject(QStringLiteral("unconfirmedInputs"));
    for (auto it = n.unconfirmedInputs.begin(); it != n.unconfirmedInputs.end(); ++it) {
        if (!stepFromCode(it.key()) || !it->isObject()) {
            r.fail(QStringLiteral("unconfirmedInputs"), QStringLiteral("not a step's fields"));
            break;
        }
    }
    return n;
}

QJsonObject Renewal::toJson() const
{
    QJsonArray steps;
    for (Step step : confirmedSteps)
        steps.append(stepCode(step));
    QJsonObject driversJson{{QStringLiteral("limit"), drivers.limit},
                            {QStringLiteral("ageCondition"), drivers.ageCondition}};
    if (drivers.youngest) {
        driversJson.insert(QStringLiteral("youngest"),
                           QJsonObject{{QStringLiteral("relation"), drivers.youngest->relation},
                                       {QStringLiteral("birthDate"), dateString(drivers.youngest->birthDate)}});
    }
    QJsonArray plansJson;
    for (const Plan &plan : plans)
        plansJson.append(plan.toJson());
    QJsonArray documentsJson;
    for (const DocumentInfo &d : documents) {
        documentsJson.append(QJsonObject{{QStringLiteral("id"), d.id},
                                         {QStringLiteral("title"), d.title},
                                         {QStringLiteral("version"), d.version},
                                         {QStringLiteral("sha256"), d.sha256},
                                         {QStringLiteral("pages"), d.pages}});
    }
    QJsonArray noticesJson;
    for (const Notice &notice : notices) {
        noticesJson.append(QJsonObject{{QStringLiteral("id"), notice.id},
                                       {QStringLiteral("kind"), notice.kind},
                                       {QStringLiteral("text"), notice.text}});
    }
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("version"), version},
        {QStringLiteral("policyNumber"), policyNumber},
        {QStringLiteral("status"), status},
        {QStringLiteral("confirmedSteps"), steps},
        {QStringLiteral("newPeriod"), newPeriod.toJson()},
        {QStringLiteral("holder"), QJsonObject{{QStringLiteral("name"), holder.name},
                                               {QStringLiteral("nameKana"), holder.nameKana},
                                               {QStringLiteral("birthDate"), dateOrNull(holder.birthDate)}}},
        {QStringLiteral("insured"),
         QJsonObject{{QStringLiteral("name"), insured.name},
                     {QStringLiteral("birthDate"), dateString(insured.birthDate)},
                     {QStringLiteral("licenceColour"), insured.licenceColour},
                     {QStringLiteral("nextLicenceRenewal"), monthOrNull(insured.nextLicenceRenewal)}}},
        {QStringLiteral("vehicle"),
         QJsonObject{{QStringLiteral("name"), vehicle.name},
                     {QStringLiteral("model"), vehicle.model},
                     {QStringLiteral("registration"), vehicle.registration},
                     {QStringLiteral("firstRegistered"), monthString(vehicle.firstRegistered)},
                     {QStringLiteral("use"), vehicle.use},
                     {QStringLiteral("ratingClass"), vehicle.ratingClass},
                     {QStringLiteral("insuredValue"), vehicle.insuredValue}}},
        {QStringLiteral("drivers"), driversJson},
        {QStringLiteral("grade"), QJsonObject{{QStringLiteral("current"), grade.current},
                                              {QStringLiteral("next"), grade.next},
                                              {QStringLiteral("accidentYears"), grade.accidentYears}}},
        {QStringLiteral("plans"), plansJson},
        {QStringLiteral("selectedPlanId"), selectedPlanId},
        {QStringLiteral("quote"), quote.toJson()},
        {QStringLiteral("lastYearPremium"), lastYearPremium},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("postalCode"), customer.postalCode},
                                                 {QStringLiteral("prefecture"), customer.prefecture},
                                                 {QStringLiteral("address1"), customer.address1},
                                                 {QStringLiteral("address2"), customer.address2},
                                                 {QStringLiteral("phone"), customer.phone},
                                                 {QStringLiteral("maskedEmail"), customer.maskedEmail},
                                                 {QStringLiteral("groupName"), customer.groupName},
                                                 {QStringLiteral("employeeNumber"), customer.employeeNumber},
                                                 {QStringLiteral("paymentMethod"), customer.paymentMethod}}},
        {QStringLiteral("documents"), documentsJson},
        {QStringLiteral("notices"), noticesJson},
        {QStringLiteral("texts"), QJsonObject{{QStringLiteral("privacy"), texts.privacy},
                                              {QStringLiteral("solicitation"), texts.solicitation},
                                              {QStringLiteral("notes"), texts.notes}}},
        {QStringLiteral("submission"), submission ? QJsonValue(submission->toJson()) : QJsonValue(QJsonValue::Null)},
    };
    if (!unconfirmedInputs.isEmpty())
        json.insert(QStringLiteral("unconfirmedInputs"), unconfirmedInputs);
    return json;
}

} // namespace clickar
