#include "service/ApiJob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcNet, "clickar.net")

namespace clickar {

namespace {
// Paths carry policy numbers and ids, which are personal: logs show the route's shape only.
QString loggablePath(const QUrl &url)
{
    // Any segment with a digit, except the API version ("v1").
    static const QRegularExpression segmentWithDigits(QStringLiteral("/(?!v[0-9]+(?:/|$))[^/]*[0-9][^/]*"));
    return url.path().replace(segmentWithDigits, QStringLiteral("/*"));
}
} // namespace

ApiJob::ApiJob(QNetworkAccessManager *network, ApiRequest request, const ApiJobOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    send();
}

void ApiJob::abort()
{
    if (m_done)
        return;
    m_done = true;
    deleteLater();
}

void ApiJob::send()
{
    ++m_attempt;
    m_timedOut = false;
    m_tooLarge = false;
    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json, application/pdf");
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (!m_options.caCertificates.isEmpty()) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.addCaCertificates(m_options.caCertificates);
        request.setSslConfiguration(tls);
    }
    m_sslErrors.clear();

    QNetworkReply *reply = m_request.body.isEmpty() && m_request.method == "GET"
                               ? m_network->get(request)
                               : m_network->sendCustomRequest(request, m_request.method, m_request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    // Never ignored: the reply then fails, and the reason is kept for a plain message.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64 total) { checkSize(qMax(received, total)); });
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [this, reply] { checkSize(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()); });
    m_timeout.start(m_options.timeoutMs);
}

void ApiJob::checkSize(qint64 bytes)
{
    if (bytes > m_options.maxBodyBytes && m_reply && !m_tooLarge) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiJob::onTimeout()
{
    if (m_reply) {
        m_timedOut = true;
        m_reply->abort();
    }
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiResponse response;
    response.status = status;
    if (m_tooLarge) {
        ApiError error;
        error.kind = ApiError::Kind::TooLarge;
        error.technical = QStringLiteral("response body over %1 bytes").arg(m_options.maxBodyBytes);
        response.error = error;
        complete(response);
        return;
    }
    if (!m_timedOut && (!m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)) {
        response.error = tlsError();
        complete(response);
        return;
    }
    if (m_timedOut || (reply->error() != QNetworkReply::NoError && status == 0)) {
        ApiError error;
        error.kind = m_timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network;
        error.technical =
            m_timedOut ? QStringLiteral("timeout after %1 ms").arg(m_options.timeoutMs) : reply->errorString();
        if (!retryIfWorthIt(error)) {
            response.error = error;
            complete(response);
        }
        return;
    }
    // Read what arrived, at most one byte over the cap: read(cap) alone would first allocate the whole cap.
    response.body = reply->read(qMin(reply->bytesAvailable(), m_options.maxBodyBytes + 1));
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (response.body.size() > m_options.maxBodyBytes) {
        ApiError error;
        error.kind = ApiError::Kind::TooLarge;
        response.error = error;
    } else if (status < 200 || status >= 300) {
        const ApiError error = errorFromHttp(status, response.body);
        if (retryIfWorthIt(error))
            return;
        response.error = error;
    }
    complete(response);
}

bool ApiJob::retryIfWorthIt(const ApiError &error)
{
    if (!m_request.retryable || !error.isTransient() || m_attempt > m_options.maxRetries)
        return false;
    const int delay = m_options.retryBaseDelayMs * (1 << (m_attempt - 1));
    qCInfo(lcNet) << "retrying" << m_request.method << loggablePath(m_request.url) << "in" << delay << "ms after"
                  << error.technical << error.status;
    QTimer::singleShot(delay, this, &ApiJob::send);
    return true;
}

ApiError ApiJob::tlsError() const
{
    ApiError e;
    e.kind = ApiError::Kind::Tls;
    e.code = QStringLiteral("tls_other");
    QStringList names;
    for (const QSslError &error : m_sslErrors) {
        names.append(QString::number(int(error.error())));
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            e.code = QStringLiteral("tls_self_signed");
            break;
        case QSslError::CertificateExpired:
            if (e.code != QStringLiteral("tls_self_signed"))
                e.code = QStringLiteral("tls_expired");
            break;
        case QSslError::CertificateNotYetValid: // often this computer's clock, not the certificate
            if (e.code != QStringLiteral("tls_self_signed") && e.code != QStringLiteral("tls_expired"))
                e.code = QStringLiteral("tls_not_yet_valid");
            break;
        case QSslError::HostNameMismatch:
            if (e.code == QStringLiteral("tls_other") || e.code == QStringLiteral("tls_untrusted"))
                e.code = QStringLiteral("tls_host_mismatch");
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            if (e.code == QStringLiteral("tls_other"))
                e.code = QStringLiteral("tls_untrusted");
            break;
        default:
            break;
        }
    }
    // The host and the reason for the log; nothing of the person (no path beyond the template, no body).
    e.technical = QStringLiteral("TLS: %1 (QSslError %2) for %3").arg(e.code, names.join(u','), m_request.url.host());
    qCWarning(lcNet) << "certificate of" << m_request.url.host() << "refused:" << e.code << names;
    return e;
}

ApiError ApiJob::errorFromHttp(int status, const QByteArray &body) const
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    ApiError e = ApiError::http(status, error.value(QStringLiteral("code")).toString(),
                                error.value(QStringLiteral("message")).toString(),
                                error.value(QStringLiteral("details")).toObject());
    if (e.code.isEmpty())
        e.code = status >= 500 ? QStringLiteral("internal") : QStringLiteral("http_%1").arg(status);
    e.technical = QStringLiteral("HTTP %1 %2").arg(status).arg(e.code);
    return e;
}

void ApiJob::complete(ApiResponse response)
{
    if (m_done)
        return;
    m_done = true;
    if (response.error)
        qCInfo(lcNet) << m_request.method << loggablePath(m_request.url) << "failed:" << response.error->technical;
    emit finished(response);
    deleteLater();
}

} // namespace clickar
