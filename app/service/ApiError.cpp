#include "service/ApiError.h"

namespace clickar {

ApiError ApiError::http(int status, const QString &code, const QString &message, const QJsonObject &details)
{
    ApiError e;
    e.kind = Kind::Http;
    e.status = status;
    e.code = code;
    e.message = message;
    e.details = details;
    return e;
}

QMap<QString, QString> ApiError::fieldMessages() const
{
    QMap<QString, QString> fields;
    const QJsonObject object = details.value(QStringLiteral("fields")).toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}

int ApiError::retryAfterSeconds() const
{
    return details.value(QStringLiteral("retryAfterSeconds")).toInt();
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return status == 502 || status == 503 || status == 504 || status == 429;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::Network:
        return tr("The service could not be reached. Check your network connection and try again.");
    case Kind::Timeout:
        return tr("The service did not answer in time. Please try again.");
    case Kind::Malformed:
        return tr("The service sent an answer that could not be read. Please try again later.");
    case Kind::TooLarge:
        return tr("The service sent an unexpectedly large answer. Please try again later.");
    case Kind::Insecure:
        return tr("This server address is not secure. Only https:// addresses can be used.");
    case Kind::Tls: {
        // No way to ignore it is offered: a certificate that cannot be verified may be someone else's server.
        QString reason;
        if (code == QStringLiteral("tls_expired") || code == QStringLiteral("tls_not_yet_valid")) {
            // The server is the right one; its dates (or this computer's clock) are wrong.
            return tr("The server's certificate could not be verified (%1). Please check that this computer's date "
                      "and time are correct; if they are, tell your administrator.")
                .arg(code == QStringLiteral("tls_expired") ? tr("the certificate has expired")
                                                           : tr("the certificate is not valid yet"));
        }
        if (code == QStringLiteral("tls_self_signed"))
            reason = tr("the certificate is self-signed");
        else if (code == QStringLiteral("tls_host_mismatch"))
            reason = tr("the certificate belongs to another server");
        else if (code == QStringLiteral("tls_untrusted"))
            reason = tr("the certificate was issued by an authority this computer does not trust");
        else
            reason = tr("the secure connection could not be set up");
        return tr("The server's certificate could not be verified (%1). Please ask your administrator whether the "
                  "server address is correct.")
            .arg(reason);
    }
    case Kind::Http:
        break;
    }
    if (code == QStringLiteral("invalid_credentials"))
        return tr("The email address or password is incorrect.");
    if (code == QStringLiteral("account_locked")) {
        const int minutes = qMax(1, (retryAfterSeconds() + 59) / 60);
        return tr("Too many failed attempts. Your account is locked; please try again in %n minute(s).", nullptr,
                  minutes);
    }
    if (code == QStringLiteral("otp_invalid"))
        return tr("The one-time password is incorrect.");
    if (code == QStringLiteral("otp_expired"))
        return tr("The one-time password has expired. Please request a new one.");
    if (code == QStringLiteral("unauthorized"))
        return tr("Your session has ended. Please log in again.");
    if (code == QStringLiteral("rate_limited"))
        return tr("Too many requests. Please wait a moment and try again.");
    if (code == QStringLiteral("unavailable") || status == 503)
        return tr("The service is temporarily unavailable. Please try again shortly.");
    if (!message.isEmpty())
        return message;
    if (status >= 500)
        return tr("The service had a problem (error %1). Please try again later.").arg(status);
    return tr("The request could not be completed (error %1).").arg(status);
}

} // namespace clickar
