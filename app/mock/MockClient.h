#pragma once

#include "domain/Account.h"
#include "service/ApiJob.h"
#include "service/Result.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace clickar {

// The client of the mock-only endpoints (docs/api.md, "Demo-only routes"): the outbox, back to the seed, the clock
// moved forward. A real service has none of them, so they are not part of RenewalClient; the demo mail panel, the
// demo's reset and the tests use this one. Every call is one ApiJob; `done` runs on the thread of `context`,
// never after `context` was destroyed. https, or http on loopback only, as for RenewalClient (checkServerUrl);
// over https it trusts the same extra certificate authorities as the app's RenewalClient (--ca-file).
class MockClient : public QObject
{
    Q_OBJECT

public:
    explicit MockClient(const QUrl &server, QObject *parent = nullptr);

    QUrl server() const { return m_server; }
    void setServer(const QUrl &server) { m_server = server; }
    // Trusted in addition to the system's authorities (the app's --ca-file / caFile).
    void setCaCertificates(const QList<QSslCertificate> &authorities) { m_jobOptions.caCertificates = authorities; }

    void outbox(QObject *context, Callback<QList<Mail>> done);              // GET /_mock/outbox, newest first
    void reset(QObject *context, Callback<Nothing> done);                   // POST /_mock/reset
    void advance(qint64 seconds, QObject *context, Callback<Nothing> done); // POST /_mock/advance

private:
    void send(const QByteArray &method, const QString &path, const QByteArray &body, bool retryable, QObject *context,
              std::function<void(const ApiResponse &)> handler);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    ApiJobOptions m_jobOptions;
};

} // namespace clickar
