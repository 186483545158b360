#include "ui/Format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

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

QDateTime inJapan(const QDateTime &moment)
{
    // Japan has kept +09:00 all year since 1952: the fixed offset is right where the zone database is missing.
    static const QTimeZone tokyo = QTimeZone(QByteArrayLiteral("Asia/Tokyo")).isValid()
                                       ? QTimeZone(QByteArrayLiteral("Asia/Tokyo"))
                                       : QTimeZone(9 * 3600);
    return moment.toTimeZone(tokyo);
}

QString dateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return QStringLiteral("—");
    const QDateTime jst = inJapan(moment);
    const QString clock = jst.time().toString(QStringLiteral("HH:mm"));
    if (isJapanese())
        return date(jst.date()) + QLatin1Char(' ') + clock + QStringLiteral("（日本時間）");
    return date(jst.date()) + QLatin1Char(' ') + clock + QStringLiteral(" JST");
}

QString time(const QDateTime &moment)
{
    return moment.isValid() ? inJapan(moment).time().toString(QStringLiteral("HH:mm:ss")) : QStringLiteral("—");
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
    return date(start) + (isJapanese() ? QStringLiteral(" 〜 ") : QStringLiteral(" – ")) + date(end);
}

} // namespace clickar::format
