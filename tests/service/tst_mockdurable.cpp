// docs/quality.md, reliability: the standalone clickar-mock-server killed (SIGKILL) right after it acknowledged a step
// save or a submission has that write after a restart on the same --db file — the step, the submitted policy and
// the answer stored under the Idempotency-Key — and so has the login itself.
#include "tst_mockhttp.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef CLICKAR_MOCK_SERVER
#error "CLICKAR_MOCK_SERVER: the path of clickar-mock-server (tests/CMakeLists.txt)"
#endif

using namespace mocktest;

class TestMockDurable : public QObject
{
    Q_OBJECT

private:
    // Starts the server on the database file with an ephemeral port; the URL from the line it prints.
    QUrl startServer(const QStringList &extra = {})
    {
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::SeparateChannels);
        m_server->start(QStringLiteral(CLICKAR_MOCK_SERVER),
                        QStringList{QStringLiteral("--db"), dbFile(), QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--today"), QStringLiteral("2026-11-25")} +
                            extra);
        if (!m_server->waitForStarted(10000))
            return {};
        QByteArray out;
        static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)/api/v1"));
        QRegularExpressionMatch match;
        const bool ok = QTest::qWaitFor(
            [&] {
                out += m_server->readAllStandardOutput();
                match = listening.match(QString::fromUtf8(out));
                return match.hasMatch() || m_server->state() == QProcess::NotRunning;
            },
            15000);
        if (!ok || !match.hasMatch())
            return {};
        return QUrl(match.captured(1));
    }

    void killServer()
    {
        m_server->kill(); // SIGKILL: no chance to flush or close anything
        QVERIFY(m_server->waitForFinished(10000));
        QCOMPARE(m_server->exitStatus(), QProcess::CrashExit);
        m_server.reset();
    }

    QString dbFile() const { return m_dir.filePath(QStringLiteral("training-room.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        if (m_server) {
            m_server->kill();
            m_server->waitForFinished(10000);
        }
        m_server.reset();
        QFile::remove(dbFile());
        QFile::remove(dbFile() + QStringLiteral("-wal"));
        QFile::remove(dbFile() + QStringLiteral("-shm"));
    }

    void killedAfterStepSaveAndSubmission()
    {
        QUrl url = startServer();
        QVERIFY2(url.isValid(), "the server did not report its address");
        QString token;
        QJsonObject renewal;
        QString policy;
        {
            Http http(url);
            token = http.login(QStringLiteral("tanaka@example.jp"));
            QVERIFY(!token.isEmpty());
            const QJsonArray contracts = http.get(QStringLiteral("/contracts"), token).array();
            QVERIFY(!contracts.isEmpty());
            policy = contracts.first().toObject().value(QStringLiteral("policyNumber")).toString();
            renewal = http.renewal(token, policy);
            const Response saved = http.step(token, renewal, QStringLiteral("preconfirm"), {});
            QCOMPARE(saved.status, 200);
            renewal = saved.object();
        }
        killServer();

        // Restarted on the same file: the login, the step and the version are there.
        url = startServer();
        QVERIFY(url.isValid());
        QString newPolicy;
        const QByteArray key = QByteArrayLiteral("6b1f3c1e-9a52-4a53-8a0e-6e2b7f6c0d11");
        const QJsonObject submitBody{{QStringLiteral("driverCard"), true},
                                     {QStringLiteral("nextNotice"), QStringLiteral("web")}};
        {
            Http http(url);
            const QString id = renewal.value(QStringLiteral("id")).toString();
            const Response again = http.get(QStringLiteral("/renewals/") + id, token);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.object().value(QStringLiteral("confirmedSteps")).toArray(),
                     QJsonArray{QStringLiteral("preconfirm")});
            QCOMPARE(again.object().value(QStringLiteral("version")).toInt(),
                     renewal.value(QStringLiteral("version")).toInt());
            QCOMPARE(again.object(), renewal);

            const QJsonObject all = http.confirmAll(token, again.object());
            QVERIFY(!all.isEmpty());
            const Response submitted = http.post(QStringLiteral("/renewals/%1/submit").arg(id), submitBody, token,
                                                 {{QByteArrayLiteral("Idempotency-Key"), key}});
            QCOMPARE(submitted.status, 200);
            newPolicy = submitted.object().value(QStringLiteral("newPolicyNumber")).toString();
            QCOMPARE(newPolicy.size(), 10);
        }
        killServer();

        url = startServer();
        QVERIFY(url.isValid());
        Http http(url);
        const QString id = renewal.value(QStringLiteral("id")).toString();
        // The same key: the same answer, nothing applied a second time.
        const Response same = http.post(QStringLiteral("/renewals/%1/submit").arg(id), submitBody, token,
                                        {{QByteArrayLiteral("Idempotency-Key"), key}});
        QCOMPARE(same.status, 200);
        QCOMPARE(same.object().value(QStringLiteral("newPolicyNumber")).toString(), newPolicy);
        const Response other = http.post(QStringLiteral("/renewals/%1/submit").arg(id), submitBody, token,
                                         {{QByteArrayLiteral("Idempotency-Key"), "another-key"}});
        QCOMPARE(other.status, 409);
        QCOMPARE(other.code(), QStringLiteral("already_submitted"));
        const Response submittedRenewal = http.get(QStringLiteral("/renewals/") + id, token);
        QCOMPARE(submittedRenewal.object().value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
        // The choices sent come back with the submitted renewal, also after a restart (for a later receipt).
        const QJsonObject submission = submittedRenewal.object().value(QStringLiteral("submission")).toObject();
        QCOMPARE(submission.value(QStringLiteral("driverCard")), QJsonValue(true));
        QCOMPARE(submission.value(QStringLiteral("nextNotice")), QJsonValue(QStringLiteral("web")));
        // The policy is renewed, and exactly one thank-you mail was sent.
        const QJsonArray contracts = http.get(QStringLiteral("/contracts"), token).array();
        QCOMPARE(contracts.first().toObject().value(QStringLiteral("policyNumber")).toString(), policy);
        QCOMPARE(contracts.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("renewed"));
        int thankYous = 0;
        for (const QJsonValue &mail : http.get(QStringLiteral("/_mock/outbox")).array())
            thankYous += mail.toObject().value(QStringLiteral("subject")).toString().startsWith(u"【御礼】") ? 1 : 0;
        QCOMPARE(thankYous, 1);
    }

    void resetStartsAgainFromTheSeed()
    {
        QUrl url = startServer();
        QVERIFY(url.isValid());
        QString token;
        {
            Http http(url);
            token = http.login(QStringLiteral("suzuki@example.jp"));
            QVERIFY(!token.isEmpty());
        }
        killServer();
        url = startServer({QStringLiteral("--reset")});
        QVERIFY(url.isValid());
        Http http(url);
        QCOMPARE(http.get(QStringLiteral("/me"), token).status, 401); // the session is gone with the state
        QCOMPARE(http.get(QStringLiteral("/_mock/outbox")).array().size(), 0);
    }

    void refusesADatabaseItCannotUse()
    {
        QFile file(dbFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QProcess server;
        server.start(QStringLiteral(CLICKAR_MOCK_SERVER),
                     {QStringLiteral("--db"), dbFile(), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(server.waitForFinished(15000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 1);
        const QString error = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(error.contains(dbFile()) && error.contains(QStringLiteral("Move or delete")), qPrintable(error));
        QCOMPARE(file.size(), 4096); // left as it was
    }
};

QTEST_GUILESS_MAIN(TestMockDurable)
#include "tst_mockdurable.moc"
