#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace clickar {

// What went wrong with one request, in a form both code (kind, code) and people (userMessage) can use.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network,   // no connection, DNS, TLS, reset
        Timeout,   // no complete answer in time
        Http,      // the service answered with an error status; see code
        Malformed, // the answer could not be understood
        TooLarge,  // the answer was larger than the client accepts
        Insecure,  // refused: plain http:// to a host that is not loopback
        Tls,       // the server's certificate could not be verified; `code` says why (tls_self_signed…)
    };

    Kind kind = Kind::Network;
    int status = 0;  // HTTP status, 0 when there was none
    QString code;    // the service's error code (docs/api.md), e.g. "invalid_credentials"
    QString message; // the service's message (already in the user's language), may be empty
    QJsonObject details;
    QString technical; // for logs and bug reports; never personal data

    QMap<QString, QString> fieldMessages() const;
    int retryAfterSeconds() const;
    // A request that failed this way may succeed if sent again (idempotent requests only).
    bool isTransient() const;
    // A clear message for the person at the screen, in the UI language.
    QString userMessage() const;

    static ApiError http(int status, const QString &code, const QString &message, const QJsonObject &details = {});
};

} // namespace clickar
