#include "mock/MockReply.h"

#include <QJsonArray>

namespace clickar {

QByteArray MockReply::bytes() const
{
    if (!raw.isEmpty())
        return raw;
    if (body.isNull())
        return {};
    return body.toJson(QJsonDocument::Compact);
}

QString MockReply::errorCode() const
{
    if (status < 400 || !body.isObject())
        return {};
    return body.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

MockReply MockReply::json(int status, const QJsonObject &object)
{
    MockReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object);
    return reply;
}

MockReply MockReply::json(int status, const QJsonArray &array)
{
    MockReply reply;
    reply.status = status;
    reply.body = QJsonDocument(array);
    return reply;
}

MockReply MockReply::noContent()
{
    MockReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

MockReply MockReply::binary(const QByteArray &data, const QByteArray &contentType)
{
    MockReply reply;
    reply.raw = data;
    reply.contentType = contentType;
    return reply;
}

MockReply MockReply::error(int status, const QString &code, const QString &message, const QJsonObject &details)
{
    return json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                          {QStringLiteral("message"), message},
                                                                          {QStringLiteral("details"), details}}}});
}

namespace mockerror {

MockReply badRequest(MockLang lang, const QString &problem)
{
    QJsonObject details;
    if (!problem.isEmpty())
        details.insert(QStringLiteral("problem"), problem);
    return MockReply::error(400, QStringLiteral("bad_request"),
                            localized(lang, QStringLiteral("リクエストの形式が正しくありません。"),
                                      QStringLiteral("The request is malformed.")),
                            details);
}

MockReply unauthorized(MockLang lang)
{
    return MockReply::error(401, QStringLiteral("unauthorized"),
                            localized(lang,
                                      QStringLiteral("ログインの有効期限が切れました。もう一度ログインしてください。"),
                                      QStringLiteral("Your session has expired. Please log in again.")));
}

MockReply forbidden(MockLang lang)
{
    return MockReply::error(403, QStringLiteral("forbidden"),
                            localized(lang, QStringLiteral("このご契約を操作する権限がありません。"),
                                      QStringLiteral("You are not allowed to access this contract.")));
}

MockReply notFound(MockLang lang)
{
    return MockReply::error(404, QStringLiteral("not_found"),
                            localized(lang, QStringLiteral("見つかりません。"), QStringLiteral("Not found.")));
}

MockReply methodNotAllowed(MockLang lang, const QByteArray &allow)
{
    MockReply reply = MockReply::error(405, QStringLiteral("method_not_allowed"),
                                       localized(lang, QStringLiteral("このメソッドは使用できません。"),
                                                 QStringLiteral("This method is not allowed here.")),
                                       QJsonObject{{QStringLiteral("allow"), QString::fromLatin1(allow)}});
    reply.headers.append({QByteArrayLiteral("Allow"), allow});
    return reply;
}

MockReply payloadTooLarge(MockLang lang)
{
    return MockReply::error(
        413, QStringLiteral("payload_too_large"),
        localized(lang, QStringLiteral("リクエストが大きすぎます。"), QStringLiteral("The request is too large.")),
        QJsonObject{{QStringLiteral("maxBytes"), 1024 * 1024}});
}

MockReply validation(MockLang lang, const QMap<QString, QString> &fields)
{
    QJsonObject fieldsJson;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        fieldsJson.insert(it.key(), it.value());
    return MockReply::error(
        422, QStringLiteral("validation_failed"),
        localized(lang, QStringLiteral("入力内容をご確認ください。"), QStringLiteral("Please check your entries.")),
        QJsonObject{{QStringLiteral("fields"), fieldsJson}});
}

MockReply versionConflict(MockLang lang, int currentVersion)
{
    return MockReply::error(
        409, QStringLiteral("version_conflict"),
        localized(lang, QStringLiteral("他の操作で内容が更新されました。最新の内容を読み込み直してください。"),
                  QStringLiteral("The renewal was changed elsewhere. Please reload it.")),
        QJsonObject{{QStringLiteral("currentVersion"), currentVersion}});
}

MockReply alreadySubmitted(MockLang lang, const QString &newPolicyNumber)
{
    return MockReply::error(409, QStringLiteral("already_submitted"),
                            localized(lang, QStringLiteral("このお手続きはすでにお申し込み済みです。"),
                                      QStringLiteral("This renewal has already been submitted.")),
                            QJsonObject{{QStringLiteral("newPolicyNumber"), newPolicyNumber}});
}

MockReply notRenewable(MockLang lang, const QString &status)
{
    return MockReply::error(409, QStringLiteral("not_renewable"),
                            localized(lang, QStringLiteral("このご契約は更新のお手続きができません。"),
                                      QStringLiteral("This contract cannot be renewed now.")),
                            QJsonObject{{QStringLiteral("status"), status}});
}

MockReply rateLimited(MockLang lang, int retryAfterSeconds)
{
    MockReply reply = MockReply::error(
        429, QStringLiteral("rate_limited"),
        localized(lang, QStringLiteral("操作が集中しています。しばらくしてからもう一度お試しください。"),
                  QStringLiteral("Too many requests. Please try again later.")),
        QJsonObject{{QStringLiteral("retryAfterSeconds"), retryAfterSeconds}});
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds)});
    return reply;
}

MockReply internal(MockLang lang)
{
    return MockReply::error(500, QStringLiteral("internal"),
                            localized(lang,
                                      QStringLiteral("システムエラーが発生しました。時間をおいてお試しください。"),
                                      QStringLiteral("An internal error occurred. Please try again later.")));
}

MockReply unavailable(MockLang lang)
{
    MockReply reply = MockReply::error(
        503, QStringLiteral("unavailable"),
        localized(lang, QStringLiteral("ただいまサービスを利用できません。しばらくしてからもう一度お試しください。"),
                  QStringLiteral("The service is temporarily unavailable. Please try again shortly.")));
    reply.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    return reply;
}

MockReply forStatus(MockLang lang, int status)
{
    switch (status) {
    case 400:
        return badRequest(lang);
    case 401:
        return unauthorized(lang);
    case 403:
        return forbidden(lang);
    case 404:
        return notFound(lang);
    case 405:
        return methodNotAllowed(lang, QByteArrayLiteral("GET"));
    case 409:
        return versionConflict(lang, 0);
    case 413:
        return payloadTooLarge(lang);
    case 422:
        return validation(lang, {});
    case 423:
        return MockReply::error(
            423, QStringLiteral("account_locked"),
            localized(lang, QStringLiteral("アカウントがロックされています。15分後にもう一度お試しください。"),
                      QStringLiteral("The account is locked. Please try again in 15 minutes.")),
            QJsonObject{{QStringLiteral("retryAfterSeconds"), 900}});
    case 429:
        return rateLimited(lang, 1);
    case 503:
        return unavailable(lang);
    default:
        break;
    }
    MockReply reply = status >= 500 ? internal(lang) : badRequest(lang);
    reply.status = status;
    return reply;
}

} // namespace mockerror

} // namespace clickar
