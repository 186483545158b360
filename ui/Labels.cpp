#include "ui/Labels.h"

#include <QCoreApplication>

namespace clickar::labels {

QString contractStatus(const QString &code)
{
    if (code == QStringLiteral("renewable"))
        return QCoreApplication::translate("Labels", "Renewal open");
    if (code == QStringLiteral("renewed"))
        return QCoreApplication::translate("Labels", "Renewed");
    if (code == QStringLiteral("not_yet"))
        return QCoreApplication::translate("Labels", "Renewal not yet open");
    if (code == QStringLiteral("expired"))
        return QCoreApplication::translate("Labels", "Expired");
    return code;
}

QString limit(const QString &code)
{
    if (code == QStringLiteral("none"))
        return QCoreApplication::translate("Labels", "No limitation");
    if (code == QStringLiteral("family"))
        return QCoreApplication::translate("Labels", "Family only");
    if (code == QStringLiteral("couple"))
        return QCoreApplication::translate("Labels", "Insured and spouse only");
    if (code == QStringLiteral("self"))
        return QCoreApplication::translate("Labels", "Insured only");
    return code;
}

QString ageCondition(const QString &code)
{
    if (code == QStringLiteral("all"))
        return QCoreApplication::translate("Labels", "All ages");
    if (code == QStringLiteral("21"))
        return QCoreApplication::translate("Labels", "Age 21 and over");
    if (code == QStringLiteral("26"))
        return QCoreApplication::translate("Labels", "Age 26 and over");
    if (code == QStringLiteral("35"))
        return QCoreApplication::translate("Labels", "Age 35 and over");
    return code;
}

QString licenceColour(const QString &code)
{
    if (code == QStringLiteral("gold"))
        return QCoreApplication::translate("Labels", "Gold");
    if (code == QStringLiteral("blue"))
        return QCoreApplication::translate("Labels", "Blue");
    if (code == QStringLiteral("green"))
        return QCoreApplication::translate("Labels", "Green");
    return code;
}

QString use(const QString &code)
{
    if (code == QStringLiteral("leisure"))
        return QCoreApplication::translate("Labels", "Daily life and leisure");
    if (code == QStringLiteral("commute"))
        return QCoreApplication::translate("Labels", "Commuting");
    if (code == QStringLiteral("business"))
        return QCoreApplication::translate("Labels", "Business");
    return code;
}

QString paymentMethod(const QString &code)
{
    if (code == QStringLiteral("payroll12"))
        return QCoreApplication::translate("Labels", "Payroll deduction, 12 instalments");
    if (code == QStringLiteral("lump"))
        return QCoreApplication::translate("Labels", "Single payment");
    return code;
}

QString bodilyInjury(const QString &code)
{
    if (code == QStringLiteral("unlimited"))
        return QCoreApplication::translate("Labels", "Unlimited");
    return code;
}

QString personalInjury(const QString &code)
{
    if (code == QStringLiteral("none"))
        return QCoreApplication::translate("Labels", "None");
    if (code == QStringLiteral("30m"))
        return QCoreApplication::translate("Labels", "¥30 million");
    if (code == QStringLiteral("50m"))
        return QCoreApplication::translate("Labels", "¥50 million");
    if (code == QStringLiteral("100m"))
        return QCoreApplication::translate("Labels", "¥100 million");
    if (code == QStringLiteral("unlimited"))
        return QCoreApplication::translate("Labels", "Unlimited");
    return code;
}

QString propertyDamage(const QString &code)
{
    return code == QStringLiteral("100m") ? QCoreApplication::translate("Labels", "¥100 million")
                                          : QCoreApplication::translate("Labels", "Unlimited");
}

QString passenger(const QString &code)
{
    if (code == QStringLiteral("5m"))
        return QCoreApplication::translate("Labels", "¥5 million");
    if (code == QStringLiteral("10m"))
        return QCoreApplication::translate("Labels", "¥10 million");
    return QCoreApplication::translate("Labels", "None");
}

QString vehicleType(const QString &code)
{
    if (code == QStringLiteral("general"))
        return QCoreApplication::translate("Labels", "General");
    if (code == QStringLiteral("economy"))
        return QCoreApplication::translate("Labels", "Economy (vehicle-to-vehicle + A)");
    return QCoreApplication::translate("Labels", "None");
}

QString deductible(const QString &code)
{
    if (code == QStringLiteral("0-100k"))
        return QCoreApplication::translate("Labels", "¥0 first claim / ¥100,000 later");
    if (code == QStringLiteral("50k-100k"))
        return QCoreApplication::translate("Labels", "¥50,000 first claim / ¥100,000 later");
    if (code == QStringLiteral("100k-100k"))
        return QCoreApplication::translate("Labels", "¥100,000 each claim");
    return code;
}

QString rider(const QString &code)
{
    if (code == QStringLiteral("lawyer_auto"))
        return QCoreApplication::translate("Labels", "Legal expenses (car accidents)");
    if (code == QStringLiteral("lawyer_daily"))
        return QCoreApplication::translate("Labels", "Legal expenses (daily life and car accidents)");
    if (code == QStringLiteral("personal_liability"))
        return QCoreApplication::translate("Labels", "Personal liability");
    if (code == QStringLiteral("bike_self"))
        return QCoreApplication::translate("Labels", "Family motorbike (own injury)");
    if (code == QStringLiteral("bike_personal"))
        return QCoreApplication::translate("Labels", "Family motorbike (personal injury)");
    if (code == QStringLiteral("repair_gap"))
        return QCoreApplication::translate("Labels", "Repair cost gap on total loss of property");
    if (code == QStringLiteral("road_assist"))
        return QCoreApplication::translate("Labels", "Road assistance");
    return code;
}

} // namespace clickar::labels
