#include "mock/Validation.h"

#include "mock/Rating.h"

#include <QRegularExpression>

#include <algorithm>

// Messages are produced by the service in the language the request asks for, so both languages live here rather
// than in the app's translation files.

namespace clickar::rating {

namespace {

QString pick(Lang lang, const QString &japanese, const QString &english)
{
    return lang == Lang::Japanese ? japanese : english;
}

// Minimum age of an age condition; 0 for `all`, nullopt for an unknown code.
std::optional<int> minimumAge(const QString &ageCondition)
{
    if (ageCondition == u"all")
        return 0;
    if (ageCondition == u"21")
        return 21;
    if (ageCondition == u"26")
        return 26;
    if (ageCondition == u"35")
        return 35;
    return std::nullopt;
}

QString conditionName(int minAge, Lang lang)
{
    if (minAge == 0)
        return pick(lang, QStringLiteral("全年齢補償"), QStringLiteral("all ages"));
    return pick(lang, QStringLiteral("%1歳以上補償"), QStringLiteral("%1 and over")).arg(minAge);
}

int monthIndex(const QDate &d)
{
    return d.year() * 12 + d.month() - 1;
}

QString monthName(int index, Lang lang)
{
    static const char16_t *const english[12] = {u"January",   u"February", u"March",    u"April",
                                                u"May",       u"June",     u"July",     u"August",
                                                u"September", u"October",  u"November", u"December"};
    const int year = index / 12;
    const int month = index % 12;
    if (lang == Lang::Japanese)
        return QStringLiteral("%1年%2月").arg(year).arg(month + 1);
    return QStringLiteral("%1 %2").arg(QString::fromUtf16(english[month])).arg(year);
}

bool matchesAny(const QString &s, std::initializer_list<const QRegularExpression *> patterns)
{
    return std::any_of(patterns.begin(), patterns.end(),
                       [&s](const QRegularExpression *re) { return re->match(s).hasMatch(); });
}

} // namespace

QMap<QString, QString> validateDrivers(const QString &limit, const QString &ageCondition, const QDate &insuredBirthDate,
                                       const std::optional<YoungestDriver> &youngest, const QDate &termStart, Lang lang)
{
    QMap<QString, QString> errors;
    const std::optional<int> minAge = minimumAge(ageCondition);
    if (!minAge) {
        errors.insert(QStringLiteral("ageCondition"), pick(lang, QStringLiteral("年齢条件を選択してください。"),
                                                           QStringLiteral("Choose an age condition.")));
        return errors;
    }
    const bool othersDrive = limit != u"self";
    const bool youngestKnown = youngest && youngest->birthDate.isValid();
    if (othersDrive && !youngestKnown && (*minAge == 26 || *minAge == 35)) {
        errors.insert(QStringLiteral("youngest"),
                      pick(lang,
                           QStringLiteral("運転者を本人に限定しない場合は、運転する方のうち最も若い方の生年月日を"
                                          "入力してください。"),
                           QStringLiteral("Drivers are not limited to the insured: enter the date of birth of the "
                                          "youngest driver.")));
    }

    // The youngest driver in scope decides; ages that cannot be computed (-1) are left to other checks.
    int youngestAge = ageOn(insuredBirthDate, termStart);
    if (othersDrive && youngestKnown) {
        const int age = ageOn(youngest->birthDate, termStart);
        if (age >= 0 && (youngestAge < 0 || age < youngestAge))
            youngestAge = age;
    }
    if (youngestAge >= 0 && youngestAge < *minAge) {
        const QString name = conditionName(*minAge, lang);
        errors.insert(QStringLiteral("ageCondition"),
                      pick(lang, QStringLiteral("年齢条件「%1」では、%2歳の運転者が補償されません。"),
                           QStringLiteral("With the age condition \"%1\", a driver aged %2 is not covered."))
                          .arg(name)
                          .arg(youngestAge));
    }
    return errors;
}

QMap<QString, QString> validateLicenceRenewal(const QDate &nextLicenceRenewalMonth, const QDate &insuredBirthDate,
                                              const QDate &termStart, Lang lang)
{
    QMap<QString, QString> errors;
    const QString key = QStringLiteral("nextLicenceRenewal");
    if (!nextLicenceRenewalMonth.isValid()) {
        errors.insert(key, pick(lang, QStringLiteral("次回免許更新年月を入力してください。"),
                                QStringLiteral("Enter the month of the next licence renewal.")));
        return errors;
    }
    if (!termStart.isValid())
        return errors; // nothing to compare with; the term is the service's own data

    const int renewal = monthIndex(nextLicenceRenewalMonth);
    const int start = monthIndex(termStart);
    const bool senior = ageOn(insuredBirthDate, termStart) >= 72;
    const int years = senior ? 3 : 5;
    if (renewal <= start) {
        errors.insert(key,
                      pick(lang, QStringLiteral("次回免許更新年月は、保険始期（%1）より後の年月を入力してください。"),
                           QStringLiteral("The next licence renewal must be after the start of the new term "
                                          "(%1)."))
                          .arg(monthName(start, lang)));
    } else if (renewal > start + 12 * years) {
        const QString reason =
            senior ? pick(lang, QStringLiteral("記名被保険者が72歳以上のため、保険始期から3年以内"),
                          QStringLiteral("within 3 years of the start of the new term, as the insured is 72 or older"))
                   : pick(lang, QStringLiteral("保険始期から5年以内"),
                          QStringLiteral("within 5 years of the start of the new term"));
        errors.insert(key, pick(lang, QStringLiteral("次回免許更新年月は、%1までの年月を入力してください（%2）。"),
                                QStringLiteral("The next licence renewal must be no later than %1 (%2)."))
                               .arg(monthName(start + 12 * years, lang), reason));
    }
    return errors;
}

bool isValidPhone(const QString &phone)
{
    static const QRegularExpression twoFourFour(QStringLiteral("^0[0-9]-[0-9]{4}-[0-9]{4}$"));
    static const QRegularExpression threeThreeFour(QStringLiteral("^0[0-9]{2}-[0-9]{3}-[0-9]{4}$"));
    static const QRegularExpression fourTwoFour(QStringLiteral("^0[0-9]{3}-[0-9]{2}-[0-9]{4}$"));
    static const QRegularExpression mobile(QStringLiteral("^0[789]0-[0-9]{4}-[0-9]{4}$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]{10,11}$"));
    static const QRegularExpression fixedLine(QStringLiteral("^0[1-9][1-9][0-9]{7}$"));
    static const QRegularExpression mobileDigits(QStringLiteral("^0[789]0[0-9]{8}$"));

    if (!matchesAny(phone, {&twoFourFour, &threeThreeFour, &fourTwoFour, &mobile, &digitsOnly}))
        return false;
    QString digits = phone;
    digits.remove(u'-');
    return matchesAny(digits, {&fixedLine, &mobileDigits});
}

bool isValidPostalCode(const QString &code)
{
    static const QRegularExpression postal(QStringLiteral("^[0-9]{3}-[0-9]{4}$"));
    return postal.match(code).hasMatch();
}

QMap<QString, QString> validateCustomer(const QString &postalCode, const QString &phone, Lang lang)
{
    QMap<QString, QString> errors;
    if (postalCode.isEmpty()) {
        errors.insert(QStringLiteral("postalCode"), pick(lang, QStringLiteral("郵便番号を入力してください。"),
                                                         QStringLiteral("Enter the postal code.")));
    } else if (!isValidPostalCode(postalCode)) {
        errors.insert(QStringLiteral("postalCode"),
                      pick(lang, QStringLiteral("郵便番号は「123-4567」の形式で入力してください。"),
                           QStringLiteral("Enter the postal code in the form 123-4567.")));
    }
    if (phone.isEmpty()) {
        errors.insert(QStringLiteral("phone"), pick(lang, QStringLiteral("電話番号を入力してください。"),
                                                    QStringLiteral("Enter a phone number.")));
    } else if (!isValidPhone(phone)) {
        errors.insert(
            QStringLiteral("phone"),
            pick(lang, QStringLiteral("電話番号は「03-1234-5678」「090-1234-5678」のような形式で入力してください。"),
                 QStringLiteral("Enter a Japanese phone number such as 03-1234-5678 or 090-1234-5678.")));
    }
    return errors;
}

} // namespace clickar::rating
