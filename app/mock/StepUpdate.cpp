#include "mock/StepUpdate.h"

#include "mock/Rating.h"
#include "mock/Validation.h"

#include "domain/Codes.h"
#include "domain/PlainText.h"

#include <QJsonValue>

#include <optional>

namespace clickar::stepupdate {

namespace {

constexpr qsizetype maxTextLength = 200;

const QStringList &prefectures()
{
    static const QStringList list = QStringLiteral("北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 "
                                                   "群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 "
                                                   "石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 "
                                                   "京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 "
                                                   "岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 "
                                                   "長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県")
                                        .split(u' ');
    return list;
}

// Reads members of a request body: a wrong JSON type or a missing required member is a bad request, a value
// outside the allowed choices is a field message.
class FieldParser
{
public:
    FieldParser(const QJsonObject &body, Outcome &outcome, MockLang lang)
        : m_body(body)
        , m_outcome(outcome)
        , m_lang(lang)
    {}

    bool present(const QString &key) const { return m_body.contains(key) && !m_body.value(key).isNull(); }

    std::optional<QString> string(const QString &key, bool required)
    {
        if (!present(key)) {
            if (required)
                m_outcome.badRequest = key + QStringLiteral(": missing");
            return std::nullopt;
        }
        const QJsonValue v = m_body.value(key);
        if (!v.isString()) {
            m_outcome.badRequest = key + QStringLiteral(": expected a string");
            return std::nullopt;
        }
        const QString s = v.toString().trimmed();
        if (!isPlainText(s)) {
            field(key, localized(m_lang, QStringLiteral("使用できない文字（制御文字や見えない文字）が含まれています。"),
                                 QStringLiteral("Contains characters that cannot be used (control or invisible "
                                                "characters).")));
            return std::nullopt;
        }
        if (s.size() > maxTextLength) {
            field(key, localized(m_lang, QStringLiteral("%1文字以内で入力してください。"),
                                 QStringLiteral("Enter at most %1 characters."))
                           .arg(maxTextLength));
            return std::nullopt;
        }
        return s;
    }

    std::optional<QString> code(const QString &key, const QStringList &allowed, bool required)
    {
        const std::optional<QString> s = string(key, required);
        if (s && !allowed.contains(*s)) {
            field(key, localized(m_lang, QStringLiteral("選択肢の中から選んでください。"),
                                 QStringLiteral("Choose one of the options.")));
            return std::nullopt;
        }
        return s;
    }

    std::optional<bool> boolean(const QString &key, bool required)
    {
        if (!present(key)) {
            if (required)
                m_outcome.badRequest = key + QStringLiteral(": missing");
            return std::nullopt;
        }
        if (!m_body.value(key).isBool()) {
            m_outcome.badRequest = key + QStringLiteral(": expected true or false");
            return std::nullopt;
        }
        return m_body.value(key).toBool();
    }

    std::optional<QDate> month(const QString &key, bool required)
    {
        const std::optional<QString> s = string(key, required);
        if (!s)
            return std::nullopt;
        const QDate d = QDate::fromString(*s, QStringLiteral("yyyy-MM"));
        if (!d.isValid() || s->size() != 7) {
            field(key, localized(m_lang, QStringLiteral("年月を「2029-07」の形式で入力してください。"),
                                 QStringLiteral("Enter a month as YYYY-MM (e.g. 2029-07).")));
            return std::nullopt;
        }
        return d;
    }

    // youngest: {relation, birthDate} or null/absent (= no youngest driver given).
    std::optional<YoungestDriver> youngest(bool *given)
    {
        *given = m_body.contains(QStringLiteral("youngest"));
        const QJsonValue v = m_body.value(QStringLiteral("youngest"));
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            m_outcome.badRequest = QStringLiteral("youngest: expected an object or null");
            return std::nullopt;
        }
        Outcome inner;
        FieldParser parser(v.toObject(), inner, m_lang);
        const std::optional<QString> relation = parser.string(QStringLiteral("relation"), true);
        const std::optional<QString> birth = parser.string(QStringLiteral("birthDate"), true);
        if (!inner.badRequest.isEmpty()) {
            m_outcome.badRequest = QStringLiteral("youngest.") + inner.badRequest;
            return std::nullopt;
        }
        const QDate birthDate = birth ? QDate::fromString(*birth, Qt::ISODate) : QDate();
        if (!inner.fields.isEmpty() || !relation || relation->isEmpty() || !isPlausibleBirthDate(birthDate) ||
            birth->size() != 10) {
            field(QStringLiteral("youngest"),
                  localized(m_lang,
                            QStringLiteral("最若年運転者の続柄と生年月日（例：1981-02-03）を入力してください。"),
                            QStringLiteral("Enter the youngest driver's relationship and date of birth "
                                           "(e.g. 1981-02-03).")));
            return std::nullopt;
        }
        return YoungestDriver{*relation, birthDate};
    }

    void field(const QString &key, const QString &message)
    {
        if (!m_outcome.fields.contains(key))
            m_outcome.fields.insert(key, message);
    }

private:
    QJsonObject m_body;
    Outcome &m_outcome;
    MockLang m_lang;
};

void merge(QMap<QString, QString> &into, const QMap<QString, QString> &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        if (!into.contains(it.key()))
            into.insert(it.key(), it.value());
    }
}

bool hasPlan(const Renewal &renewal, const QString &planId)
{
    for (const Plan &plan : renewal.plans) {
        if (plan.id == planId)
            return true;
    }
    return false;
}

QString unknownPlanMessage(MockLang lang)
{
    return localized(lang, QStringLiteral("ご提案中のプランから選んでください。"),
                     QStringLiteral("Choose one of the plans offered."));
}

// A youngest driver must be old enough to hold a licence and born before the new term.
void checkYoungestAge(const Renewal &r, FieldParser &p, MockLang lang)
{
    if (!r.drivers.youngest)
        return;
    const int age = rating::ageOn(r.drivers.youngest->birthDate, r.newPeriod.start);
    if (age < 18) {
        p.field(QStringLiteral("youngest"),
                localized(lang, QStringLiteral("最若年運転者の生年月日をご確認ください（保険始期に18歳以上の方）。"),
                          QStringLiteral("Check the youngest driver's date of birth (18 or older when the new "
                                         "term starts).")));
    }
}

void applyBasic(Renewal &r, FieldParser &p, Outcome &o, MockLang lang)
{
    const auto limit = p.code(QStringLiteral("limit"), codes::limits, true);
    const auto age = p.code(QStringLiteral("ageCondition"), codes::ageConditions, true);
    const auto colour = p.code(QStringLiteral("licenceColour"), codes::licenceColours, true);
    if (!o.ok())
        return;
    r.drivers.limit = *limit;
    r.drivers.ageCondition = *age;
    r.insured.licenceColour = *colour;
    // The youngest driver is entered on the next pages: here only the drivers already known are checked.
    QMap<QString, QString> errors = rating::validateDrivers(
        r.drivers.limit, r.drivers.ageCondition, r.insured.birthDate, r.drivers.youngest, r.newPeriod.start, lang);
    errors.remove(QStringLiteral("youngest"));
    merge(o.fields, errors);
}

void applyDetails(Renewal &r, FieldParser &p, Outcome &o, MockLang lang)
{
    const auto licence = p.month(QStringLiteral("nextLicenceRenewal"), true);
    const auto use = p.code(QStringLiteral("use"), codes::uses, true);
    bool given = false;
    const auto youngest = p.youngest(&given);
    if (!o.ok())
        return;
    r.insured.nextLicenceRenewal = *licence;
    r.vehicle.use = *use;
    r.drivers.youngest = youngest;
    checkYoungestAge(r, p, lang);
    merge(o.fields,
          rating::validateLicenceRenewal(r.insured.nextLicenceRenewal, r.insured.birthDate, r.newPeriod.start, lang));
    merge(o.fields, rating::validateDrivers(r.drivers.limit, r.drivers.ageCondition, r.insured.birthDate,
                                            r.drivers.youngest, r.newPeriod.start, lang));
}

void applyCustomer(Renewal &r, FieldParser &p, Outcome &o, MockLang lang)
{
    const auto postal = p.string(QStringLiteral("postalCode"), true);
    const auto prefecture = p.string(QStringLiteral("prefecture"), true);
    const auto address1 = p.string(QStringLiteral("address1"), true);
    const auto address2 = p.string(QStringLiteral("address2"), false);
    const auto phone = p.string(QStringLiteral("phone"), true);
    const auto employee = p.string(QStringLiteral("employeeNumber"), false);
    const auto payment = p.code(QStringLiteral("paymentMethod"), codes::paymentMethods, true);
    if (!o.ok())
        return;
    r.customer.postalCode = *postal;
    r.customer.prefecture = *prefecture;
    r.customer.address1 = *address1;
    r.customer.address2 = address2.value_or(QString());
    r.customer.phone = *phone;
    r.customer.employeeNumber = employee.value_or(QString());
    r.customer.paymentMethod = *payment;
    if (!prefectures().contains(r.customer.prefecture)) {
        p.field(QStringLiteral("prefecture"),
                localized(lang, QStringLiteral("都道府県を選んでください。"), QStringLiteral("Choose a prefecture.")));
    }
    if (r.customer.address1.isEmpty()) {
        p.field(QStringLiteral("address1"), localized(lang, QStringLiteral("市区町村・番地を入力してください。"),
                                                      QStringLiteral("Enter the city and street address.")));
    }
    merge(o.fields, rating::validateCustomer(r.customer.postalCode, r.customer.phone, lang));
}

void applyDisclosure(FieldParser &p, Outcome &o, const QStringList &sha256s, MockLang lang)
{
    const auto consent = p.boolean(QStringLiteral("eDeliveryConsent"), true);
    const auto notices = p.boolean(QStringLiteral("noticesConfirmed"), true);
    const auto sha = p.string(QStringLiteral("documentSha256"), true);
    if (!o.ok())
        return;
    if (!*consent) {
        p.field(QStringLiteral("eDeliveryConsent"),
                localized(lang, QStringLiteral("重要事項等説明書の電磁的交付への同意が必要です。"),
                          QStringLiteral("Consent to electronic delivery of the disclosure document is required.")));
    }
    if (!*notices) {
        p.field(QStringLiteral("noticesConfirmed"),
                localized(lang, QStringLiteral("告知事項・通知事項をご確認ください。"),
                          QStringLiteral("Please confirm the notices.")));
    }
    if (!sha256s.contains(sha->toLower())) {
        p.field(QStringLiteral("documentSha256"),
                localized(lang,
                          QStringLiteral("重要事項等説明書が最新版と一致しません。もう一度開いてご確認ください。"),
                          QStringLiteral("The disclosure document does not match the current version. Please open "
                                         "it again.")));
    }
}

} // namespace

MockReply Outcome::reply(MockLang lang) const
{
    if (!badRequest.isEmpty())
        return mockerror::badRequest(lang, badRequest);
    return mockerror::validation(lang, fields);
}

QString stepOrderMessage(Step missing, MockLang lang)
{
    static const QStringList japanese = {QStringLiteral("事前確認"),         QStringLiteral("契約基本情報の確認"),
                                         QStringLiteral("補償内容の確認"),   QStringLiteral("契約詳細の確認"),
                                         QStringLiteral("決定プランの確認"), QStringLiteral("お客さま情報・支払情報"),
                                         QStringLiteral("重要事項等確認")};
    static const QStringList english = {QStringLiteral("pre-confirmation"), QStringLiteral("basic information"),
                                        QStringLiteral("coverage"),         QStringLiteral("contract details"),
                                        QStringLiteral("chosen plan"),      QStringLiteral("customer and payment"),
                                        QStringLiteral("disclosure")};
    const int index = static_cast<int>(missing);
    return localized(lang, QStringLiteral("前の手順「%1」を先に確認してください。").arg(japanese.at(index)),
                     QStringLiteral("Confirm the earlier step \"%1\" first.").arg(english.at(index)));
}

Outcome apply(Renewal &renewal, Step step, const QJsonObject &body, const QStringList &documentSha256s, MockLang lang)
{
    Outcome o;
    FieldParser p(body, o, lang);
    const std::optional<bool> confirmed = p.boolean(QStringLiteral("confirmed"), true);
    if (!o.ok())
        return o;
    if (!*confirmed) {
        p.field(QStringLiteral("confirmed"), localized(lang, QStringLiteral("確認のチェックが必要です。"),
                                                       QStringLiteral("Please confirm this step.")));
        return o;
    }
    Renewal changed = renewal;
    switch (step) {
    case Step::Basic:
        applyBasic(changed, p, o, lang);
        break;
    case Step::Coverage: {
        const auto planId = p.string(QStringLiteral("planId"), true);
        if (planId && !hasPlan(changed, *planId))
            p.field(QStringLiteral("planId"), unknownPlanMessage(lang));
        else if (planId)
            changed.selectedPlanId = *planId;
        break;
    }
    case Step::Details:
        applyDetails(changed, p, o, lang);
        break;
    case Step::Customer:
        applyCustomer(changed, p, o, lang);
        break;
    case Step::Disclosure:
        applyDisclosure(p, o, documentSha256s, lang);
        break;
    case Step::Preconfirm:
    case Step::Decision:
        break;
    }
    if (o.ok())
        renewal = changed;
    return o;
}

Outcome applySelections(Renewal &renewal, const QJsonObject &body, MockLang lang)
{
    Outcome o;
    FieldParser p(body, o, lang);
    const auto limit = p.code(QStringLiteral("limit"), codes::limits, false);
    const auto age = p.code(QStringLiteral("ageCondition"), codes::ageConditions, false);
    const auto colour = p.code(QStringLiteral("licenceColour"), codes::licenceColours, false);
    const auto planId = p.string(QStringLiteral("planId"), false);
    const auto licence = p.month(QStringLiteral("nextLicenceRenewal"), false);
    const auto use = p.code(QStringLiteral("use"), codes::uses, false);
    bool youngestGiven = false;
    const auto youngest = p.youngest(&youngestGiven);
    const auto payment = p.code(QStringLiteral("paymentMethod"), codes::paymentMethods, false);
    if (planId && !hasPlan(renewal, *planId))
        p.field(QStringLiteral("planId"), unknownPlanMessage(lang));
    if (!o.ok())
        return o;
    renewal.drivers.limit = limit.value_or(renewal.drivers.limit);
    renewal.drivers.ageCondition = age.value_or(renewal.drivers.ageCondition);
    renewal.insured.licenceColour = colour.value_or(renewal.insured.licenceColour);
    renewal.selectedPlanId = planId.value_or(renewal.selectedPlanId);
    renewal.insured.nextLicenceRenewal = licence.value_or(renewal.insured.nextLicenceRenewal);
    renewal.vehicle.use = use.value_or(renewal.vehicle.use);
    if (youngestGiven)
        renewal.drivers.youngest = youngest;
    renewal.customer.paymentMethod = payment.value_or(renewal.customer.paymentMethod);
    return o;
}

QMap<QString, QString> validateForSubmit(const Renewal &r, MockLang lang)
{
    QMap<QString, QString> fields;
    if (const std::optional<Step> missing = r.firstUnconfirmedStep()) {
        fields.insert(QStringLiteral("step"), stepOrderMessage(*missing, lang));
        return fields;
    }
    merge(fields, rating::validateDrivers(r.drivers.limit, r.drivers.ageCondition, r.insured.birthDate,
                                          r.drivers.youngest, r.newPeriod.start, lang));
    merge(fields,
          rating::validateLicenceRenewal(r.insured.nextLicenceRenewal, r.insured.birthDate, r.newPeriod.start, lang));
    merge(fields, rating::validateCustomer(r.customer.postalCode, r.customer.phone, lang));
    return fields;
}

} // namespace clickar::stepupdate
