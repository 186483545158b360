#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace clickar::format {

// 2026年4月1日 in Japanese, 1 April 2026 in English (follows the UI language).
QString date(const QDate &date);
// 2026年4月 / April 2026.
QString month(const QDate &month);
// The person's clock is Japan's (Asia/Tokyo), whatever the machine's zone: every time shown goes through these.
QDateTime inJapan(const QDateTime &moment);
// 2026年4月1日 10:15（日本時間） / 1 April 2026 10:15 JST.
QString dateTime(const QDateTime &moment);
// 10:15:03 in Japan time, for lists that say so once (the demo mail panel).
QString time(const QDateTime &moment);
// ¥123,450
QString yen(qint64 amount);
// +¥1,200 / −¥1,200 / ±¥0
QString yenDifference(qint64 amount);
// 2026年4月1日 〜 2027年4月1日
QString period(const QDate &start, const QDate &end);
bool isJapanese();

} // namespace clickar::format
