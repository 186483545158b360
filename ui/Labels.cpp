#include "Labels.h"

#include <QCoreApplication>

namespace clickar::labels {

namespace {
QString t(const char *text)
{
    return QCoreApplication::translate("Labels", text);
}
} // namespace

QString contractStatus(const QString &code)
{
    if (code == QStringLiteral("renewable"))
        return t("Renewal open");
    if (code == QStringLiteral("renewed"))
        return t("Renewed");
    if (code == QStringLiteral("not_yet"))
        return t("Renewal not yet open");
    if (code == QStringLiteral("expired"))
        return t("Expired");
    return code;
}

QString limit(const QString &code)
{
    if (code == QStringLiteral("none"))
        return t("No limitation");
    if (code == QStringLiteral("family"))
        return t("Family only");
    if (code == QStringLiteral("couple"))
        return t("Insured and spouse only");
    if (code == QStringLiteral("self"))
        return t("Insured only");
    return code;
}

QString ageCondition(const QString &code)
{
    if (code == QStringLiteral("all"))
        return t("All ages");
    if (code == QStringLiteral("21"))
        return t("Age 21 and over");
    if (code == QStringLiteral("26"))
        return t("Age 26 and over");
    if (code == QStringLiteral("35"))
        return t("Age 35 and over");
    return code;
}

QString licenceColour(const QString &code)
{
    if (code == QStringLiteral("gold"))
        return t("Gold");
    if (code == QStringLiteral("blue"))
        return t("Blue");
    if (code == QStringLiteral("green"))
        return t("Green");
    return code;
}

QString use(const QString &code)
{
    if (code == QStringLiteral("leisure"))
        return t("Daily life and leisure");
    if (code == QStringLiteral("commute"))
        return t("Commuting");
    if (code == QStringLiteral("business"))
        return t("Business");
    return code;
}

QString paymentMethod(const QString &code)
{
    if (code == QStringLiteral("payroll12"))
        return t("Payroll deduction, 12 instalments");
    if (code == QStringLiteral("lump"))
        return t("Single payment");
    return code;
}

QString personalInjury(const QString &code)
{
    if (code == QStringLiteral("none"))
        return t("None");
    if (code == QStringLiteral("30m"))
        return t("¥30 million");
    if (code == QStringLiteral("50m"))
        return t("¥50 million");
    if (code == QStringLiteral("100m"))
        return t("¥100 million");
    if (code == QStringLiteral("unlimited"))
        return t("Unlimited");
    return code;
}

QString propertyDamage(const QString &code)
{
    return code == QStringLiteral("100m") ? t("¥100 million") : t("Unlimited");
}

QString passenger(const QString &code)
{
    if (code == QStringLiteral("5m"))
        return t("¥5 million");
    if (code == QStringLiteral("10m"))
        return t("¥10 million");
    return t("None");
}

QString vehicleType(const QString &code)
{
    if (code == QStringLiteral("general"))
        return t("General");
    if (code == QStringLiteral("economy"))
        return t("Economy (vehicle-to-vehicle + A)");
    return t("None");
}

QString deductible(const QString &code)
{
    if (code == QStringLiteral("0-100k"))
        return t("¥0 first claim / ¥100,000 later");
    if (code == QStringLiteral("50k-100k"))
        return t("¥50,000 first claim / ¥100,000 later");
    if (code == QStringLiteral("100k-100k"))
        return t("¥100,000 each claim");
    return code;
}

QString rider(const QString &code)
{
    if (code == QStringLiteral("lawyer_auto"))
        return t("Legal expenses (car accidents)");
    if (code == QStringLiteral("lawyer_daily"))
        return t("Legal expenses (daily life and car accidents)");
    if (code == QStringLiteral("personal_liability"))
        return t("Personal liability");
    if (code == QStringLiteral("bike_self"))
        return t("Family motorbike (own injury)");
    if (code == QStringLiteral("bike_personal"))
        return t("Family motorbike (personal injury)");
    if (code == QStringLiteral("repair_gap"))
        return t("Repair cost gap on total loss of property");
    if (code == QStringLiteral("road_assist"))
        return t("Road assistance");
    return code;
}

} // namespace clickar::labels
