#pragma once

#include <QString>

// Names for people of the service's codes (docs/rating.md), in the UI language.
namespace clickar::labels {

QString contractStatus(const QString &code);
QString limit(const QString &code);
QString ageCondition(const QString &code);
QString licenceColour(const QString &code);
QString use(const QString &code);
QString paymentMethod(const QString &code);
QString bodilyInjury(const QString &code);
QString personalInjury(const QString &code);
QString propertyDamage(const QString &code);
QString passenger(const QString &code);
QString vehicleType(const QString &code);
QString deductible(const QString &code);
QString rider(const QString &code);

} // namespace clickar::labels
