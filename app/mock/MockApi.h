#pragma once

#include "mock/MockReply.h"
#include "mock/MockStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>

namespace clickar {

// One HTTP request as the mock sees it, already read in full.
struct MockRequest
{
    QByteArray method; // GET, POST…
    QString path;      // percent-encoded URL path, e.g. /api/v1/renewals/rn_1/steps/basic
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive, "" when absent
    MockLang lang() const;                           // English for Accept-Language: en…, Japanese otherwise
};

// The routes of the renewal service API (docs/api.md) and of the mock-only /_mock endpoints, all under /api/v1:
// matching (404 unknown path, 405 known path with another method), the size cap (413), authentication (401),
// JSON bodies (400), then the store's operation (in one transaction unless it is a GET).
class MockApi
{
public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;
    static inline const QString prefix = QStringLiteral("/api/v1");

    explicit MockApi(MockStore &store);

    // *routeTemplate receives the matched template ("/api/v1/renewals/{id}", no ids) or "" when none matched.
    MockReply handle(const MockRequest &request, QString *routeTemplate = nullptr);

    // The template of the route `request` goes to ("" when none): for logs, which must not show ids.
    QString routeOf(const MockRequest &request) const;

    // (method, template relative to /api/v1), e.g. ("PUT", "/renewals/{id}/steps/{step}").
    QList<QPair<QByteArray, QString>> routes() const;

    static bool isMockOnly(const QString &routeTemplate) { return routeTemplate.contains(QStringLiteral("/_mock/")); }

private:
    struct Call
    {
        const MockRequest &request;
        QStringList args; // the {…} segments, decoded
        const SeedAccount *account;
        QJsonObject body;
        MockLang lang;
    };
    using Handler = std::function<MockReply(Call &)>;
    // Optional: a token is checked when one is sent; without one the handler gets no account.
    enum class Access { Public, Optional, Authenticated };
    enum class Body { None, Json };
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Access access;
        Body body;
        Handler handler;
    };

    void add(const char *method, const QString &pattern, Access access, Body body, Handler handler);
    void addAuthRoutes();
    void addContractRoutes();
    void addRenewalRoutes();
    void addMockRoutes();
    static std::optional<QStringList> match(const Route &route, const QStringList &segments);

    MockStore &m_store;
    QList<Route> m_routes;
};

} // namespace clickar
