#pragma once

#include <QDate>
#include <QString>

namespace clickar::format {

// 2026年4月1日 in Japanese, 1 April 2026 in English (follows the UI language).
QString date(const QDate &date);
// 2026年4月 / April 2026.
QString month(const QDate &month);
// ¥123,450
QString yen(qint64 amount);
// +¥1,200 / −¥1,200 / ±¥0
QString yenDifference(qint64 amount);
// 2026年4月1日 〜 2027年4月1日
QString period(const QDate &start, const QDate &end);
bool isJapanese();

} // namespace clickar::format
