#pragma once

#include "domain/Account.h"
#include "domain/Renewal.h"

#include <QDateTime>
#include <QString>

namespace clickar {

// The mails the mock sends and the way it shows an address (ta****@example.jp).
namespace mockmails {

inline const QString otpSubject = QStringLiteral("【ワンタイムパスワード】マイページログイン認証/サンプル損保");
inline const QString thankYouSubject =
    QStringLiteral("【御礼】自動車保険のお手続きありがとうございました/サンプル損保");

QString maskEmail(const QString &email);

// Japanese date and time in JST with its zone, e.g. 2026年11月25日 17:30（日本時間）.
QString japaneseDateTime(const QDateTime &utc);
QString japaneseDate(const QDate &date);

Mail otpMail(const QString &to, const QString &displayName, const QString &code, const QDateTime &sentAt,
             int validSeconds, const QString &insurerName);
Mail thankYouMail(const QString &to, const Renewal &renewal, const SubmitResult &result, const QString &insurerName,
                  const QString &insurerPhone);

} // namespace mockmails

} // namespace clickar
