#include "ui/Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace clickar::format {

bool isJapanese()
{
    return QLocale().language() == QLocale::Japanese;
}

QString date(const QDate &d)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (isJapanese())
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString month(const QDate &d)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (isJapanese())
        return QStringLiteral("%1年%2月").arg(d.year()).arg(d.month());
    return QLocale(QLocale::English).toString(d, QStringLiteral("MMMM yyyy"));
}

QString yen(qint64 amount)
{
    const QString digits = QLocale(QLocale::English).toString(qAbs(amount));
    return (amount < 0 ? QStringLiteral("−¥") : QStringLiteral("¥")) + digits;
}

QString yenDifference(qint64 amount)
{
    if (amount == 0)
        return QStringLiteral("±¥0");
    return (amount > 0 ? QStringLiteral("+") : QString()) + yen(amount);
}

QString period(const QDate &start, const QDate &end)
{
    return date(start) + QStringLiteral(" 〜 ") + date(end);
}

} // namespace clickar::format
