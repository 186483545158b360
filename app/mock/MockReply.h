#pragma once

#include "mock/Validation.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace clickar {

using MockLang = rating::Lang;

// One answer of the mock service, independent of HTTP: status, a JSON body (or raw bytes), content type and any
// extra headers. Every error has the body {"error": {"code", "message", "details"}} (docs/api.md "Errors").
struct MockReply
{
    int status = 200;
    QJsonDocument body;
    QByteArray contentType = "application/json";
    QByteArray raw; // used instead of body when non-empty (PDF bytes)
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray bytes() const;  // the body as sent (compact JSON, raw bytes, or nothing)
    QString errorCode() const; // "" for a success
    bool isError() const { return status >= 400; }

    static MockReply json(int status, const QJsonObject &object);
    static MockReply json(int status, const QJsonArray &array);
    static MockReply noContent();
    static MockReply binary(const QByteArray &data, const QByteArray &contentType);
    static MockReply error(int status, const QString &code, const QString &message, const QJsonObject &details = {});
};

// The error messages of the service, in Japanese (default) or English (Accept-Language: en…).
namespace mockerror {
MockReply badRequest(MockLang lang, const QString &problem = {});
MockReply unauthorized(MockLang lang);
MockReply forbidden(MockLang lang);
MockReply notFound(MockLang lang);
MockReply methodNotAllowed(MockLang lang, const QByteArray &allow);
MockReply payloadTooLarge(MockLang lang);
MockReply validation(MockLang lang, const QMap<QString, QString> &fields);
MockReply versionConflict(MockLang lang, int currentVersion);
MockReply alreadySubmitted(MockLang lang, const QString &newPolicyNumber);
MockReply notRenewable(MockLang lang, const QString &status);
MockReply rateLimited(MockLang lang, int retryAfterSeconds);
MockReply internal(MockLang lang);
MockReply unavailable(MockLang lang);
// The error a fault-injected status stands for (status=CODE): 503 → unavailable, 409 → version_conflict…
MockReply forStatus(MockLang lang, int status);
} // namespace mockerror

// Picks the Japanese or English text.
inline QString localized(MockLang lang, const QString &japanese, const QString &english)
{
    return lang == MockLang::English ? english : japanese;
}

} // namespace clickar
