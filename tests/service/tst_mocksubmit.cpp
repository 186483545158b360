// The submission of a renewal through the mock: applied exactly once, whatever the client retries.
#include "tst_mockhttp.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace mocktest;
using clickar::MockRenewalService;

class TestMockSubmit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void submitOnce();
    void sameKeySameAnswer();
    void otherKeyAfterSubmission();
    void keyAndBodyRequired();
    void allStepsFirst();
    void concurrentSubmissions();
    void submittedRenewalIsFrozen();
    void agentSubmitsForACustomer();

private:
    QString path() const { return QStringLiteral("/renewals/%1/submit").arg(m_ready[QStringLiteral("id")].toString()); }
    Response submit(const QByteArray &key, const QJsonObject &body = defaultBody())
    {
        return m_http->post(path(), body, m_tanaka, {{"Idempotency-Key", key}});
    }
    static QJsonObject defaultBody()
    {
        return {{QStringLiteral("driverCard"), false}, {QStringLiteral("nextNotice"), QStringLiteral("web")}};
    }
    static QByteArray newKey() { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); }
    int thankYouMails()
    {
        int n = 0;
        for (const QJsonValue &mail : m_http->get(QStringLiteral("/_mock/outbox")).array())
            n += mail[QStringLiteral("subject")].toString().startsWith(QStringLiteral("【御礼】"));
        return n;
    }

    std::unique_ptr<MockRenewalService> m_service;
    std::unique_ptr<Http> m_http;
    QString m_tanaka;
    QJsonObject m_ready; // tanaka's renewal with the seven steps confirmed
};

void TestMockSubmit::initTestCase()
{
    m_service = startService();
    QVERIFY(m_service);
    m_http = std::make_unique<Http>(m_service->serverUrl());
}

void TestMockSubmit::init()
{
    QCOMPARE(m_http->post(QStringLiteral("/_mock/reset"), {}).status, 204);
    m_tanaka = m_http->login(QStringLiteral("tanaka@example.jp"));
    m_ready = m_http->confirmAll(m_tanaka, m_http->renewal(m_tanaka, QStringLiteral("7012345601")));
    QVERIFY(!m_ready.isEmpty());
}

void TestMockSubmit::submitOnce()
{
    QSignalSpy mails(m_service.get(), &MockRenewalService::mailSent);
    const Response r = submit(newKey());
    QCOMPARE(r.status, 200);
    const QJsonObject result = r.object();
    const QString number = result[QStringLiteral("newPolicyNumber")].toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{10}$")).match(number).hasMatch(), qPrintable(number));
    QVERIFY(number != QStringLiteral("7012345601"));
    QVERIFY(QDateTime::fromString(result[QStringLiteral("submittedAt")].toString(), Qt::ISODate).isValid());
    const QJsonObject email = result[QStringLiteral("confirmationEmail")].toObject();
    QCOMPARE(email[QStringLiteral("maskedTo")].toString(), QStringLiteral("ta****@example.jp"));
    QCOMPARE(email[QStringLiteral("subject")].toString(),
             QStringLiteral("【御礼】自動車保険のお手続きありがとうございました/サンプル損保"));

    QCOMPARE(mails.size(), 1);
    const QJsonObject mail = m_http->newestMail();
    QCOMPARE(mail[QStringLiteral("subject")].toString(),
             QStringLiteral("【御礼】自動車保険のお手続きありがとうございました/サンプル損保"));
    QCOMPARE(mail[QStringLiteral("to")].toString(), QStringLiteral("tanaka@example.jp"));
    QVERIFY(mail[QStringLiteral("body")].toString().contains(number));

    const QJsonObject renewal =
        m_http->get(QStringLiteral("/renewals/%1").arg(m_ready[QStringLiteral("id")].toString()), m_tanaka).object();
    QCOMPARE(renewal[QStringLiteral("status")].toString(), QStringLiteral("submitted"));
    QCOMPARE(renewal[QStringLiteral("submission")].toObject(), result);
    QCOMPARE(m_http->get(QStringLiteral("/contracts"), m_tanaka).array().first()[QStringLiteral("status")].toString(),
             QStringLiteral("renewed"));
    QCOMPARE(m_http->post(QStringLiteral("/contracts/7012345601/renewals"), {}, m_tanaka).code(),
             QStringLiteral("not_renewable"));
}

void TestMockSubmit::sameKeySameAnswer()
{
    const QByteArray key = newKey();
    const Response first = submit(key);
    QCOMPARE(first.status, 200);
    for (int i = 0; i < 3; ++i) {
        const Response again = submit(key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
    }
    QCOMPARE(thankYouMails(), 1);
}

void TestMockSubmit::otherKeyAfterSubmission()
{
    const QString number = submit(newKey()).object()[QStringLiteral("newPolicyNumber")].toString();
    const Response other = submit(newKey());
    QCOMPARE(other.status, 409);
    QCOMPARE(other.code(), QStringLiteral("already_submitted"));
    QCOMPARE(other.details()[QStringLiteral("newPolicyNumber")].toString(), number);
    QCOMPARE(thankYouMails(), 1);
}

void TestMockSubmit::keyAndBodyRequired()
{
    const Response noKey = m_http->post(path(), defaultBody(), m_tanaka);
    QCOMPARE(noKey.status, 400);
    QCOMPARE(noKey.code(), QStringLiteral("bad_request"));
    QCOMPARE(submit(newKey(), {{QStringLiteral("driverCard"), false}}).status, 400);
    QCOMPARE(submit(newKey(), {{QStringLiteral("driverCard"), QStringLiteral("yes")},
                               {QStringLiteral("nextNotice"), QStringLiteral("web")}})
                 .status,
             400);
    const Response badChoice =
        submit(newKey(), {{QStringLiteral("driverCard"), true}, {QStringLiteral("nextNotice"), QStringLiteral("fax")}});
    QCOMPARE(badChoice.status, 422);
    QVERIFY(badChoice.fields().contains(QStringLiteral("nextNotice")));
    // None of these applied anything; a good request with a key used for a bad one still submits.
    QCOMPARE(thankYouMails(), 0);
    QCOMPARE(submit(newKey()).status, 200);
}

void TestMockSubmit::allStepsFirst()
{
    const QString suzuki = m_http->login(QStringLiteral("suzuki@example.jp"));
    const QJsonObject r = m_http->renewal(suzuki, QStringLiteral("7012345602"));
    const Response early = m_http->post(QStringLiteral("/renewals/%1/submit").arg(r[QStringLiteral("id")].toString()),
                                        defaultBody(), suzuki, {{"Idempotency-Key", newKey()}});
    QCOMPARE(early.status, 422);
    QCOMPARE(early.code(), QStringLiteral("validation_failed"));
    QVERIFY(early.fields().contains(QStringLiteral("step")));
}

void TestMockSubmit::concurrentSubmissions()
{
    // A double click and retries racing each other: eight requests in flight at once, with four keys.
    QList<QByteArray> keys{newKey(), newKey(), newKey(), newKey()};
    QList<QNetworkReply *> replies;
    std::vector<std::unique_ptr<Http>> clients;
    for (int i = 0; i < 8; ++i) {
        clients.push_back(std::make_unique<Http>(m_service->serverUrl()));
        replies.append(clients.back()->start("POST", path(), QJsonDocument(defaultBody()).toJson(),
                                             Http::withToken(m_tanaka, {{"Idempotency-Key", keys.at(i % 4)}})));
    }
    QSet<QString> numbers;
    int ok = 0;
    int conflicts = 0;
    for (QNetworkReply *reply : replies) {
        const Response r = Http::wait(reply);
        if (r.status == 200) {
            ++ok;
            numbers.insert(r.object()[QStringLiteral("newPolicyNumber")].toString());
        } else {
            QCOMPARE(r.status, 409);
            ++conflicts;
            numbers.insert(r.details()[QStringLiteral("newPolicyNumber")].toString());
        }
    }
    QCOMPARE(numbers.size(), 1); // exactly one policy
    QVERIFY(ok >= 1 && ok <= 2); // the winning key, possibly twice
    QCOMPARE(ok + conflicts, 8);
    QCOMPARE(thankYouMails(), 1);
}

void TestMockSubmit::submittedRenewalIsFrozen()
{
    const QString number = submit(newKey()).object()[QStringLiteral("newPolicyNumber")].toString();
    QJsonObject current =
        m_http->get(QStringLiteral("/renewals/%1").arg(m_ready[QStringLiteral("id")].toString()), m_tanaka).object();
    const Response change = m_http->step(m_tanaka, current, QStringLiteral("preconfirm"), {});
    QCOMPARE(change.status, 409);
    QCOMPARE(change.code(), QStringLiteral("already_submitted"));
    QCOMPARE(change.details()[QStringLiteral("newPolicyNumber")].toString(), number);
}

void TestMockSubmit::agentSubmitsForACustomer()
{
    const QString agent = m_http->login(QStringLiteral("agent@example.jp"), QStringLiteral("Agent#2026"));
    QSet<QString> numbers;
    for (const QJsonValue &c : m_http->get(QStringLiteral("/contracts"), agent).array()) {
        const QString pn = c[QStringLiteral("policyNumber")].toString();
        const QJsonObject ready = m_http->confirmAll(agent, m_http->renewal(agent, pn), true);
        QVERIFY2(!ready.isEmpty(), qPrintable(pn)); // every customer's own data pass the checks
        QJsonObject body = defaultBody();
        body.insert(QStringLiteral("agentAttested"), true);
        const Response r =
            m_http->post(QStringLiteral("/renewals/%1/submit").arg(ready[QStringLiteral("id")].toString()), body, agent,
                         {{"Idempotency-Key", newKey()}});
        QCOMPARE(r.status, 200);
        numbers.insert(r.object()[QStringLiteral("newPolicyNumber")].toString());
    }
    QCOMPARE(numbers.size(), 30);
    for (const QJsonValue &c : m_http->get(QStringLiteral("/contracts"), agent).array())
        QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("renewed"));
}

QTEST_GUILESS_MAIN(TestMockSubmit)
#include "tst_mocksubmit.moc"
