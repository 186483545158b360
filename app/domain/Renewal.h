#pragma once

#include "domain/Step.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clickar {

class JsonReader;

struct Period
{
    QDate start;
    QDate end;
    static Period read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Period &) const = default;
};

struct VehicleCoverage
{
    QString type = QStringLiteral("none"); // none | general | economy
    qint64 amount = 0;                     // insured amount in yen (0 when none)
    QString deductible = QStringLiteral("0-100k");
    bool operator==(const VehicleCoverage &) const = default;
};

struct Coverages
{
    QString bodilyInjury = QStringLiteral("unlimited");
    QString propertyDamage = QStringLiteral("unlimited");
    QString personalInjury = QStringLiteral("none");
    QString passenger = QStringLiteral("none");
    VehicleCoverage vehicle;
    QStringList riders;
    static Coverages read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Coverages &) const = default;
};

struct BreakdownItem
{
    QString label;
    double factor = 1.0;
    bool operator==(const BreakdownItem &) const = default;
};

struct Quote
{
    qint64 annualPremium = 0;
    int installments = 12;
    qint64 perInstallment = 0;
    qint64 firstInstallment = 0;
    double groupDiscountRate = 0;
    qint64 differenceFromLastYear = 0;
    QList<BreakdownItem> breakdown;
    static Quote read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Quote &) const = default;
};

struct Plan
{
    QString id;
    QString name;
    Coverages coverages;
    Quote quote;
    static Plan read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Plan &) const = default;
};

struct Holder
{
    QString name;
    QString nameKana;
    QDate birthDate;
    bool operator==(const Holder &) const = default;
};

struct Insured
{
    QString name;
    QDate birthDate;
    QString licenceColour;    // gold | blue | green
    QDate nextLicenceRenewal; // month; null until entered
    bool operator==(const Insured &) const = default;
};

struct Vehicle
{
    QString name;
    QString model;
    QString registration;
    QDate firstRegistered; // month
    QString use;           // leisure | commute | business
    int ratingClass = 1;
    qint64 insuredValue = 0;
    bool operator==(const Vehicle &) const = default;
};

struct YoungestDriver
{
    QString relation;
    QDate birthDate;
    bool operator==(const YoungestDriver &) const = default;
};

struct Drivers
{
    QString limit;        // none | family | couple | self
    QString ageCondition; // all | 21 | 26 | 35
    std::optional<YoungestDriver> youngest;
    bool operator==(const Drivers &) const = default;
};

struct Grade
{
    int current = 6;
    int next = 7;
    int accidentYears = 0;
    bool operator==(const Grade &) const = default;
};

struct Customer
{
    QString postalCode;
    QString prefecture;
    QString address1;
    QString address2;
    QString phone;
    QString maskedEmail;
    QString groupName;
    QString employeeNumber;
    QString paymentMethod; // payroll12 | lump
    bool operator==(const Customer &) const = default;
};

struct DocumentInfo
{
    QString id;
    QString title;
    QString version;
    QString sha256;
    int pages = 0;
    bool operator==(const DocumentInfo &) const = default;
};

struct Notice
{
    QString id;
    QString kind; // 告知 | 通知
    QString text;
    bool operator==(const Notice &) const = default;
};

struct Texts
{
    QString privacy;
    QString solicitation;
    QString notes;
    bool operator==(const Texts &) const = default;
};

struct ConfirmationEmail
{
    QString maskedTo;
    QString subject;
    bool operator==(const ConfirmationEmail &) const = default;
};

struct SubmitResult
{
    QString newPolicyNumber;
    QDateTime submittedAt;
    ConfirmationEmail confirmationEmail;
    // What was chosen on page 8, as the service keeps it (absent from services that do not return it).
    std::optional<bool> driverCard;
    QString nextNotice; // web | post; empty when not returned
    static SubmitResult read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const SubmitResult &) const = default;
};

// The server-side draft of one renewal: everything the nine wizard pages show and change.
struct Renewal
{
    QString id;
    int version = 0;
    QString policyNumber;
    QString status = QStringLiteral("draft"); // draft | submitted
    QList<Step> confirmedSteps;
    Period newPeriod;
    Holder holder;
    Insured insured;
    Vehicle vehicle;
    Drivers drivers;
    Grade grade;
    QList<Plan> plans;
    QString selectedPlanId;
    Quote quote;
    qint64 lastYearPremium = 0;
    Customer customer;
    QList<DocumentInfo> documents;
    QList<Notice> notices;
    Texts texts;
    std::optional<SubmitResult> submission;
    // Step name → the step's fields kept without confirming them (PUT /renewals/{id}/inputs/{step}).
    QJsonObject unconfirmedInputs;

    bool isConfirmed(Step step) const { return confirmedSteps.contains(step); }
    // The first step not yet confirmed, or nullopt when all seven are.
    std::optional<Step> firstUnconfirmedStep() const;
    const Plan *selectedPlan() const;

    static Renewal read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Renewal &) const = default;
};

} // namespace clickar
