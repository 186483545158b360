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
// never after `context` was destroyed. Loopback http only, as for RenewalClient (RenewalClient::checkServerUrl).
class MockClient : public QObject
{
    Q_OBJECT

public:
    explicit MockClient(const QUrl &server, QObject *parent = nullptr);

    QUrl server() const { return m_server; }
    void setServer(const QUrl &server) { m_server = server; }

    void outbox(QObject *context, Callback<QList<Mail>> done);              // GET /_mock/outbox, newest first
    void reset(QObject *context, Callback<Nothing> done);                   // POST /_mock/reset
    void advance(qint64 seconds, QObject *context, Callback<Nothing> done); // POST /_mock/advance

private:
    void send(const QByteArray &method, const QString &path, const QByteArray &body, bool retryable, QObject *context,
              std::function<void(const ApiResponse &)> handler);

    QNetworkAccessManager *m_network;
    QUrl m_server;
};

} // namespace clickar
