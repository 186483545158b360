#include "mock/SeedData.h"

#include "domain/Codes.h"
#include "domain/JsonReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace clickar {

namespace {

Contact readContact(JsonReader r)
{
    Contact c;
    c.name = r.string(QStringLiteral("name"));
    c.code = r.optionalString(QStringLiteral("code"));
    c.address = r.optionalString(QStringLiteral("address"));
    c.phone = r.optionalString(QStringLiteral("phone"));
    c.url = r.optionalString(QStringLiteral("url"));
    return c;
}

// The service's words at the top level (Japanese, `fallback` null) or in the "en" object, where whatever is left
// out is taken from `fallback`: notices, documents and plans by id, so that both languages name the same ones.
SeedContent readContent(JsonReader r, const SeedContent *fallback)
{
    SeedContent content = fallback ? *fallback : SeedContent{};
    const auto contact = [&r, fallback](const QString &key, Contact c) {
        if (!fallback)
            return readContact(r.object(key));
        if (r.isNullOrAbsent(key))
            return c;
        JsonReader o = r.object(key);
        c.name = o.optionalString(QStringLiteral("name"), c.name);
        c.address = o.optionalString(QStringLiteral("address"), c.address);
        return c;
    };
    content.insurer = contact(QStringLiteral("insurer"), content.insurer);
    content.insurerShortName = r.isNullOrAbsent(QStringLiteral("insurer"))
                                   ? content.insurerShortName
                                   : r.object(QStringLiteral("insurer"))
                                         .optionalString(QStringLiteral("shortName"),
                                                         fallback ? content.insurerShortName : content.insurer.name);
    content.registrationUrl = r.isNullOrAbsent(QStringLiteral("insurer"))
                                  ? content.registrationUrl
                                  : r.object(QStringLiteral("insurer"))
                                        .optionalString(QStringLiteral("registrationUrl"),
                                                        fallback ? content.registrationUrl : content.insurer.url);
    content.agency = contact(QStringLiteral("agency"), content.agency);
    content.hours =
        fallback ? r.optionalString(QStringLiteral("hours"), content.hours) : r.string(QStringLiteral("hours"));
    content.productName = fallback ? r.optionalString(QStringLiteral("productName"), content.productName)
                                   : r.string(QStringLiteral("productName"));
    if (!fallback || !r.isNullOrAbsent(QStringLiteral("texts"))) {
        JsonReader texts = r.object(QStringLiteral("texts"));
        content.texts = {texts.string(QStringLiteral("privacy")), texts.string(QStringLiteral("solicitation")),
                         texts.string(QStringLiteral("notes"))};
    }
    if (!fallback) {
        for (JsonReader n : r.objectArray(QStringLiteral("notices"))) {
            content.notices.append({n.string(QStringLiteral("id")), n.code(QStringLiteral("kind"), codes::noticeKinds),
                                    n.string(QStringLiteral("text"))});
        }
    } else if (!r.isNullOrAbsent(QStringLiteral("notices"))) {
        for (JsonReader n : r.objectArray(QStringLiteral("notices"))) {
            const QString id = n.string(QStringLiteral("id"));
            const QString text = n.string(QStringLiteral("text"));
            const auto it = std::find_if(content.notices.begin(), content.notices.end(),
                                         [&id](const Notice &notice) { return notice.id == id; });
            if (it == content.notices.end())
                n.fail(QStringLiteral("id"), QStringLiteral("no such notice at the top level"));
            else
                it->text = text;
        }
    }
    if (!fallback || !r.isNullOrAbsent(QStringLiteral("documents"))) {
        for (JsonReader d : r.objectArray(QStringLiteral("documents"))) {
            SeedDocument document;
            document.info.id = d.string(QStringLiteral("id"));
            document.info.title = d.string(QStringLiteral("title"));
            document.info.version = d.string(QStringLiteral("version"));
            document.resource = d.string(QStringLiteral("resource"));
            if (!fallback) {
                content.documents.append(document);
                continue;
            }
            const auto it =
                std::find_if(content.documents.begin(), content.documents.end(),
                             [&document](const SeedDocument &doc) { return doc.info.id == document.info.id; });
            if (it == content.documents.end())
                d.fail(QStringLiteral("id"), QStringLiteral("no such document at the top level"));
            else
                *it = document;
        }
    }
    if (!fallback || !r.isNullOrAbsent(QStringLiteral("guide"))) {
        JsonReader guide = r.object(QStringLiteral("guide"));
        content.guide.estimatedMinutes =
            fallback ? static_cast<int>(
                           guide.optionalInteger(QStringLiteral("estimatedMinutes"), content.guide.estimatedMinutes))
                     : static_cast<int>(guide.integer(QStringLiteral("estimatedMinutes")));
        content.guide.steps = guide.stringList(QStringLiteral("steps"));
        content.guide.bring = guide.stringList(QStringLiteral("bring"));
        content.guide.notes = guide.optionalStringList(QStringLiteral("notes"));
    }
    if (fallback && !r.isNullOrAbsent(QStringLiteral("plans"))) {
        for (JsonReader p : r.objectArray(QStringLiteral("plans"))) {
            const QString id = p.string(QStringLiteral("id"));
            if (r.ok() && !content.planNames.contains(id))
                p.fail(QStringLiteral("id"), QStringLiteral("no such plan at the top level"));
            content.planNames.insert(id, p.string(QStringLiteral("name")));
        }
    }
    return content;
}

SeedPlan readPlan(JsonReader &r)
{
    SeedPlan p;
    p.id = r.string(QStringLiteral("id"));
    p.name = r.string(QStringLiteral("name"));
    p.fromLastYear = r.optionalBoolean(QStringLiteral("fromLastYear"), false);
    if (!p.fromLastYear) {
        JsonReader coverages = r.object(QStringLiteral("coverages"));
        p.coverages = Coverages::read(coverages);
        JsonReader vehicle = coverages.object(QStringLiteral("vehicle"));
        p.vehicleOnlyIfInsured = vehicle.optionalBoolean(QStringLiteral("onlyIfInsured"), false);
    }
    return p;
}

void readDrivers(JsonReader r, SeedContract &c)
{
    c.drivers.limit = r.code(QStringLiteral("limit"), codes::limits);
    c.drivers.ageCondition = r.code(QStringLiteral("ageCondition"), codes::ageConditions);
    if (r.isNullOrAbsent(QStringLiteral("youngest")))
        return;
    JsonReader y = r.object(QStringLiteral("youngest"));
    YoungestDriver youngest;
    youngest.relation = y.string(QStringLiteral("relation"));
    if (y.has(QStringLiteral("ageAtNewTerm"))) {
        c.youngestAgeAtNewTerm = static_cast<int>(y.integer(QStringLiteral("ageAtNewTerm")));
        c.youngestMonthsAfterBirthday = static_cast<int>(y.optionalInteger(QStringLiteral("monthsAfterBirthday"), 1));
        if (r.ok() && (c.youngestAgeAtNewTerm < 16 || c.youngestAgeAtNewTerm > 100 ||
                       c.youngestMonthsAfterBirthday < 0 || c.youngestMonthsAfterBirthday > 11))
            y.fail(QStringLiteral("ageAtNewTerm"), QStringLiteral("out of range"));
    } else {
        youngest.birthDate = y.date(QStringLiteral("birthDate"));
    }
    c.drivers.youngest = youngest;
}

void readInProgress(JsonReader r, SeedContract &c)
{
    c.inProgress = true;
    const QStringList steps = r.stringList(QStringLiteral("confirmedSteps"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const std::optional<Step> step = stepFromCode(steps.at(i));
        if (!step || i >= allSteps().size() || *step != allSteps().at(i)) {
            r.fail(QStringLiteral("confirmedSteps"), QStringLiteral("must be the first steps, in order"));
            return;
        }
        c.inProgressSteps.append(*step);
    }
    c.inProgressPlanId = r.optionalString(QStringLiteral("selectedPlanId"));
}

SeedContract readContract(JsonReader &r)
{
    SeedContract c;
    c.policyNumber = r.string(QStringLiteral("policyNumber"));
    static const QRegularExpression tenDigits(QStringLiteral("^[0-9]{10}$"));
    if (r.ok() && !tenDigits.match(c.policyNumber).hasMatch())
        r.fail(QStringLiteral("policyNumber"), QStringLiteral("expected 10 digits"));
    c.account = r.optionalString(QStringLiteral("account"));
    c.agencyCode = r.optionalString(QStringLiteral("agency"));
    c.email = r.string(QStringLiteral("email"));
    c.maturesInDays = static_cast<int>(r.integer(QStringLiteral("maturesInDays")));
    const QString status = r.optionalString(QStringLiteral("status"));
    if (r.ok() && !status.isEmpty() && status != QStringLiteral("renewed"))
        r.fail(QStringLiteral("status"), QStringLiteral("only \"renewed\" can be given"));
    c.renewed = status == QStringLiteral("renewed");
    c.renewedPolicyNumber = r.optionalString(QStringLiteral("renewedPolicyNumber"));
    if (r.ok() && c.renewed && !tenDigits.match(c.renewedPolicyNumber).hasMatch())
        r.fail(QStringLiteral("renewedPolicyNumber"), QStringLiteral("expected 10 digits"));

    JsonReader holder = r.object(QStringLiteral("holder"));
    c.holder.name = holder.string(QStringLiteral("name"));
    c.holder.nameKana = holder.string(QStringLiteral("nameKana"));
    c.holder.birthDate = holder.date(QStringLiteral("birthDate"));
    c.licenceColour = holder.code(QStringLiteral("licenceColour"), codes::licenceColours);

    JsonReader v = r.object(QStringLiteral("vehicle"));
    c.vehicle.name = v.string(QStringLiteral("name"));
    c.vehicle.model = v.string(QStringLiteral("model"));
    c.vehicle.registration = v.string(QStringLiteral("registration"));
    c.vehicle.firstRegistered = v.month(QStringLiteral("firstRegistered"));
    c.vehicle.use = v.code(QStringLiteral("use"), codes::uses);
    c.vehicle.ratingClass = static_cast<int>(v.integer(QStringLiteral("ratingClass")));
    c.vehicle.insuredValue = v.integer(QStringLiteral("insuredValue"));
    if (r.ok() && (c.vehicle.ratingClass < 1 || c.vehicle.ratingClass > 9))
        v.fail(QStringLiteral("ratingClass"), QStringLiteral("expected 1…9"));
    if (r.ok() && c.vehicle.insuredValue < 0)
        v.fail(QStringLiteral("insuredValue"), QStringLiteral("negative"));

    readDrivers(r.object(QStringLiteral("drivers")), c);

    JsonReader g = r.object(QStringLiteral("grade"));
    c.gradeCurrent = static_cast<int>(g.integer(QStringLiteral("current")));
    c.accidentYears = static_cast<int>(g.optionalInteger(QStringLiteral("accidentYears"), 0));
    c.threeGradeClaims = static_cast<int>(g.optionalInteger(QStringLiteral("threeGradeClaims"), 0));
    c.oneGradeClaims = static_cast<int>(g.optionalInteger(QStringLiteral("oneGradeClaims"), 0));
    if (r.ok() && (c.gradeCurrent < 1 || c.gradeCurrent > 20 || c.accidentYears < 0 || c.accidentYears > 6 ||
                   c.threeGradeClaims < 0 || c.oneGradeClaims < 0))
        g.fail(QStringLiteral("current"), QStringLiteral("out of range"));

    c.groupName = r.string(QStringLiteral("group"));
    JsonReader cu = r.object(QStringLiteral("customer"));
    c.customer.postalCode = cu.string(QStringLiteral("postalCode"));
    c.customer.prefecture = cu.string(QStringLiteral("prefecture"));
    c.customer.address1 = cu.string(QStringLiteral("address1"));
    c.customer.address2 = cu.optionalString(QStringLiteral("address2"));
    c.customer.phone = cu.string(QStringLiteral("phone"));
    c.customer.employeeNumber = cu.optionalString(QStringLiteral("employeeNumber"));
    c.customer.paymentMethod = cu.code(QStringLiteral("paymentMethod"), codes::paymentMethods);

    JsonReader last = r.object(QStringLiteral("lastYear"));
    JsonReader coverages = last.object(QStringLiteral("coverages"));
    c.lastYearCoverages = Coverages::read(coverages);
    c.lastYearPremium = last.optionalInteger(QStringLiteral("premium"), -1);
    if (!r.isNullOrAbsent(QStringLiteral("inProgress")))
        readInProgress(r.object(QStringLiteral("inProgress")), c);
    return c;
}

// Cross-references: unique ids, accounts and groups that exist, a plan built from last year's coverages.
QString checkReferences(const Seed &seed)
{
    QSet<QString> ids;
    QSet<QString> emails;
    for (const SeedAccount &a : seed.accounts) {
        if (ids.contains(a.id) || emails.contains(a.email.toLower()))
            return QStringLiteral("accounts: duplicate id or email");
        ids.insert(a.id);
        emails.insert(a.email.toLower());
        if (a.isAgent() && a.agencyCode.isEmpty())
            return QStringLiteral("accounts: an agent needs an agency code");
    }
    QSet<QString> planIds;
    for (const SeedPlan &p : seed.plans) {
        if (planIds.contains(p.id))
            return QStringLiteral("plans: duplicate id %1").arg(p.id);
        planIds.insert(p.id);
    }
    if (seed.plans.isEmpty())
        return QStringLiteral("plans: at least one plan is needed");
    QSet<QString> numbers;
    for (const SeedContract &c : seed.contracts) {
        const QString where = QStringLiteral("contracts[%1]: ").arg(numbers.size());
        if (numbers.contains(c.policyNumber))
            return where + QStringLiteral("duplicate policy number");
        numbers.insert(c.policyNumber);
        if (!c.account.isEmpty() && !ids.contains(c.account))
            return where + QStringLiteral("unknown account");
        if (c.account.isEmpty() && c.agencyCode.isEmpty())
            return where + QStringLiteral("neither an account nor an agency");
        bool groupKnown = false;
        for (const SeedGroup &g : seed.groups)
            groupKnown = groupKnown || g.name == c.groupName;
        if (!groupKnown)
            return where + QStringLiteral("unknown group");
        if (c.inProgress && !c.inProgressPlanId.isEmpty() && !planIds.contains(c.inProgressPlanId))
            return where + QStringLiteral("unknown selectedPlanId");
    }
    return {};
}

} // namespace

double Seed::discountRate(const QString &groupName) const
{
    for (const SeedGroup &g : groups) {
        if (g.name == groupName)
            return g.discountRate;
    }
    return 0;
}

const SeedAccount *Seed::account(const QString &id) const
{
    for (const SeedAccount &a : accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

std::optional<Seed> Seed::load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open (%2)").arg(fileName, file.errorString());
        return std::nullopt;
    }
    constexpr qint64 maxSize = 16 * 1024 * 1024;
    if (file.size() > maxSize) {
        *error = QStringLiteral("%1: larger than 16 MiB").arg(fileName);
        return std::nullopt;
    }
    QString problem;
    std::optional<Seed> seed = parse(file.readAll(), &problem);
    if (!seed)
        *error = QStringLiteral("%1: %2").arg(fileName, problem);
    return seed;
}

std::optional<Seed> Seed::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                : QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    JsonReader r(doc.object());
    Seed seed;
    for (JsonReader g : r.objectArray(QStringLiteral("groups"))) {
        const SeedGroup group{g.string(QStringLiteral("name")), g.number(QStringLiteral("discountRate"))};
        if (r.ok() && (group.discountRate < 0 || group.discountRate >= 1))
            g.fail(QStringLiteral("discountRate"), QStringLiteral("expected 0 ≤ rate < 1"));
        seed.groups.append(group);
    }
    for (JsonReader p : r.objectArray(QStringLiteral("plans")))
        seed.plans.append(readPlan(p));
    for (JsonReader a : r.objectArray(QStringLiteral("accounts"))) {
        SeedAccount account;
        account.id = a.string(QStringLiteral("id"));
        account.email = a.string(QStringLiteral("email"));
        account.password = a.string(QStringLiteral("password"));
        account.otp = a.boolean(QStringLiteral("otp"));
        account.role = a.code(QStringLiteral("role"), codes::roles);
        account.displayName = a.string(QStringLiteral("displayName"));
        account.agencyCode = a.optionalString(QStringLiteral("agency"));
        seed.accounts.append(account);
    }
    for (JsonReader c : r.objectArray(QStringLiteral("contracts")))
        seed.contracts.append(readContract(c));
    seed.japanese = readContent(r, nullptr);
    for (const SeedPlan &plan : std::as_const(seed.plans))
        seed.japanese.planNames.insert(plan.id, plan.name);
    seed.english = r.isNullOrAbsent(QStringLiteral("en")) ? seed.japanese
                                                          : readContent(r.object(QStringLiteral("en")), &seed.japanese);
    if (!r.ok()) {
        *error = r.error();
        return std::nullopt;
    }
    const QString problem = checkReferences(seed);
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return seed;
}

} // namespace clickar
