#pragma once

#include "domain/Renewal.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

// The checks of docs/rating.md §7 that the service enforces (422 validation_failed). Each function returns the field
// messages (field name → message in `lang`); an empty map means the input passes.
namespace clickar::rating {

enum class Lang { Japanese, English };

// 年齢条件 must cover the 記名被保険者 and, unless the limit is `self`, drivers.youngest (ages on termStart).
// Keys: "ageCondition" (an unknown condition, or a driver in scope below its minimum age; the message names the
// youngest such driver's age and the condition), "youngest" (missing, or without a valid birth date, when the
// condition is 26 or 35 and the limit is not `self`). An unknown limit is treated like one that is not `self`.
QMap<QString, QString> validateDrivers(const QString &limit, const QString &ageCondition, const QDate &insuredBirthDate,
                                       const std::optional<YoungestDriver> &youngest, const QDate &termStart,
                                       Lang lang);

// 次回免許更新年月 (a month; the day is ignored) must be a later month than termStart's month and at most 5 years
// after it, i.e. no later than the same month five years on (3 years when the 記名被保険者 is 72 or older on
// termStart). Key: "nextLicenceRenewal".
QMap<QString, QString> validateLicenceRenewal(const QDate &nextLicenceRenewalMonth, const QDate &insuredBirthDate,
                                              const QDate &termStart, Lang lang);

// A Japanese number in ASCII digits: 0X-XXXX-XXXX, 0XX-XXX-XXXX, 0XXX-XX-XXXX (10-digit fixed lines) or
// 070/080/090-XXXX-XXXX (11-digit mobiles), with all the hyphens of one of these forms or none at all.
// A 10-digit number may not begin 0X0 (those prefixes are mobile or non-geographic, never a 10-digit fixed line).
bool isValidPhone(const QString &phone);

// NNN-NNNN in ASCII digits, hyphen required.
bool isValidPostalCode(const QString &code);

// Keys: "postalCode", "phone" (empty or malformed).
QMap<QString, QString> validateCustomer(const QString &postalCode, const QString &phone, Lang lang);

} // namespace clickar::rating
