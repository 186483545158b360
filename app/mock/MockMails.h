#pragma once

#include "domain/Account.h"
#include "domain/Renewal.h"
#include "mock/SeedData.h"

#include <QDateTime>
#include <QString>

namespace clickar {

// The mails the mock sends, in the language of the request that sends them, and the way it shows an address
// (ta****@example.jp).
namespace mockmails {

QString otpSubject(rating::Lang lang);
QString thankYouSubject(rating::Lang lang);

QString maskEmail(const QString &email);

// Japanese date and time in JST with its zone, e.g. 2026年11月25日 17:30（日本時間）; in English
// 25 November 2026 17:30 (Japan time).
QString japaneseDateTime(const QDateTime &utc, rating::Lang lang = rating::Lang::Japanese);
QString japaneseDate(const QDate &date, rating::Lang lang = rating::Lang::Japanese);

// `content` gives the insurer's name (and, for the thank-you mail, its phone) and the plan's name in `lang`.
Mail otpMail(const QString &to, const QString &displayName, const QString &code, const QDateTime &sentAt,
             int validSeconds, const SeedContent &content, rating::Lang lang);
Mail thankYouMail(const QString &to, const Renewal &renewal, const SubmitResult &result, const SeedContent &content,
                  rating::Lang lang);

} // namespace mockmails

} // namespace clickar
