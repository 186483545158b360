#include "service/RenewalClient.h"

#include "domain/Codec.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <utility>

namespace clickar {

namespace {
ApiError malformed(const QString &what)
{
    ApiError error;
    error.kind = ApiError::Kind::Malformed;
    error.technical = what;
    return error;
}

bool isLoopback(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString encoded(const QString &pathSegment)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(pathSegment));
}
} // namespace

RenewalClient::RenewalClient(const QUrl &server, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_server(server)
{
    m_network->setAutoDeleteReplies(false);
}

QString RenewalClient::checkServerUrl(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty())
        return tr("The server address is not a valid URL.");
    if (server.scheme() == QStringLiteral("https"))
        return {};
    if (server.scheme() == QStringLiteral("http") && isLoopback(server.host()))
        return {};
    return tr("The server address must start with https:// (plain http:// is allowed only for this computer).");
}

void RenewalClient::setExtraHeader(const QByteArray &name, const QByteArray &value)
{
    m_extraHeaders.removeIf(
        [&name](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isEmpty())
        m_extraHeaders.append({name, value});
}

QUrl RenewalClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1") + path, QUrl::TolerantMode);
    url.setQuery(query);
    return url;
}

void RenewalClient::start(const Call &call, QObject *context, Handler handler)
{
    const QString refusal = checkServerUrl(m_server);
    if (!refusal.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Insecure;
        error.technical = refusal;
        ApiResponse response;
        response.error = error;
        QMetaObject::invokeMethod(
            context, [handler, response] { handler(response); }, Qt::QueuedConnection);
        return;
    }
    if (m_holding && call.authenticated && call.holdable) {
        m_held.append(Held{call, context, std::move(handler)});
        return;
    }
    send(call, context, std::move(handler));
}

void RenewalClient::send(const Call &call, QObject *context, Handler handler)
{
    ApiRequest request;
    request.method = call.method;
    request.url = urlFor(call.path, call.query);
    request.retryable = call.retryable;
    request.headers = call.headers;
    request.headers.append({"Accept-Language", m_language});
    request.headers.append(m_extraHeaders);
    const QString token = call.authenticated ? m_accessToken : QString();
    if (!token.isEmpty())
        request.headers.append({"Authorization", "Bearer " + token.toUtf8()});
    if (!call.body.isEmpty() || call.method == "POST" || call.method == "PUT")
        request.body = QJsonDocument(call.body).toJson(QJsonDocument::Compact);

    auto *job = new ApiJob(m_network, request, m_options, this);
    connect(job, &ApiJob::finished, context, [this, call, context, handler, token](const ApiResponse &r) {
        if (holdIfUnauthorized(call, context, handler, token, r))
            return;
        if (call.authenticated && r.error && r.error->kind == ApiError::Kind::Http && r.error->status == 401)
            emit unauthorized();
        handler(r);
    });
    job->start();
}

bool RenewalClient::holdIfUnauthorized(const Call &call, QObject *context, const Handler &handler,
                                       const QString &sentWith, const ApiResponse &response)
{
    const bool refused = call.authenticated && response.error && response.error->kind == ApiError::Kind::Http &&
                         response.error->status == 401;
    if (!refused || !m_holdOnUnauthorized || !call.holdable || call.resends >= 2)
        return false;
    Call again = call;
    ++again.resends;
    if (m_holding) {
        m_held.append(Held{again, context, handler});
        return true;
    }
    if (!m_accessToken.isEmpty() && m_accessToken != sentWith) {
        // Refused with a token that has been replaced meanwhile: the new one is already here.
        send(again, context, handler);
        return true;
    }
    m_held.append(Held{again, context, handler});
    m_holding = true;
    emit authorizationRequired();
    return true;
}

void RenewalClient::holdRequests()
{
    m_holding = true;
}

void RenewalClient::resumeHeld()
{
    m_holding = false;
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &h : held) {
        if (h.context)
            send(h.call, h.context, h.handler);
    }
}

void RenewalClient::failHeld(const ApiError &error)
{
    m_holding = false;
    const QList<Held> held = std::exchange(m_held, {});
    ApiResponse response;
    response.status = error.status;
    response.error = error;
    for (const Held &h : held) {
        if (h.context)
            h.handler(response);
    }
}

void RenewalClient::dropHeld()
{
    m_holding = false;
    m_held.clear();
}

template<typename T> void RenewalClient::fetchObject(const Call &call, QObject *context, Callback<T> done)
{
    start(call, context, [done](const ApiResponse &response) {
        if (response.error)
            return done(*response.error);
        QString problem;
        const std::optional<T> value = decodeObject<T>(response.body, &problem);
        if (!value)
            return done(malformed(problem));
        done(*value);
    });
}

void RenewalClient::login(const QString &email, const QString &password, QObject *context, Callback<LoginResult> done)
{
    Call call{"POST",
              QStringLiteral("/auth/login"),
              {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}};
    call.authenticated = false;
    fetchObject<LoginResult>(call, context, std::move(done));
}

void RenewalClient::verifyOtp(const QString &challengeId, const QString &code, QObject *context, Callback<Tokens> done)
{
    Call call{"POST",
              QStringLiteral("/auth/otp"),
              {{QStringLiteral("challengeId"), challengeId}, {QStringLiteral("code"), code}}};
    call.authenticated = false;
    fetchObject<Tokens>(call, context, std::move(done));
}

void RenewalClient::resendOtp(const QString &challengeId, QObject *context, Callback<int> done)
{
    Call call{"POST", QStringLiteral("/auth/otp/resend"), {{QStringLiteral("challengeId"), challengeId}}};
    call.authenticated = false;
    start(call, context, [done](const ApiResponse &response) {
        if (response.error)
            return done(*response.error);
        const QJsonValue expiresIn = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("expiresIn"));
        if (!expiresIn.isDouble())
            return done(malformed(QStringLiteral("expiresIn missing")));
        done(expiresIn.toInt());
    });
}

void RenewalClient::refresh(const QString &refreshToken, QObject *context, Callback<Tokens> done)
{
    Call call{"POST", QStringLiteral("/auth/refresh"), {{QStringLiteral("refreshToken"), refreshToken}}};
    call.authenticated = false;
    fetchObject<Tokens>(call, context, std::move(done));
}

void RenewalClient::logout(QObject *context, Callback<Nothing> done)
{
    Call call{"POST", QStringLiteral("/auth/logout")};
    call.holdable = false; // ending a session never waits for a new one
    start(call, context, [done](const ApiResponse &response) {
        if (response.error)
            return done(*response.error);
        done(Nothing{});
    });
}

void RenewalClient::me(QObject *context, Callback<Me> done)
{
    Call call{"GET", QStringLiteral("/me")};
    call.retryable = true;
    fetchObject<Me>(call, context, std::move(done));
}

void RenewalClient::contracts(const QString &query, QObject *context, Callback<QList<Contract>> done)
{
    Call call{"GET", QStringLiteral("/contracts")};
    call.retryable = true;
    if (!query.isEmpty())
        call.query.addQueryItem(QStringLiteral("query"), query);
    start(call, context, [done](const ApiResponse &response) {
        if (response.error)
            return done(*response.error);
        QString problem;
        const std::optional<QList<Contract>> list = decodeArray<Contract>(response.body, &problem);
        if (!list)
            return done(malformed(problem));
        done(*list);
    });
}

void RenewalClient::guide(const QString &policyNumber, QObject *context, Callback<Guide> done)
{
    Call call{"GET", QStringLiteral("/contracts/%1/guide").arg(encoded(policyNumber))};
    call.retryable = true;
    fetchObject<Guide>(call, context, std::move(done));
}

void RenewalClient::startRenewal(const QString &policyNumber, QObject *context, Callback<Renewal> done)
{
    // Creating is idempotent on the service's side: a second call returns the renewal in progress.
    Call call{"POST", QStringLiteral("/contracts/%1/renewals").arg(encoded(policyNumber))};
    call.retryable = true;
    fetchObject<Renewal>(call, context, std::move(done));
}

void RenewalClient::renewal(const QString &renewalId, QObject *context, Callback<Renewal> done)
{
    Call call{"GET", QStringLiteral("/renewals/%1").arg(encoded(renewalId))};
    call.retryable = true;
    fetchObject<Renewal>(call, context, std::move(done));
}

void RenewalClient::confirmStep(const Renewal &current, Step step, const QJsonObject &fields, QObject *context,
                                Callback<Renewal> done)
{
    QJsonObject body = fields;
    body.insert(QStringLiteral("confirmed"), true);
    Call call{"PUT", QStringLiteral("/renewals/%1/steps/%2").arg(encoded(current.id), stepCode(step)), body};
    // Not retried automatically: if the first attempt was applied, a resend would meet version_conflict.
    call.headers.append({"If-Match", QByteArray::number(current.version)});
    fetchObject<Renewal>(call, context, std::move(done));
}

void RenewalClient::saveInputs(const QString &renewalId, Step step, const QJsonObject &fields, QObject *context,
                               Callback<Nothing> done)
{
    Call call{"PUT", QStringLiteral("/renewals/%1/inputs/%2").arg(encoded(renewalId), stepCode(step)), fields};
    call.retryable = true; // the same inputs kept twice are kept once
    start(call, context, [done](const ApiResponse &response) {
        if (response.error)
            return done(*response.error);
        done(Nothing{});
    });
}

void RenewalClient::quote(const QString &renewalId, const QJsonObject &selections, QObject *context,
                          Callback<Quote> done)
{
    Call call{"POST", QStringLiteral("/renewals/%1/quote").arg(encoded(renewalId)), selections};
    call.retryable = true; // a quote changes nothing on the service
    fetchObject<Quote>(call, context, std::move(done));
}

void RenewalClient::document(const QString &documentId, QObject *context, Callback<QByteArray> done)
{
    Call call{"GET", QStringLiteral("/documents/%1").arg(encoded(documentId))};
    call.retryable = true;
    start(call, context, [done](const ApiResponse &response) {
        if (response.error)
            return done(*response.error);
        if (!response.body.startsWith("%PDF-"))
            return done(malformed(QStringLiteral("document is not a PDF")));
        done(response.body);
    });
}

void RenewalClient::submit(const QString &renewalId, const SubmitRequest &request, const QString &idempotencyKey,
                           QObject *context, Callback<SubmitResult> done)
{
    Call call{"POST",
              QStringLiteral("/renewals/%1/submit").arg(encoded(renewalId)),
              {{QStringLiteral("driverCard"), request.driverCard}, {QStringLiteral("nextNotice"), request.nextNotice}}};
    if (request.agentAttested)
        call.body.insert(QStringLiteral("agentAttested"), true);
    // The idempotency key makes a resend safe: the service answers it with the first result.
    call.retryable = true;
    call.headers.append({"Idempotency-Key", idempotencyKey.toUtf8()});
    fetchObject<SubmitResult>(call, context, std::move(done));
}

void RenewalClient::support(QObject *context, Callback<Support> done)
{
    Call call{"GET", QStringLiteral("/support")};
    call.retryable = true;
    fetchObject<Support>(call, context, std::move(done));
}

} // namespace clickar
