#pragma once
// Shared by the tst_mock*.cpp service tests: raw HTTP against a MockRenewalService on loopback, waiting on each
// reply's finished() signal with an event loop (no sleeps), plus the login and renewal steps most tests need.

#include "mock/MockRenewalService.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace mocktest {

struct Response
{
    int status = 0; // 0: no HTTP answer (connection dropped, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString code() const
    {
        return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
    QString message() const
    {
        return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
    QJsonObject details() const
    {
        return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("details")).toObject();
    }
    QJsonObject fields() const { return details().value(QStringLiteral("fields")).toObject(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

inline const QString password = QStringLiteral("Clickar#2026");

class Http
{
public:
    explicit Http(const QUrl &server)
        : m_base(server.toString() + QStringLiteral("/api/v1"))
    {}

    // Starts a request; the reply belongs to this object's network access manager.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body,
                         const Headers &headers = {})
    {
        QNetworkRequest request(QUrl(m_base + path));
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // QNetworkAccessManager sends the system's languages by default; the tests choose explicitly.
        request.setRawHeader(QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("ja"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        return m_manager.sendCustomRequest(request, method, body);
    }

    static Response wait(QNetworkReply *reply, int timeoutMs = 20000)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Response r;
        if (!reply->isFinished())
            reply->abort();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    Response send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const Headers &headers = {})
    {
        return wait(start(method, path, body, headers));
    }
    Response get(const QString &path, const QString &token = {}, Headers headers = {})
    {
        return send("GET", path, {}, withToken(token, headers));
    }
    Response post(const QString &path, const QJsonObject &body, const QString &token = {}, Headers headers = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), withToken(token, headers));
    }
    Response put(const QString &path, const QJsonObject &body, const QString &token, Headers headers = {})
    {
        return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), withToken(token, headers));
    }

    static Headers withToken(const QString &token, Headers headers)
    {
        if (!token.isEmpty())
            headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token.toLatin1()});
        return headers;
    }

    // The newest mail in the outbox (GET /_mock/outbox is newest first).
    QJsonObject newestMail() { return get(QStringLiteral("/_mock/outbox")).array().first().toObject(); }
    QString newestOtp()
    {
        static const QRegularExpression code(QStringLiteral("ワンタイムパスワード：(\\d{6})"));
        return code.match(newestMail().value(QStringLiteral("body")).toString()).captured(1);
    }

    // Logs in (with the one-time password from the outbox when asked) and returns the access token.
    QString login(const QString &email, const QString &pw = password)
    {
        const Response first =
            post(QStringLiteral("/auth/login"), {{QStringLiteral("email"), email}, {QStringLiteral("password"), pw}});
        if (first.status != 200)
            return {};
        QJsonObject tokens = first.object();
        if (tokens.value(QStringLiteral("otpRequired")).toBool()) {
            tokens = post(QStringLiteral("/auth/otp"),
                          {{QStringLiteral("challengeId"), tokens.value(QStringLiteral("challengeId"))},
                           {QStringLiteral("code"), newestOtp()}})
                         .object();
        }
        return tokens.value(QStringLiteral("accessToken")).toString();
    }

    // Creates (or resumes) the renewal of a contract; the renewal object.
    QJsonObject renewal(const QString &token, const QString &policyNumber)
    {
        return post(QStringLiteral("/contracts/%1/renewals").arg(policyNumber), {}, token).object();
    }

    Response step(const QString &token, const QJsonObject &renewal, const QString &step, QJsonObject body)
    {
        body.insert(QStringLiteral("confirmed"), true);
        return put(
            QStringLiteral("/renewals/%1/steps/%2").arg(renewal.value(QStringLiteral("id")).toString(), step), body,
            token,
            {{QByteArrayLiteral("If-Match"), QByteArray::number(renewal.value(QStringLiteral("version")).toInt())}});
    }

    // The bodies that confirm each step with the renewal's own (valid) values.
    static QJsonObject stepBody(const QJsonObject &renewal, const QString &step)
    {
        const QJsonObject drivers = renewal.value(QStringLiteral("drivers")).toObject();
        const QJsonObject insured = renewal.value(QStringLiteral("insured")).toObject();
        const QJsonObject customer = renewal.value(QStringLiteral("customer")).toObject();
        const QDate start = QDate::fromString(
            renewal.value(QStringLiteral("newPeriod")).toObject().value(QStringLiteral("start")).toString(),
            Qt::ISODate);
        if (step == QStringLiteral("basic"))
            return {{QStringLiteral("limit"), drivers.value(QStringLiteral("limit"))},
                    {QStringLiteral("ageCondition"), drivers.value(QStringLiteral("ageCondition"))},
                    {QStringLiteral("licenceColour"), insured.value(QStringLiteral("licenceColour"))}};
        if (step == QStringLiteral("coverage"))
            return {{QStringLiteral("planId"), renewal.value(QStringLiteral("selectedPlanId"))}};
        if (step == QStringLiteral("details"))
            return {{QStringLiteral("nextLicenceRenewal"), start.addYears(2).toString(QStringLiteral("yyyy-MM"))},
                    {QStringLiteral("use"),
                     renewal.value(QStringLiteral("vehicle")).toObject().value(QStringLiteral("use"))},
                    {QStringLiteral("youngest"), drivers.value(QStringLiteral("youngest"))}};
        if (step == QStringLiteral("customer")) {
            QJsonObject body = customer;
            body.remove(QStringLiteral("maskedEmail"));
            body.remove(QStringLiteral("groupName"));
            return body;
        }
        if (step == QStringLiteral("disclosure"))
            return {{QStringLiteral("eDeliveryConsent"), true},
                    {QStringLiteral("noticesConfirmed"), true},
                    {QStringLiteral("documentSha256"), renewal.value(QStringLiteral("documents"))
                                                           .toArray()
                                                           .first()
                                                           .toObject()
                                                           .value(QStringLiteral("sha256"))}};
        return {};
    }

    // Confirms every step not yet confirmed, in order; the last renewal (or an empty object on a failure). An agent
    // attests the consent steps (agentAttested).
    QJsonObject confirmAll(const QString &token, QJsonObject renewal, bool agent = false)
    {
        static const QStringList steps = {QStringLiteral("preconfirm"), QStringLiteral("basic"),
                                          QStringLiteral("coverage"),   QStringLiteral("details"),
                                          QStringLiteral("decision"),   QStringLiteral("customer"),
                                          QStringLiteral("disclosure")};
        for (const QString &s : steps) {
            if (renewal.value(QStringLiteral("confirmedSteps")).toArray().contains(s))
                continue;
            QJsonObject body = stepBody(renewal, s);
            if (agent && (s == QStringLiteral("preconfirm") || s == QStringLiteral("disclosure")))
                body.insert(QStringLiteral("agentAttested"), true);
            const Response r = step(token, renewal, s, body);
            if (r.status != 200)
                return {};
            renewal = r.object();
        }
        return renewal;
    }

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QString m_base;
    QNetworkAccessManager m_manager;
};

// A fresh service on an ephemeral loopback port with a fixed today.
inline std::unique_ptr<clickar::MockRenewalService> startService(clickar::MockOptions options = {})
{
    if (!options.today.isValid())
        options.today = QDate(2026, 11, 25);
    auto service = std::make_unique<clickar::MockRenewalService>(options);
    if (!service->listen())
        return nullptr;
    return service;
}

} // namespace mocktest
