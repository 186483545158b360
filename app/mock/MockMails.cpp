#include "mock/MockMails.h"

#include <QLocale>

namespace clickar::mockmails {

namespace {
QString yen(qint64 amount)
{
    return QLocale(QLocale::English).toString(amount) + QStringLiteral("円");
}
} // namespace

QString maskEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return QStringLiteral("****");
    const qsizetype keep = at > 2 ? 2 : 1;
    return email.left(keep) + QStringLiteral("****") + email.mid(at);
}

QString japaneseDateTime(const QDateTime &utc)
{
    const QDateTime jst = utc.toOffsetFromUtc(9 * 3600);
    return QStringLiteral("%1年%2月%3日 %4")
        .arg(jst.date().year())
        .arg(jst.date().month())
        .arg(jst.date().day())
        .arg(jst.time().toString(QStringLiteral("HH:mm")) + QStringLiteral("（日本時間）"));
}

QString japaneseDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

Mail otpMail(const QString &to, const QString &displayName, const QString &code, const QDateTime &sentAt,
             int validSeconds, const QString &insurerName)
{
    Mail mail;
    mail.to = to;
    mail.subject = otpSubject;
    mail.sentAt = sentAt;
    mail.body =
        QStringLiteral("%1 様\n\n"
                       "%2 マイページへのログインに必要なワンタイムパスワードをお知らせします。\n\n"
                       "ワンタイムパスワード：%3\n\n"
                       "有効期限：%4 まで（%5分間）\n"
                       "ログイン画面に上記のワンタイムパスワードを入力してください。\n"
                       "有効期限を過ぎた場合は、ログイン画面から再送信してください。\n\n"
                       "このメールにお心当たりがない場合は、第三者がお客さまのメールアドレスを"
                       "誤って入力した可能性があります。お手数ですが、このメールを破棄してください。\n\n"
                       "※このメールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。\n"
                       "――――――――――――――――――――\n%2\n")
            .arg(displayName, insurerName, code, japaneseDateTime(sentAt.addSecs(validSeconds)))
            .arg(validSeconds / 60);
    return mail;
}

Mail thankYouMail(const QString &to, const Renewal &renewal, const SubmitResult &result, const QString &insurerName,
                  const QString &insurerPhone)
{
    Mail mail;
    mail.to = to;
    mail.subject = thankYouSubject;
    mail.sentAt = result.submittedAt;
    const Plan *plan = renewal.selectedPlan();
    const QString installments = renewal.quote.installments == 12
                                     ? QStringLiteral("給与引去 12回（初回 %1、2回目以降 %2）")
                                           .arg(yen(renewal.quote.firstInstallment), yen(renewal.quote.perInstallment))
                                     : QStringLiteral("一時払");
    mail.body =
        QStringLiteral(
            "%1 様\n\n"
            "このたびは、%2の自動車保険の更新のお手続きをいただき、誠にありがとうございました。\n"
            "以下の内容でお申し込みを承りました。\n\n"
            "■新しい証券番号：%3\n"
            "■保険期間：%4 から %5 まで\n"
            "■お車：%6\n"
            "■ご契約プラン：%7\n"
            "■年間保険料：%8\n"
            "■お支払方法：%9\n"
            "■お申込日時：%10\n\n"
            "保険証券は、保険始期日以降にお届けします（Web証券をお選びの場合はマイページでご確認ください）。\n"
            "ご契約内容に誤りがある場合や、ご不明な点がございましたら、下記までお問い合わせください。\n\n"
            "――――――――――――――――――――\n%2\nお客さま窓口 %11（平日 9:00～18:00）\n")
            .arg(renewal.holder.name, insurerName, result.newPolicyNumber, japaneseDate(renewal.newPeriod.start),
                 japaneseDate(renewal.newPeriod.end), renewal.vehicle.name, plan ? plan->name : QString(),
                 yen(renewal.quote.annualPremium), installments)
            .arg(japaneseDateTime(result.submittedAt), insurerPhone);
    return mail;
}

} // namespace clickar::mockmails
