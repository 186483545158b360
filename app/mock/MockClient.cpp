#include "mock/MockClient.h"

#include "domain/Codec.h"
#include "service/RenewalClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace clickar {

MockClient::MockClient(const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_server(server)
{
    m_network->setAutoDeleteReplies(false);
}

void MockClient::send(const QByteArray &method, const QString &path, const QByteArray &body, bool retryable,
                      QObject *context, std::function<void(const ApiResponse &)> handler)
{
    if (const QString refusal = RenewalClient::checkServerUrl(m_server); !refusal.isEmpty()) {
        ApiResponse response;
        ApiError error;
        error.kind = ApiError::Kind::Insecure;
        error.technical = refusal;
        response.error = error;
        QMetaObject::invokeMethod(
            context, [handler, response] { handler(response); }, Qt::QueuedConnection);
        return;
    }
    ApiRequest request;
    request.method = method;
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1") + path, QUrl::TolerantMode);
    request.url = url;
    request.body = body;
    request.retryable = retryable;
    auto *job = new ApiJob(m_network, request, m_jobOptions, this);
    connect(job, &ApiJob::finished, context, [handler](const ApiResponse &response) { handler(response); });
    job->start();
}

void MockClient::outbox(QObject *context, Callback<QList<Mail>> done)
{
    send("GET", QStringLiteral("/_mock/outbox"), {}, true, context, [done](const ApiResponse &response) {
        if (response.error)
            return done(*response.error);
        QString problem;
        const std::optional<QList<Mail>> mails = decodeArray<Mail>(response.body, &problem);
        if (!mails) {
            ApiError error;
            error.kind = ApiError::Kind::Malformed;
            error.technical = problem;
            return done(error);
        }
        done(*mails);
    });
}

void MockClient::reset(QObject *context, Callback<Nothing> done)
{
    send("POST", QStringLiteral("/_mock/reset"), QByteArrayLiteral("{}"), false, context,
         [done](const ApiResponse &response) {
             if (response.error)
                 return done(*response.error);
             done(Nothing{});
         });
}

void MockClient::advance(qint64 seconds, QObject *context, Callback<Nothing> done)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("seconds"), seconds}}).toJson(QJsonDocument::Compact);
    send("POST", QStringLiteral("/_mock/advance"), body, false, context, [done](const ApiResponse &response) {
        if (response.error)
            return done(*response.error);
        done(Nothing{});
    });
}

} // namespace clickar
