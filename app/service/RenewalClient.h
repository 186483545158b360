#pragma once

#include "Account.h"
#include "ApiJob.h"
#include "Contract.h"
#include "Renewal.h"
#include "Result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace clickar {

struct SubmitRequest
{
    bool driverCard = false;
    QString nextNotice = QStringLiteral("web"); // web | post
};

// The app's only way to the renewal service (API.md). Asynchronous: every call starts one ApiJob and
// later invokes `done` on the thread of `context` — never if `context` was destroyed meanwhile.
class RenewalClient : public QObject
{
    Q_OBJECT

public:
    explicit RenewalClient(const QUrl &server, QObject *parent = nullptr);

    // HTTPS is required for every host but loopback; returns an empty string when `server` is acceptable.
    static QString checkServerUrl(const QUrl &server);

    QUrl server() const { return m_server; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }
    void setLanguage(const QString &language) { m_language = language.toUtf8(); }
    void setOptions(const ApiJobOptions &options) { m_options = options; }
    ApiJobOptions options() const { return m_options; }

    void login(const QString &email, const QString &password, QObject *context, Callback<LoginResult> done);
    void verifyOtp(const QString &challengeId, const QString &code, QObject *context, Callback<Tokens> done);
    void resendOtp(const QString &challengeId, QObject *context, Callback<int> done); // new expiresIn
    void refresh(const QString &refreshToken, QObject *context, Callback<Tokens> done);
    void logout(QObject *context, Callback<Nothing> done);

    void me(QObject *context, Callback<Me> done);
    void contracts(const QString &query, QObject *context, Callback<QList<Contract>> done);
    void guide(const QString &policyNumber, QObject *context, Callback<Guide> done);
    void startRenewal(const QString &policyNumber, QObject *context, Callback<Renewal> done);
    void renewal(const QString &renewalId, QObject *context, Callback<Renewal> done);
    void confirmStep(const Renewal &current, Step step, const QJsonObject &fields, QObject *context,
                     Callback<Renewal> done);
    void quote(const QString &renewalId, const QJsonObject &selections, QObject *context, Callback<Quote> done);
    void document(const QString &documentId, QObject *context, Callback<QByteArray> done);
    void submit(const QString &renewalId, const SubmitRequest &request, const QString &idempotencyKey, QObject *context,
                Callback<SubmitResult> done);
    void support(QObject *context, Callback<Support> done);

    // Mock-only endpoints (the embedded demo service).
    void outbox(QObject *context, Callback<QList<Mail>> done);
    void resetMock(QObject *context, Callback<Nothing> done);

signals:
    // A request was refused because the access token is missing or has expired.
    void unauthorized();

private:
    struct Call
    {
        Call(const QByteArray &m, const QString &p, const QJsonObject &b = {})
            : method(m)
            , path(p)
            , body(b)
        {}
        QByteArray method;
        QString path;
        QJsonObject body;
        bool authenticated = true;
        bool retryable = false;
        QList<QPair<QByteArray, QByteArray>> headers;
        QUrlQuery query;
    };
    void start(const Call &call, QObject *context, std::function<void(const ApiResponse &)> handler);
    template<typename T> void fetchObject(const Call &call, QObject *context, Callback<T> done);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_accessToken;
    QByteArray m_language = "ja";
    ApiJobOptions m_options;
};

} // namespace clickar
