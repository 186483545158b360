#pragma once

#include "domain/Account.h"
#include "domain/Contract.h"
#include "domain/Renewal.h"
#include "service/ApiJob.h"
#include "service/Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace clickar {

struct SubmitRequest
{
    bool driverCard = false;
    QString nextNotice = QStringLiteral("web"); // web | post
    bool agentAttested = false;                 // an agent's: sent only when true
};

// The app's only way to the renewal service (docs/api.md). Asynchronous: every call starts one ApiJob and
// later invokes `done` on the thread of `context` — never if `context` was destroyed meanwhile.
class RenewalClient : public QObject
{
    Q_OBJECT

public:
    explicit RenewalClient(const QUrl &server, QObject *parent = nullptr);

    // HTTPS is required for every host but loopback; returns an empty string when `server` is acceptable.
    static QString checkServerUrl(const QUrl &server);

    QUrl server() const { return m_server; }
    void setServer(const QUrl &server) { m_server = server; }
    void setAccessToken(const QString &token) { m_accessToken = token; }
    QString accessToken() const { return m_accessToken; }
    void setLanguage(const QString &language) { m_language = language.toUtf8(); }
    void setOptions(const ApiJobOptions &options) { m_options = options; }
    // A header sent with every following request (an empty value removes it); e.g. the demo service's
    // X-Mock-Fault, to show and test how the app behaves on a bad network.
    void setExtraHeader(const QByteArray &name, const QByteArray &value);
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
    // Keeps a step's fields with the draft without confirming them (PUT /renewals/{id}/inputs/{step}).
    void saveInputs(const QString &renewalId, Step step, const QJsonObject &fields, QObject *context,
                    Callback<Nothing> done);
    void quote(const QString &renewalId, const QJsonObject &selections, QObject *context, Callback<Quote> done);
    void document(const QString &documentId, QObject *context, Callback<QByteArray> done);
    void submit(const QString &renewalId, const SubmitRequest &request, const QString &idempotencyKey, QObject *context,
                Callback<SubmitResult> done);
    void support(QObject *context, Callback<Support> done);

    // Re-authorisation (docs/session.md). When enabled, an authenticated request that the service refuses with
    // 401 is held instead of failed, authorizationRequired() is emitted once, and every authenticated request
    // started meanwhile is held too. A 401 never means the request was applied, so sending it again is safe even
    // for a step update or a submission. resumeHeld() sends every held request again with the current access
    // token; failHeld() gives their callbacks the error instead; dropHeld() forgets them (logout).
    void setHoldOnUnauthorized(bool enabled) { m_holdOnUnauthorized = enabled; }
    bool isHolding() const { return m_holding; }
    qsizetype heldCount() const { return m_held.size(); }
    void holdRequests(); // hold from now on, e.g. while the access token is being refreshed
    void resumeHeld();
    void failHeld(const ApiError &error);
    void dropHeld();

signals:
    // A request was refused because the access token is missing or has expired (and was not held).
    void unauthorized();
    // Held requests wait for a new access token (refresh, or the person logging in again).
    void authorizationRequired();

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
        bool holdable = true; // may wait for re-authorisation after a 401 (not logout)
        int resends = 0;      // times it was sent again after a 401
        QList<QPair<QByteArray, QByteArray>> headers;
        QUrlQuery query;
    };
    using Handler = std::function<void(const ApiResponse &)>;
    struct Held
    {
        Call call;
        QPointer<QObject> context;
        Handler handler;
    };
    void start(const Call &call, QObject *context, Handler handler);
    void send(const Call &call, QObject *context, Handler handler);
    bool holdIfUnauthorized(const Call &call, QObject *context, const Handler &handler, const QString &sentWith,
                            const ApiResponse &response);
    template<typename T> void fetchObject(const Call &call, QObject *context, Callback<T> done);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_accessToken;
    QByteArray m_language = "ja";
    ApiJobOptions m_options;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    bool m_holdOnUnauthorized = false;
    bool m_holding = false;
    QList<Held> m_held;
};

} // namespace clickar
