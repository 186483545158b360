#include "mock/MockMails.h"

#include <QLocale>

namespace clickar::mockmails {

namespace {
using rating::Lang;

QString yen(qint64 amount, Lang lang)
{
    const QString figure = QLocale(QLocale::English).toString(amount);
    return lang == Lang::English ? QStringLiteral("¥") + figure : figure + QStringLiteral("円");
}
} // namespace

QString otpSubject(Lang lang)
{
    return lang == Lang::English ? QStringLiteral("[One-time password] MyPage login / Sample Insurance")
                                 : QStringLiteral("【ワンタイムパスワード】マイページログイン認証/サンプル損保");
}

QString thankYouSubject(Lang lang)
{
    return lang == Lang::English ? QStringLiteral("[Thank you] Your auto insurance renewal / Sample Insurance")
                                 : QStringLiteral("【御礼】自動車保険のお手続きありがとうございました/サンプル損保");
}

QString maskEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0)
        return QStringLiteral("****");
    const qsizetype keep = at > 2 ? 2 : 1;
    return email.left(keep) + QStringLiteral("****") + email.mid(at);
}

QString japaneseDateTime(const QDateTime &utc, Lang lang)
{
    const QDateTime jst = utc.toOffsetFromUtc(9 * 3600);
    const QString time = jst.time().toString(QStringLiteral("HH:mm"));
    if (lang == Lang::English)
        return japaneseDate(jst.date(), lang) + u' ' + time + QStringLiteral(" (Japan time)");
    return japaneseDate(jst.date(), lang) + u' ' + time + QStringLiteral("（日本時間）");
}

QString japaneseDate(const QDate &date, Lang lang)
{
    if (lang == Lang::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

Mail otpMail(const QString &to, const QString &displayName, const QString &code, const QDateTime &sentAt,
             int validSeconds, const SeedContent &content, Lang lang)
{
    Mail mail;
    mail.to = to;
    mail.subject = otpSubject(lang);
    mail.sentAt = sentAt;
    const QString japanese =
        QStringLiteral("%1 様\n\n"
                       "%2 マイページへのログインに必要なワンタイムパスワードをお知らせします。\n\n"
                       "ワンタイムパスワード：%3\n\n"
                       "有効期限：%4 まで（%5分間）\n"
                       "ログイン画面に上記のワンタイムパスワードを入力してください。\n"
                       "有効期限を過ぎた場合は、ログイン画面から再送信してください。\n\n"
                       "このメールにお心当たりがない場合は、第三者がお客さまのメールアドレスを"
                       "誤って入力した可能性があります。お手数ですが、このメールを破棄してください。\n\n"
                       "※このメールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。\n"
                       "――――――――――――――――――――\n%2\n");
    const QString english =
        QStringLiteral("Dear %1,\n\n"
                       "Here is the one-time password you need to log in to %2 MyPage.\n\n"
                       "One-time password: %3\n\n"
                       "Valid for %5 minutes, until %4.\n"
                       "Enter this one-time password on the login screen.\n"
                       "If it has expired, send a new one from the login screen.\n\n"
                       "If you did not expect this mail, someone may have entered your email address by mistake. "
                       "Please delete this mail.\n\n"
                       "This mail was sent from an address that does not receive replies.\n"
                       "--------------------\n%2\n");
    mail.body =
        (lang == Lang::English ? english : japanese)
            .arg(displayName, content.insurerShortName, code, japaneseDateTime(sentAt.addSecs(validSeconds), lang))
            .arg(validSeconds / 60);
    return mail;
}

Mail thankYouMail(const QString &to, const Renewal &renewal, const SubmitResult &result, const SeedContent &content,
                  Lang lang)
{
    Mail mail;
    mail.to = to;
    mail.subject = thankYouSubject(lang);
    mail.sentAt = result.submittedAt;
    const Plan *plan = renewal.selectedPlan();
    const QString planName = plan ? content.planNames.value(plan->id, plan->name) : QString();
    const bool english = lang == Lang::English;
    const QString first = yen(renewal.quote.firstInstallment, lang);
    const QString then = yen(renewal.quote.perInstallment, lang);
    QString installments;
    if (renewal.quote.installments == 12) {
        installments = english
                           ? QStringLiteral("Payroll deduction, 12 instalments (first %1, then %2)").arg(first, then)
                           : QStringLiteral("給与引去 12回（初回 %1、2回目以降 %2）").arg(first, then);
    } else {
        installments = english ? QStringLiteral("Single payment") : QStringLiteral("一時払");
    }
    const QString japaneseBody = QStringLiteral(
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
        "――――――――――――――――――――\n%2\nお客さま窓口 %11（平日 9:00～18:00）\n");
    const QString englishBody = QStringLiteral(
        "Dear %1,\n\n"
        "Thank you for renewing your auto insurance.\n"
        "%2 has received your application as follows.\n\n"
        "- New policy number: %3\n"
        "- Insurance period: %4 to %5\n"
        "- Vehicle: %6\n"
        "- Plan: %7\n"
        "- Annual premium: %8\n"
        "- Payment: %9\n"
        "- Applied on: %10\n\n"
        "The policy will be sent after the start of the insurance period (if you chose a web policy, see MyPage).\n"
        "If anything in your contract is wrong or you have a question, please contact us below.\n\n"
        "--------------------\n%2\nCustomer desk %11 (weekdays 9:00–18:00)\n");
    mail.body = (english ? englishBody : japaneseBody)
                    .arg(renewal.holder.name, content.insurer.name, result.newPolicyNumber,
                         japaneseDate(renewal.newPeriod.start, lang), japaneseDate(renewal.newPeriod.end, lang),
                         renewal.vehicle.name, planName, yen(renewal.quote.annualPremium, lang), installments)
                    .arg(japaneseDateTime(result.submittedAt, lang), content.insurer.phone);
    return mail;
}

} // namespace clickar::mockmails
