#pragma once

#include "domain/Account.h"
#include "domain/Contract.h"
#include "domain/Renewal.h"
#include "mock/Validation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace clickar {

struct SeedGroup
{
    QString name;
    double discountRate = 0;
};

struct SeedAccount
{
    QString id;
    QString email;
    QString password;
    bool otp = false;
    QString role; // policyholder | agent
    QString displayName;
    QString agencyCode; // agents: the agency whose customers they serve
    bool isAgent() const { return role == QStringLiteral("agent"); }
};

// A plan offered with every renewal: either last year's coverages or fixed coverages; a vehicle cover marked
// onlyIfInsured becomes "none" for a car that had no vehicle cover last year.
struct SeedPlan
{
    QString id;
    QString name; // Japanese; SeedContent::planNames has it in each language
    bool fromLastYear = false;
    Coverages coverages;
    bool vehicleOnlyIfInsured = false;
};

struct SeedDocument
{
    DocumentInfo info; // sha256 and pages are filled from the resource when the service loads
    QString resource;  // file or Qt resource path of the PDF
};

// One contract of the demo data. Dates are relative to the service's today (maturesInDays); birth dates are
// absolute, except a youngest driver given as "ageAtNewTerm" (so suzuki's son is 20 whatever today is).
struct SeedContract
{
    QString policyNumber;
    QString account;    // the policyholder's MyPage account ("" for customers without one)
    QString agencyCode; // the agency handling the contract ("" for none)
    QString email;      // where the thank-you mail goes
    int maturesInDays = 0;
    bool renewed = false;
    QString renewedPolicyNumber;
    Holder holder; // also the 記名被保険者
    QString licenceColour;
    Vehicle vehicle;
    Drivers drivers;
    int youngestAgeAtNewTerm = -1;
    int youngestMonthsAfterBirthday = 0;
    int gradeCurrent = 6;
    int accidentYears = 0;
    int threeGradeClaims = 0;
    int oneGradeClaims = 0;
    QString groupName;
    Customer customer; // without maskedEmail and groupName
    Coverages lastYearCoverages;
    qint64 lastYearPremium = -1; // -1: computed from last year's grade and coverages
    bool inProgress = false;
    QList<Step> inProgressSteps;
    QString inProgressPlanId;
};

// The service's own words in one language: what the contract list, the guide, the renewal, the help and the mails
// say. Customer data (names, addresses, vehicles, plates, groups) is not part of it: it stays as recorded.
struct SeedContent
{
    Contact insurer;
    QString insurerShortName;
    QString registrationUrl; // マイページ会員登録 on the insurer's website
    QString hours;
    Contact agency;
    QString productName;
    Texts texts;
    QList<Notice> notices;
    QList<SeedDocument> documents;
    Guide guide;
    QHash<QString, QString> planNames; // by plan id
};

struct Seed
{
    // The seed's top level is Japanese (the default); its "en" object gives the English, and anything it leaves
    // out stays Japanese.
    SeedContent japanese;
    SeedContent english;
    const SeedContent &content(rating::Lang lang) const { return lang == rating::Lang::English ? english : japanese; }
    QList<SeedGroup> groups;
    QList<SeedPlan> plans;
    QList<SeedAccount> accounts;
    QList<SeedContract> contracts;

    double discountRate(const QString &groupName) const;
    const SeedAccount *account(const QString &id) const;

    // Reads and checks a seed file (a path or a ":/" resource). On failure: nullopt and a message naming the
    // file and the first problem (with its JSON path).
    static std::optional<Seed> load(const QString &fileName, QString *error);
    static std::optional<Seed> parse(const QByteArray &json, QString *error);
};

} // namespace clickar
