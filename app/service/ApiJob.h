#pragma once

#include "service/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace clickar {

struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body; // JSON, empty for none
    QList<QPair<QByteArray, QByteArray>> headers;
    bool retryable = false; // idempotent: safe to send again after a transient failure
};

struct ApiJobOptions
{
    int timeoutMs = 15000;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxRetries = 2;
    int retryBaseDelayMs = 250;            // doubles with each retry
    QList<QSslCertificate> caCertificates; // trusted in addition to the system's (--ca-file)
};

struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    std::optional<ApiError> error;
};

// One request to the service, from start to a single finished() signal: a total timeout, a cap on the
// size of the answer, and retries with backoff for idempotent requests. Deletes itself after finishing.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(QNetworkAccessManager *network, ApiRequest request, const ApiJobOptions &options, QObject *parent = nullptr);
    ~ApiJob() override;

    void start();
    void abort();
    const ApiRequest &request() const { return m_request; }

signals:
    void finished(const clickar::ApiResponse &response);

private:
    void send();
    void onReplyFinished();
    void onTimeout();
    void checkSize(qint64 bytes);
    void complete(ApiResponse response);
    bool retryIfWorthIt(const ApiError &error);
    ApiError errorFromHttp(int status, const QByteArray &body) const;
    ApiError tlsError() const;

    QNetworkAccessManager *m_network;
    ApiRequest m_request;
    ApiJobOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    QList<QSslError> m_sslErrors; // of the current attempt
    bool m_done = false;
};

} // namespace clickar
