#include "mock/MockApi.h"

#include <QJsonDocument>
#include <QUrl>

namespace clickar {

QByteArray MockRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

MockLang MockRequest::lang() const
{
    const QByteArray first = header("Accept-Language").split(',').value(0).trimmed().toLower();
    return first.startsWith("en") ? MockLang::English : MockLang::Japanese;
}

MockApi::MockApi(MockStore &store)
    : m_store(store)
{
    addAuthRoutes();
    addContractRoutes();
    addRenewalRoutes();
    addMockRoutes();
}

void MockApi::add(const char *method, const QString &pattern, Access access, Body body, Handler handler)
{
    m_routes.append(
        Route{QByteArray(method), pattern, pattern.split(u'/', Qt::SkipEmptyParts), access, body, std::move(handler)});
}

void MockApi::addAuthRoutes()
{
    add("POST", QStringLiteral("/auth/login"), Access::Public, Body::Json,
        [this](Call &c) { return m_store.auth().login(c.body, c.lang); });
    add("POST", QStringLiteral("/auth/otp"), Access::Public, Body::Json,
        [this](Call &c) { return m_store.auth().verifyOtp(c.body, c.lang); });
    add("POST", QStringLiteral("/auth/otp/resend"), Access::Public, Body::Json,
        [this](Call &c) { return m_store.auth().resendOtp(c.body, c.lang); });
    add("POST", QStringLiteral("/auth/refresh"), Access::Public, Body::Json,
        [this](Call &c) { return m_store.auth().refresh(c.body, c.lang); });
    add("POST", QStringLiteral("/auth/logout"), Access::Authenticated, Body::None,
        [this](Call &c) { return m_store.auth().logout(c.request.header("Authorization")); });
}

void MockApi::addContractRoutes()
{
    add("GET", QStringLiteral("/me"), Access::Authenticated, Body::None,
        [this](Call &c) { return m_store.renewals().me(*c.account, c.lang); });
    add("GET", QStringLiteral("/contracts"), Access::Authenticated, Body::None, [this](Call &c) {
        const QString query = c.request.query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        MockRenewals::ContractPage page;
        const auto number = [&c](const char *name, qsizetype fallback, qsizetype max) -> std::optional<qsizetype> {
            const QString text = c.request.query.queryItemValue(QString::fromLatin1(name));
            if (text.isEmpty())
                return fallback;
            bool ok = false;
            const qsizetype value = text.toLongLong(&ok);
            return ok && value >= 0 && value <= max ? std::optional<qsizetype>(value) : std::nullopt;
        };
        const std::optional<qsizetype> offset = number("offset", 0, 1000000);
        const std::optional<qsizetype> limit = number("limit", -1, 500);
        if (!offset || !limit)
            return mockerror::badRequest(c.lang, QStringLiteral("offset and limit: whole numbers (limit at most 500)"));
        page.offset = *offset;
        page.limit = *limit;
        return m_store.renewals().contracts(*c.account, query, page, c.lang);
    });
    add("GET", QStringLiteral("/contracts/{policyNumber}/guide"), Access::Authenticated, Body::None,
        [this](Call &c) { return m_store.renewals().guide(*c.account, c.args.at(0), c.lang); });
    add("POST", QStringLiteral("/contracts/{policyNumber}/renewals"), Access::Authenticated, Body::None,
        [this](Call &c) { return m_store.renewals().createRenewal(*c.account, c.args.at(0), c.lang); });
    add("GET", QStringLiteral("/documents/{docId}"), Access::Authenticated, Body::None,
        [this](Call &c) { return m_store.renewals().document(c.args.at(0), c.lang); });
    add("GET", QStringLiteral("/support"), Access::Optional, Body::None,
        [this](Call &c) { return m_store.renewals().support(c.account, c.lang); });
}

void MockApi::addRenewalRoutes()
{
    add("GET", QStringLiteral("/renewals/{id}"), Access::Authenticated, Body::None,
        [this](Call &c) { return m_store.renewals().renewal(*c.account, c.args.at(0), c.lang); });
    add("PUT", QStringLiteral("/renewals/{id}/steps/{step}"), Access::Authenticated, Body::Json, [this](Call &c) {
        return m_store.renewals().putStep(*c.account, c.args.at(0), c.args.at(1), c.request.header("If-Match"), c.body,
                                          c.lang);
    });
    add("PUT", QStringLiteral("/renewals/{id}/inputs/{step}"), Access::Authenticated, Body::Json, [this](Call &c) {
        return m_store.renewals().putInputs(*c.account, c.args.at(0), c.args.at(1), c.body, c.lang);
    });
    add("POST", QStringLiteral("/renewals/{id}/quote"), Access::Authenticated, Body::Json,
        [this](Call &c) { return m_store.renewals().quote(*c.account, c.args.at(0), c.body, c.lang); });
    add("POST", QStringLiteral("/renewals/{id}/submit"), Access::Authenticated, Body::Json, [this](Call &c) {
        return m_store.renewals().submit(*c.account, c.args.at(0), c.request.header("Idempotency-Key"), c.body, c.lang);
    });
}

void MockApi::addMockRoutes()
{
    add("GET", QStringLiteral("/_mock/outbox"), Access::Public, Body::None,
        [this](Call &) { return m_store.outboxJson(); });
    add("POST", QStringLiteral("/_mock/reset"), Access::Public, Body::None, [this](Call &) {
        m_store.reset();
        return MockReply::noContent();
    });
    add("POST", QStringLiteral("/_mock/advance"), Access::Public, Body::Json,
        [this](Call &c) { return m_store.advance(c.body, c.lang); });
}

QList<QPair<QByteArray, QString>> MockApi::routes() const
{
    QList<QPair<QByteArray, QString>> list;
    for (const Route &route : m_routes)
        list.append({route.method, route.pattern});
    return list;
}

std::optional<QStringList> MockApi::match(const Route &route, const QStringList &segments)
{
    if (route.segments.size() != segments.size())
        return std::nullopt;
    QStringList args;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &pattern = route.segments.at(i);
        if (pattern.startsWith(u'{')) {
            const QString arg = QUrl::fromPercentEncoding(segments.at(i).toUtf8());
            if (arg.isEmpty())
                return std::nullopt;
            args.append(arg);
        } else if (pattern != segments.at(i)) {
            return std::nullopt;
        }
    }
    return args;
}

QString MockApi::routeOf(const MockRequest &request) const
{
    if (!request.path.startsWith(prefix + u'/'))
        return {};
    const QStringList segments = request.path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
    QString samePath; // a route of this path with another method (answered 405)
    for (const Route &route : m_routes) {
        if (!match(route, segments))
            continue;
        if (route.method == request.method)
            return prefix + route.pattern;
        samePath = prefix + route.pattern;
    }
    return samePath;
}

MockReply MockApi::handle(const MockRequest &request, QString *routeTemplate)
{
    const MockLang lang = request.lang();
    if (routeTemplate)
        routeTemplate->clear();
    bool lengthOk = true;
    const QByteArray contentLength = request.header("Content-Length").trimmed();
    if (!contentLength.isEmpty() && (contentLength.toLongLong(&lengthOk) > maxBodyBytes || !lengthOk))
        return lengthOk ? mockerror::payloadTooLarge(lang)
                        : mockerror::badRequest(lang, QStringLiteral("Content-Length"));
    if (request.body.size() > maxBodyBytes)
        return mockerror::payloadTooLarge(lang);
    if (!request.path.startsWith(prefix + u'/'))
        return mockerror::notFound(lang);
    const QStringList segments = request.path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
    if (request.path.endsWith(u'/') || request.path.contains(QStringLiteral("//")))
        return mockerror::notFound(lang);

    QByteArrayList allowed;
    for (const Route &route : std::as_const(m_routes)) {
        const std::optional<QStringList> args = match(route, segments);
        if (!args)
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            continue;
        }
        if (routeTemplate)
            *routeTemplate = prefix + route.pattern;
        if (!isMockOnly(route.pattern) && !m_store.isLoaded())
            return mockerror::unavailable(lang);
        Call call{request, *args, nullptr, {}, lang};
        const bool tokenSent = !request.header("Authorization").isEmpty();
        if (route.access == Access::Authenticated || (route.access == Access::Optional && tokenSent)) {
            call.account = m_store.auth().authenticate(request.header("Authorization"));
            if (!call.account)
                return mockerror::unauthorized(lang);
        }
        if (route.body == Body::Json && !request.body.trimmed().isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError)
                return mockerror::badRequest(lang, QStringLiteral("malformed JSON: ") + error.errorString());
            if (!doc.isObject())
                return mockerror::badRequest(lang, QStringLiteral("expected a JSON object"));
            call.body = doc.object();
        }
        if (route.method == "GET")
            return route.handler(call);
        // A request that may change the state: one transaction, committed before the answer is written.
        return m_store.write([&route, &call] { return route.handler(call); }, lang);
    }
    if (!allowed.isEmpty())
        return mockerror::methodNotAllowed(lang, allowed.join(", "));
    return mockerror::notFound(lang);
}

} // namespace clickar
