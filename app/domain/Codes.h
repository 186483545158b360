#pragma once

#include <QString>
#include <QStringList>

// The enumeration codes of the service contract (docs/api.md, docs/rating.md). Labels for people live in the UI.
namespace clickar::codes {

inline const QStringList contractStatuses = {QStringLiteral("renewable"), QStringLiteral("renewed"),
                                             QStringLiteral("not_yet"), QStringLiteral("expired")};
inline const QStringList roles = {QStringLiteral("policyholder"), QStringLiteral("agent")};
inline const QStringList limits = {QStringLiteral("none"), QStringLiteral("family"), QStringLiteral("couple"),
                                   QStringLiteral("self")};
inline const QStringList ageConditions = {QStringLiteral("all"), QStringLiteral("21"), QStringLiteral("26"),
                                          QStringLiteral("35")};
inline const QStringList licenceColours = {QStringLiteral("gold"), QStringLiteral("blue"), QStringLiteral("green")};
inline const QStringList uses = {QStringLiteral("leisure"), QStringLiteral("commute"), QStringLiteral("business")};
inline const QStringList paymentMethods = {QStringLiteral("payroll12"), QStringLiteral("lump")};
inline const QStringList nextNotices = {QStringLiteral("web"), QStringLiteral("post")};
inline const QStringList renewalStatuses = {QStringLiteral("draft"), QStringLiteral("submitted")};

inline const QStringList bodilyInjury = {QStringLiteral("unlimited")};
inline const QStringList propertyDamage = {QStringLiteral("unlimited"), QStringLiteral("100m")};
inline const QStringList personalInjury = {QStringLiteral("none"), QStringLiteral("30m"), QStringLiteral("50m"),
                                           QStringLiteral("100m"), QStringLiteral("unlimited")};
inline const QStringList passenger = {QStringLiteral("none"), QStringLiteral("5m"), QStringLiteral("10m")};
inline const QStringList vehicleTypes = {QStringLiteral("none"), QStringLiteral("general"), QStringLiteral("economy")};
inline const QStringList deductibles = {QStringLiteral("0-100k"), QStringLiteral("50k-100k"),
                                        QStringLiteral("100k-100k")};
inline const QStringList riders = {QStringLiteral("lawyer_auto"),        QStringLiteral("lawyer_daily"),
                                   QStringLiteral("personal_liability"), QStringLiteral("bike_self"),
                                   QStringLiteral("bike_personal"),      QStringLiteral("repair_gap"),
                                   QStringLiteral("road_assist")};
inline const QStringList noticeKinds = {QStringLiteral("告知"), QStringLiteral("通知")};

} // namespace clickar::codes
