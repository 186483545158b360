#include "mock/MockRenewals.h"

#include "mock/CustomerSearch.h"
#include "mock/MockLog.h"
#include "mock/MockMails.h"
#include "mock/RenewalBuilder.h"
#include "mock/StepUpdate.h"

#include "domain/Codes.h"
#include "domain/JsonReader.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace clickar {

namespace {
constexpr qsizetype maxIdempotencyKey = 200;

QString randomId()
{
    return QStringLiteral("rn_%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

// If-Match: 3, "3" or W/"3".
std::optional<int> parseVersion(const QByteArray &ifMatch)
{
    QByteArray v = ifMatch.trimmed();
    if (v.startsWith("W/"))
        v = v.mid(2);
    if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
        v = v.mid(1, v.size() - 2);
    bool ok = false;
    const int version = v.toInt(&ok);
    return ok && version >= 0 ? std::optional<int>(version) : std::nullopt;
}
} // namespace

MockRenewals::MockRenewals(const MockClock &clock, Outbox &outbox, RenewalTables &tables)
    : m_clock(clock)
    , m_outbox(outbox)
    , m_tables(tables)
{}

void MockRenewals::save(const ContractState &c)
{
    m_tables.saveContract(ContractRecord{c.seed.policyNumber,
                                         static_cast<int>(m_contractOrder.indexOf(c.seed.policyNumber)), c.maturity,
                                         c.renewed, c.renewedPolicyNumber, c.renewalId});
}

void MockRenewals::startFrom(const Seed *seed)
{
    m_seed = seed;
    m_contracts.clear();
    m_contractOrder.clear();
    m_renewals.clear();
    m_issuedNumbers.clear();
    if (seed)
        m_documents.load(*seed);
}

MockRenewals::RenewalState MockRenewals::newRenewal(const SeedContract &contract, const QDate &maturity) const
{
    RenewalState r;
    r.policyNumber = contract.policyNumber;
    r.renewal = renewalbuilder::build(*m_seed, contract, maturity, randomId());
    r.renewal.customer.maskedEmail = mockmails::maskEmail(contract.email);
    r.renewal.documents = m_documents.infos(MockLang::Japanese);
    return r;
}

void MockRenewals::load(const Seed *seed)
{
    startFrom(seed);
    if (!seed)
        return;
    QHash<QString, const SeedContract *> seeds;
    for (const SeedContract &c : seed->contracts)
        seeds.insert(c.policyNumber, &c);
    for (const ContractRecord &record : m_tables.contracts()) {
        const SeedContract *c = seeds.value(record.policyNumber);
        if (!c)
            continue; // not in this seed (MockStore only loads a database made from the same seed)
        m_contracts.insert(record.policyNumber, ContractState{*c, record.maturity, record.renewed,
                                                              record.renewedPolicyNumber, record.renewalId});
        m_contractOrder.append(record.policyNumber);
        if (record.renewed)
            m_issuedNumbers.insert(record.renewedPolicyNumber);
    }
    for (const RenewalRecord &record : m_tables.renewals())
        m_renewals.insert(record.renewal.id, record);
}

void MockRenewals::reset(const Seed *seed)
{
    startFrom(seed);
    m_tables.clear();
    if (!seed)
        return;
    const QDate today = m_clock.today();
    for (const SeedContract &c : seed->contracts) {
        ContractState state{c, renewalbuilder::maturityDate(c, today), c.renewed, c.renewedPolicyNumber, {}};
        if (c.inProgress && !c.renewed) {
            RenewalState r = newRenewal(c, state.maturity);
            r.renewal.confirmedSteps = c.inProgressSteps;
            if (!c.inProgressPlanId.isEmpty())
                r.renewal.selectedPlanId = c.inProgressPlanId;
            r.renewal.version = 1 + static_cast<int>(c.inProgressSteps.size());
            renewalbuilder::requote(r.renewal, seed->discountRate(c.groupName));
            state.renewalId = r.renewal.id;
            m_renewals.insert(r.renewal.id, r);
            m_tables.saveRenewal(r);
        }
        if (c.renewed)
            m_issuedNumbers.insert(c.renewedPolicyNumber);
        m_contracts.insert(c.policyNumber, state);
        m_contractOrder.append(c.policyNumber);
        save(state);
    }
}

bool MockRenewals::mayAccess(const SeedAccount &account, const ContractState &contract) const
{
    if (account.isAgent())
        return !account.agencyCode.isEmpty() && contract.seed.agencyCode == account.agencyCode;
    return contract.seed.account == account.id;
}

MockRenewals::ContractState *MockRenewals::findContract(const SeedAccount &account, const QString &policyNumber,
                                                        MockReply *error, MockLang lang)
{
    const auto it = m_contracts.find(policyNumber);
    if (it == m_contracts.end()) {
        *error = mockerror::notFound(lang);
        return nullptr;
    }
    if (!mayAccess(account, *it)) {
        *error = mockerror::forbidden(lang);
        return nullptr;
    }
    return &*it;
}

MockRenewals::RenewalState *MockRenewals::findRenewal(const SeedAccount &account, const QString &id, MockReply *error,
                                                      MockLang lang)
{
    const auto it = m_renewals.find(id);
    if (it == m_renewals.end()) {
        *error = mockerror::notFound(lang);
        return nullptr;
    }
    const auto contract = m_contracts.constFind(it->policyNumber);
    if (contract == m_contracts.cend() || !mayAccess(account, *contract)) {
        *error = mockerror::forbidden(lang);
        return nullptr;
    }
    return &*it;
}

QString MockRenewals::status(const ContractState &contract) const
{
    return renewalbuilder::contractStatus(contract.maturity, contract.renewed, m_clock.today());
}

QJsonObject MockRenewals::renewalJson(Renewal renewal, MockLang lang) const
{
    // Kept in the tables as made (Japanese); the service's words are put in the language asked for on the way
    // out, the customer's data stays as recorded.
    const SeedContent &content = m_seed->content(lang);
    for (Plan &plan : renewal.plans)
        plan.name = content.planNames.value(plan.id, plan.name);
    renewal.texts = content.texts;
    renewal.notices = content.notices;
    renewal.documents = m_documents.infos(lang);
    if (renewal.submission)
        renewal.submission->confirmationEmail.subject = mockmails::thankYouSubject(lang);
    return renewal.toJson();
}

Contract MockRenewals::contractJson(const ContractState &c, MockLang lang) const
{
    Contract contract;
    contract.policyNumber = c.seed.policyNumber;
    contract.productName = m_seed->content(lang).productName;
    contract.period = {c.maturity.addYears(-1), c.maturity};
    contract.vehicleName = c.seed.vehicle.name;
    contract.registration = c.seed.vehicle.registration;
    contract.holderName = c.seed.holder.name;
    contract.holderKana = c.seed.holder.nameKana;
    contract.groupName = c.seed.groupName;
    contract.status = status(c);
    contract.renewalDeadline = c.maturity;
    contract.daysLeft = static_cast<int>(m_clock.today().daysTo(c.maturity));
    const auto draft = m_renewals.constFind(c.renewalId);
    if (!c.renewed && draft != m_renewals.cend() && draft->renewal.status == QStringLiteral("draft"))
        contract.confirmedSteps = static_cast<int>(draft->renewal.confirmedSteps.size());
    return contract;
}

MockReply MockRenewals::me(const SeedAccount &account, MockLang lang) const
{
    Me me;
    me.displayName = account.displayName;
    me.maskedEmail = mockmails::maskEmail(account.email);
    me.role = account.role;
    if (account.isAgent())
        me.agency = m_seed->content(lang).agency;
    return MockReply::json(200, me.toJson());
}

MockReply MockRenewals::support(const SeedAccount *account, MockLang lang) const
{
    const SeedContent &content = m_seed->content(lang);
    Support support;
    support.insurer = content.insurer;
    support.hours = content.hours;
    support.registrationUrl = content.registrationUrl;
    if (!account) // before the login: the insurer's contacts and where to register
        return MockReply::json(200, support.toJson());
    bool viaAgency = account->isAgent();
    for (const ContractState &c : m_contracts)
        viaAgency = viaAgency || (c.seed.account == account->id && !c.seed.agencyCode.isEmpty());
    if (viaAgency)
        support.agency = content.agency;
    return MockReply::json(200, support.toJson());
}

MockReply MockRenewals::contracts(const SeedAccount &account, const QString &query, const ContractPage &page,
                                  MockLang lang) const
{
    const QString key = account.isAgent() ? customersearch::key(query) : QString();
    QJsonArray list;
    qsizetype total = 0;
    for (const QString &number : m_contractOrder) {
        const ContractState &c = m_contracts[number];
        if (!mayAccess(account, c) || !customersearch::matches(c.seed, key))
            continue;
        if (total >= page.offset && (page.limit < 0 || list.size() < page.limit))
            list.append(contractJson(c, lang).toJson());
        ++total;
    }
    MockReply reply = MockReply::json(200, list);
    reply.headers.append({QByteArrayLiteral("X-Total-Count"), QByteArray::number(total)});
    return reply;
}

MockReply MockRenewals::guide(const SeedAccount &account, const QString &policyNumber, MockLang lang)
{
    MockReply error;
    const ContractState *c = findContract(account, policyNumber, &error, lang);
    if (!c)
        return error;
    Guide guide = m_seed->content(lang).guide;
    guide.maturityDate = c->maturity;
    guide.deadline = c->maturity;
    return MockReply::json(200, guide.toJson());
}

MockReply MockRenewals::createRenewal(const SeedAccount &account, const QString &policyNumber, MockLang lang)
{
    MockReply error;
    ContractState *c = findContract(account, policyNumber, &error, lang);
    if (!c)
        return error;
    const QString contractStatus = status(*c);
    if (contractStatus != QStringLiteral("renewable"))
        return mockerror::notRenewable(lang, contractStatus);
    if (m_renewals.contains(c->renewalId))
        return MockReply::json(200, renewalJson(m_renewals.value(c->renewalId).renewal, lang));
    const RenewalState r = newRenewal(c->seed, c->maturity);
    c->renewalId = r.renewal.id;
    m_renewals.insert(r.renewal.id, r);
    m_tables.saveRenewal(r);
    save(*c);
    qCDebug(lcMock) << "renewal created";
    return MockReply::json(201, renewalJson(r.renewal, lang));
}

MockReply MockRenewals::renewal(const SeedAccount &account, const QString &id, MockLang lang)
{
    MockReply error;
    const RenewalState *r = findRenewal(account, id, &error, lang);
    return r ? MockReply::json(200, renewalJson(r->renewal, lang)) : error;
}

// The renewal and the step a request changes, while the renewal can still change; else nullptr and the refusal.
MockRenewals::RenewalState *MockRenewals::openStep(const SeedAccount &account, const QString &id,
                                                   const QString &stepCode_, std::optional<Step> *step,
                                                   MockReply *error, MockLang lang)
{
    RenewalState *r = findRenewal(account, id, error, lang);
    if (!r)
        return nullptr;
    *step = stepFromCode(stepCode_);
    if (!*step) {
        *error = mockerror::notFound(lang);
        return nullptr;
    }
    if (r->renewal.status == QStringLiteral("submitted")) {
        *error = mockerror::alreadySubmitted(lang, r->renewal.submission ? r->renewal.submission->newPolicyNumber
                                                                         : QString());
        return nullptr;
    }
    return r;
}

MockReply MockRenewals::putStep(const SeedAccount &account, const QString &id, const QString &stepCode_,
                                const QByteArray &ifMatch, const QJsonObject &body, MockLang lang)
{
    MockReply error;
    std::optional<Step> step;
    RenewalState *r = openStep(account, id, stepCode_, &step, &error, lang);
    if (!r)
        return error;
    if (ifMatch.trimmed().isEmpty())
        return mockerror::badRequest(lang, QStringLiteral("If-Match required"));
    const std::optional<int> version = parseVersion(ifMatch);
    if (!version)
        return mockerror::badRequest(lang, QStringLiteral("If-Match: expected the renewal's version"));
    if (*version != r->renewal.version)
        return mockerror::versionConflict(lang, r->renewal.version);
    const ContractState &contract = m_contracts[r->policyNumber];
    if (status(contract) != QStringLiteral("renewable"))
        return mockerror::notRenewable(lang, status(contract));
    for (Step earlier : allSteps()) {
        if (earlier == *step)
            break;
        if (!r->renewal.isConfirmed(earlier))
            return mockerror::validation(lang, {{QStringLiteral("step"), stepupdate::stepOrderMessage(earlier, lang)}});
    }
    const bool consentStep = *step == Step::Preconfirm || *step == Step::Disclosure;
    if (std::optional<MockReply> refused = checkAttestation(account, body, consentStep, lang))
        return *refused;
    QJsonObject fields = body;
    fields.remove(QStringLiteral("agentAttested"));
    const stepupdate::Outcome outcome = stepupdate::apply(r->renewal, *step, fields, m_documents.sha256s(), lang);
    if (!outcome.ok())
        return outcome.reply(lang);
    if (!r->renewal.isConfirmed(*step)) {
        QList<Step> confirmed;
        for (Step s : allSteps()) {
            if (s == *step || r->renewal.isConfirmed(s))
                confirmed.append(s);
        }
        r->renewal.confirmedSteps = confirmed;
    }
    r->renewal.unconfirmedInputs.remove(stepCode(*step)); // confirmed now: what was kept is what was sent
    ++r->renewal.version;
    renewalbuilder::requote(r->renewal, m_seed->discountRate(contract.seed.groupName));
    m_tables.saveRenewal(*r);
    return MockReply::json(200, renewalJson(r->renewal, lang));
}

MockReply MockRenewals::putInputs(const SeedAccount &account, const QString &id, const QString &stepCode_,
                                  const QJsonObject &body, MockLang lang)
{
    MockReply error;
    std::optional<Step> step;
    RenewalState *r = openStep(account, id, stepCode_, &step, &error, lang);
    if (!r)
        return error;
    // Kept as sent, unchecked: they are only shown again; confirming the step checks them.
    QJsonObject fields = body;
    fields.remove(QStringLiteral("confirmed"));
    r->renewal.unconfirmedInputs.insert(stepCode(*step), fields);
    m_tables.saveRenewal(*r);
    return MockReply::noContent();
}

std::optional<MockReply> MockRenewals::checkAttestation(const SeedAccount &account, const QJsonObject &body,
                                                        bool consent, MockLang lang)
{
    const QJsonValue attested = body.value(QStringLiteral("agentAttested"));
    if (!account.isAgent()) {
        if (attested.isUndefined())
            return std::nullopt;
        return mockerror::validation(
            lang, {{QStringLiteral("agentAttested"),
                    localized(lang, QStringLiteral("代理店による代行のお手続きではありません。"),
                              QStringLiteral("This is not a renewal on a customer's behalf by an agent."))}});
    }
    if (!consent || attested == QJsonValue(true))
        return std::nullopt;
    return mockerror::validation(
        lang, {{QStringLiteral("agentAttested"),
                localized(lang, QStringLiteral("お客さまへの説明とご意向の確認を記録してください。"),
                          QStringLiteral("Record that you explained this to the customer and confirmed their "
                                         "wishes."))}});
}

MockReply MockRenewals::quote(const SeedAccount &account, const QString &id, const QJsonObject &body, MockLang lang)
{
    MockReply error;
    const RenewalState *r = findRenewal(account, id, &error, lang);
    if (!r)
        return error;
    Renewal whatIf = r->renewal;
    const stepupdate::Outcome outcome = stepupdate::applySelections(whatIf, body, lang);
    if (!outcome.ok())
        return outcome.reply(lang);
    renewalbuilder::requote(whatIf, m_seed->discountRate(m_contracts[r->policyNumber].seed.groupName));
    return MockReply::json(200, whatIf.quote.toJson());
}

MockReply MockRenewals::submit(const SeedAccount &account, const QString &id, const QByteArray &idempotencyKey,
                               const QJsonObject &body, MockLang lang)
{
    MockReply error;
    RenewalState *r = findRenewal(account, id, &error, lang);
    if (!r)
        return error;
    const QByteArray key = idempotencyKey.trimmed();
    if (key.isEmpty())
        return mockerror::badRequest(lang, QStringLiteral("Idempotency-Key required"));
    if (key.size() > maxIdempotencyKey)
        return mockerror::badRequest(lang, QStringLiteral("Idempotency-Key: too long"));
    if (r->idempotent.contains(key))
        return r->idempotent.value(key);
    if (r->renewal.submission)
        return mockerror::alreadySubmitted(lang, r->renewal.submission->newPolicyNumber);
    if (std::optional<MockReply> refused = checkAttestation(account, body, true, lang))
        return *refused;
    ContractState &contract = m_contracts[r->policyNumber];
    MockReply reply = applySubmission(*r, contract, body, lang);
    if (reply.status == 200) {
        r->idempotent.insert(key, reply);
        m_tables.saveRenewal(*r);
        m_tables.saveAnswer(r->renewal.id, key, reply);
        save(contract);
    }
    return reply;
}

MockReply MockRenewals::applySubmission(RenewalState &r, ContractState &contract, const QJsonObject &body,
                                        MockLang lang)
{
    JsonReader reader(body);
    const bool driverCard = reader.boolean(QStringLiteral("driverCard"));
    const QString nextNotice = reader.string(QStringLiteral("nextNotice"));
    if (!reader.ok())
        return mockerror::badRequest(lang, reader.error());
    if (!codes::nextNotices.contains(nextNotice)) {
        return mockerror::validation(
            lang, {{QStringLiteral("nextNotice"), localized(lang, QStringLiteral("選択肢の中から選んでください。"),
                                                            QStringLiteral("Choose one of the options."))}});
    }
    const QString contractStatus = status(contract);
    if (contractStatus != QStringLiteral("renewable"))
        return mockerror::notRenewable(lang, contractStatus);
    const QMap<QString, QString> problems = stepupdate::validateForSubmit(r.renewal, lang);
    if (!problems.isEmpty())
        return mockerror::validation(lang, problems);

    SubmitResult result;
    result.newPolicyNumber = newPolicyNumber();
    result.submittedAt = m_clock.now();
    result.confirmationEmail = {mockmails::maskEmail(contract.seed.email), mockmails::thankYouSubject(lang)};
    result.driverCard = driverCard;
    result.nextNotice = nextNotice;
    r.driverCard = driverCard;
    r.nextNotice = nextNotice;
    r.renewal.status = QStringLiteral("submitted");
    r.renewal.submission = result;
    r.renewal.unconfirmedInputs = {};
    ++r.renewal.version;
    contract.renewed = true;
    contract.renewedPolicyNumber = result.newPolicyNumber;
    m_issuedNumbers.insert(result.newPolicyNumber);
    const SeedContent &content = m_seed->content(lang);
    m_outbox.send(mockmails::thankYouMail(contract.seed.email, r.renewal, result, content, lang));
    qCDebug(lcMock) << "renewal submitted";
    return MockReply::json(200, result.toJson());
}

QString MockRenewals::newPolicyNumber() const
{
    for (;;) {
        const QString number =
            QStringLiteral("80%1").arg(QRandomGenerator::system()->bounded(100000000), 8, 10, QLatin1Char('0'));
        if (!m_issuedNumbers.contains(number) && !m_contracts.contains(number))
            return number;
    }
}

MockReply MockRenewals::document(const QString &docId, MockLang lang) const
{
    if (!m_documents.contains(docId, lang))
        return mockerror::notFound(lang);
    return MockReply::binary(m_documents.bytes(docId, lang), QByteArrayLiteral("application/pdf"));
}

} // namespace clickar
