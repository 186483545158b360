#include "ui/ApplicationSummary.h"

#include "ui/Format.h"
#include "ui/InfoTable.h"
#include "ui/Labels.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace clickar {

namespace {
QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

QString ApplicationSummary::driverCard(bool required)
{
    return required ? tr("Required") : tr("Not required");
}

QString ApplicationSummary::nextNotice(const QString &code)
{
    if (code == QStringLiteral("web"))
        return tr("Web and email");
    if (code == QStringLiteral("post"))
        return tr("Post");
    return orDash(code);
}

QString ApplicationSummary::relation(const QString &code)
{
    if (code == QStringLiteral("spouse"))
        return tr("Spouse");
    if (code == QStringLiteral("child"))
        return tr("Child");
    if (code == QStringLiteral("parent"))
        return tr("Parent");
    if (code == QStringLiteral("self"))
        return tr("The insured");
    if (code == QStringLiteral("other"))
        return tr("Other");
    return orDash(code);
}

ApplicationSummary::Section ApplicationSummary::basics(const Renewal &r)
{
    Section s{QStringLiteral("basics"), tr("Basic information"), {}};
    s.rows.append({QStringLiteral("policyNumber"), tr("Policy number"), r.policyNumber});
    s.rows.append(
        {QStringLiteral("period"), tr("Insurance period"), format::period(r.newPeriod.start, r.newPeriod.end)});
    s.rows.append({QStringLiteral("holder"), tr("Policyholder"), r.holder.name});
    s.rows.append({QStringLiteral("insured"), tr("Named insured"), r.insured.name});
    s.rows.append(
        {QStringLiteral("insuredBirth"), tr("Date of birth of the named insured"), format::date(r.insured.birthDate)});
    s.rows.append({QStringLiteral("licence"), tr("Licence colour"), labels::licenceColour(r.insured.licenceColour)});
    if (r.insured.nextLicenceRenewal.isValid()) {
        s.rows.append({QStringLiteral("nextLicenceRenewal"), tr("Next licence renewal"),
                       format::month(r.insured.nextLicenceRenewal)});
    }
    s.rows.append({QStringLiteral("vehicle"), tr("Vehicle"),
                   tr("%1 (%2)", "car name (model)").arg(r.vehicle.name, orDash(r.vehicle.model))});
    s.rows.append({QStringLiteral("registration"), tr("Registration number"), r.vehicle.registration});
    s.rows.append(
        {QStringLiteral("firstRegistered"), tr("First registered"), format::month(r.vehicle.firstRegistered)});
    s.rows.append({QStringLiteral("use"), tr("Use of the vehicle"), labels::use(r.vehicle.use)});
    s.rows.append({QStringLiteral("limit"), tr("Driver limitation"), labels::limit(r.drivers.limit)});
    s.rows.append({QStringLiteral("ageCondition"), tr("Age condition"), labels::ageCondition(r.drivers.ageCondition)});
    if (r.drivers.youngest) {
        s.rows.append({QStringLiteral("youngest"), tr("Youngest driver"),
                       tr("%1, born %2")
                           .arg(relation(r.drivers.youngest->relation), format::date(r.drivers.youngest->birthDate))});
    }
    const QString accident = r.grade.accidentYears > 0
                                 ? tr("accident coefficient for %n year(s)", nullptr, r.grade.accidentYears)
                                 : tr("no accident coefficient");
    s.rows.append(
        {QStringLiteral("grade"), tr("Non-fleet grade"), tr("Grade %1 (%2)").arg(r.grade.next).arg(accident)});
    return s;
}

ApplicationSummary::Section ApplicationSummary::coverage(const Renewal &r)
{
    Section s{QStringLiteral("coverage"), tr("Coverage"), {}};
    const Plan *plan = r.selectedPlan();
    if (!plan)
        return s;
    const Coverages &c = plan->coverages;
    s.rows.append({QStringLiteral("plan"), tr("Plan"), plan->name});
    s.rows.append(
        {QStringLiteral("bodilyInjury"), tr("Bodily injury liability"), labels::bodilyInjury(c.bodilyInjury)});
    s.rows.append(
        {QStringLiteral("propertyDamage"), tr("Property damage liability"), labels::propertyDamage(c.propertyDamage)});
    s.rows.append({QStringLiteral("personalInjury"), tr("Personal injury"), labels::personalInjury(c.personalInjury)});
    s.rows.append({QStringLiteral("passenger"), tr("Passenger injury"), labels::passenger(c.passenger)});
    QString vehicle = labels::vehicleType(c.vehicle.type);
    if (c.vehicle.type != QStringLiteral("none")) {
        const qint64 amount = c.vehicle.amount > 0 ? c.vehicle.amount : r.vehicle.insuredValue;
        vehicle = tr("%1, insured amount %2, deductible %3")
                      .arg(vehicle, format::yen(amount), labels::deductible(c.vehicle.deductible));
    }
    s.rows.append({QStringLiteral("vehicleCoverage"), tr("Vehicle insurance"), vehicle});
    QStringList riders;
    for (const QString &rider : c.riders)
        riders.append(labels::rider(rider));
    s.rows.append({QStringLiteral("riders"), tr("Riders"), orDash(riders.join(QLatin1Char('\n')))});
    return s;
}

ApplicationSummary::Section ApplicationSummary::premium(const Renewal &r)
{
    Section s{QStringLiteral("premium"), tr("Premium"), {}};
    const Quote &q = r.quote;
    s.rows.append({QStringLiteral("annualPremium"), tr("Annual premium (this year)"), format::yen(q.annualPremium)});
    s.rows.append(
        {QStringLiteral("lastYearPremium"), tr("Annual premium (last year)"), format::yen(r.lastYearPremium)});
    s.rows.append({QStringLiteral("difference"), tr("Difference from last year"),
                   format::yenDifference(q.differenceFromLastYear)});
    s.rows.append(
        {QStringLiteral("paymentMethod"), tr("Payment method"), labels::paymentMethod(r.customer.paymentMethod)});
    s.rows.append({QStringLiteral("perPayment"), tr("Amount per payment"),
                   q.installments > 1 ? tr("%1 × %2 (first payment %3)")
                                            .arg(format::yen(q.perInstallment))
                                            .arg(q.installments)
                                            .arg(format::yen(q.firstInstallment))
                                      : tr("%1, paid once").arg(format::yen(q.annualPremium))});
    if (q.groupDiscountRate > 0) {
        s.rows.append(
            {QStringLiteral("groupDiscount"), tr("Group discount"),
             QStringLiteral("%1%").arg(QLocale(QLocale::English).toString(q.groupDiscountRate * 100, 'g', 4))});
    }
    return s;
}

ApplicationSummary::Section ApplicationSummary::customer(const Renewal &r)
{
    const Customer &c = r.customer;
    Section s{QStringLiteral("customer"), tr("Customer information"), {}};
    s.rows.append({QStringLiteral("address"), tr("Address"),
                   // The address as recorded, after the postal code (with the postal mark in Japanese).
                   (format::isJapanese() ? QStringLiteral("〒%1\n%2%3 %4") : QStringLiteral("%1\n%2%3 %4"))
                       .arg(c.postalCode, c.prefecture, c.address1, c.address2)
                       .trimmed()});
    s.rows.append({QStringLiteral("phone"), tr("Phone number"), c.phone});
    s.rows.append({QStringLiteral("email"), tr("Email"), c.maskedEmail});
    s.rows.append({QStringLiteral("group"), tr("Group"), c.groupName});
    s.rows.append({QStringLiteral("employeeNumber"), tr("Department / employee number"), orDash(c.employeeNumber)});
    return s;
}

ApplicationSummary::Section ApplicationSummary::disclosure(const Renewal &r)
{
    Section s{QStringLiteral("disclosure"), tr("Important matters"), {}};
    for (const DocumentInfo &d : r.documents) {
        // Title and edition; the checksum the app verified is no concern of the person's.
        s.rows.append({QStringLiteral("document_") + d.id, tr("Document"),
                       tr("%1 (%2)", "document title (edition)").arg(d.title, d.version)});
    }
    const bool confirmed = r.isConfirmed(Step::Disclosure);
    s.rows.append(
        {QStringLiteral("eDelivery"), tr("Electronic delivery"), confirmed ? tr("Consented") : QStringLiteral("—")});
    s.rows.append({QStringLiteral("notices"), tr("Matters to disclose and to notify"),
                   confirmed ? tr("Confirmed") : QStringLiteral("—")});
    return s;
}

ApplicationSummary::Section ApplicationSummary::choices(const std::optional<SubmitRequest> &request)
{
    Section s{QStringLiteral("choices"), tr("Application"), {}};
    s.rows.append({QStringLiteral("driverCard"), tr("Driver card"),
                   request ? driverCard(request->driverCard) : QStringLiteral("—")});
    s.rows.append({QStringLiteral("nextNotice"), tr("How to notify you at the next maturity"),
                   request ? nextNotice(request->nextNotice) : QStringLiteral("—")});
    return s;
}

ApplicationSummary::Section ApplicationSummary::submission(const Renewal &r)
{
    Section s{QStringLiteral("submission"), tr("Your application"), {}};
    if (!r.submission)
        return s;
    const SubmitResult &done = *r.submission;
    s.rows.append({QStringLiteral("newPolicyNumber"), tr("New policy number"), done.newPolicyNumber});
    s.rows.append({QStringLiteral("submittedAt"), tr("Applied on"), format::dateTime(done.submittedAt)});
    s.rows.append({QStringLiteral("previousPolicyNumber"), tr("Previous policy number"), r.policyNumber});
    if (!done.confirmationEmail.subject.isEmpty()) {
        s.rows.append({QStringLiteral("thankYouMail"), tr("Confirmation email"),
                       tr("“%1” to %2").arg(done.confirmationEmail.subject, done.confirmationEmail.maskedTo)});
    }
    return s;
}

ApplicationSummary::Section ApplicationSummary::contacts(const std::optional<Support> &support)
{
    Section s{QStringLiteral("contacts"), tr("Contacts"), {}};
    if (!support)
        return s;
    const Contact &insurer = support->insurer;
    s.rows.append(
        {QStringLiteral("insurer"), tr("Insurer"),
         QStringLiteral("%1\n%2\n%3 %4").arg(insurer.name, insurer.address, insurer.phone, support->hours).trimmed()});
    if (support->agency) {
        const Contact &agency = *support->agency;
        s.rows.append(
            {QStringLiteral("agency"), tr("Agency"),
             tr("%1 (%2)\n%3", "agency name (code) and phone").arg(agency.name, agency.code, agency.phone).trimmed()});
    }
    return s;
}

void ApplicationSummary::populate(QVBoxLayout *layout, const QList<Section> &sections)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Section &section : sections) {
        if (section.rows.isEmpty())
            continue;
        auto *table = new InfoTable(section.title);
        table->setObjectName(QStringLiteral("summary_") + section.key);
        for (const Row &row : section.rows)
            table->addRow(row.label, row.value)->setObjectName(QStringLiteral("summary_") + row.key);
        layout->addWidget(table);
    }
}

} // namespace clickar
