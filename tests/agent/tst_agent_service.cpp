// What the service does for an agent: the queue's fields (holderKana, daysLeft, confirmedSteps), paging, the
// attestation it requires on the consent steps and the submission (and refuses from a policyholder), the mail to the
// customer, and an agent's token refused outside the agency's customers.
#include "../service/tst_mockhttp.h"

#include <QTest>
#include <QUuid>

using namespace mocktest;

namespace {
const QString customer = QStringLiteral("7023450030"); // 村上 結衣, kokyaku30@example.jp

QJsonObject attested(QJsonObject body)
{
    body.insert(QStringLiteral("agentAttested"), true);
    return body;
}
} // namespace

class TestAgentService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_service = startService();
        QVERIFY(m_service);
        m_http = std::make_unique<Http>(m_service->serverUrl());
    }

    void init()
    {
        QCOMPARE(m_http->post(QStringLiteral("/_mock/reset"), {}).status, 204);
        m_agent = m_http->login(QStringLiteral("agent@example.jp"), QStringLiteral("Agent#2026"));
        m_tanaka = m_http->login(QStringLiteral("tanaka@example.jp"));
        QVERIFY(!m_agent.isEmpty() && !m_tanaka.isEmpty());
    }

    void contractsCarryKanaDaysLeftAndProgress()
    {
        QJsonObject c = contract(customer);
        QCOMPARE(c[QStringLiteral("holderKana")].toString(), QStringLiteral("ムラカミ ユイ"));
        QCOMPARE(c[QStringLiteral("daysLeft")].toInt(), 12); // maturesInDays in the demo data
        QVERIFY(!c.contains(QStringLiteral("confirmedSteps")));
        const QJsonObject renewal = m_http->renewal(m_agent, customer);
        QCOMPARE(m_http->step(m_agent, renewal, QStringLiteral("preconfirm"), attested({})).status, 200);
        c = contract(customer);
        QCOMPARE(c[QStringLiteral("confirmedSteps")].toInt(), 1);
    }

    void agentListIsPaged()
    {
        const Response first = m_http->get(QStringLiteral("/contracts?limit=10"), m_agent);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.array().size(), 10);
        QCOMPARE(first.header("X-Total-Count"), QByteArray("30"));
        const Response last = m_http->get(QStringLiteral("/contracts?limit=10&offset=25"), m_agent);
        QCOMPARE(last.array().size(), 5);
        QCOMPARE(last.array().first()[QStringLiteral("policyNumber")].toString(),
                 m_http->get(QStringLiteral("/contracts"), m_agent)
                     .array()
                     .at(25)[QStringLiteral("policyNumber")]
                     .toString());
        const Response searched = m_http->get(QStringLiteral("/contracts?query=%E3%81%95%E3%81%8F%E3%82%89%E4%BC%9A"
                                                             "&limit=3"),
                                              m_agent); // さくら会
        QCOMPARE(searched.array().size(), 3);
        QCOMPARE(searched.header("X-Total-Count"), QByteArray("10"));
        QCOMPARE(m_http->get(QStringLiteral("/contracts?limit=-1"), m_agent).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/contracts?offset=x"), m_agent).status, 400);
    }

    // 証券番号 from its start only (in full- or half-width digits): a run of digits inside a number finds nothing.
    void policyNumberMatchesFromItsStart()
    {
        const auto numbers = [this](const QString &query) {
            QStringList found;
            const QString path =
                QStringLiteral("/contracts?query=") + QString::fromLatin1(QUrl::toPercentEncoding(query));
            for (const QJsonValue &c : m_http->get(path, m_agent).array())
                found.append(c[QStringLiteral("policyNumber")].toString());
            return found;
        };
        QCOMPARE(numbers(QStringLiteral("702345003")), QStringList{customer});
        QCOMPARE(numbers(QStringLiteral("７０２３４５００３０")), QStringList{customer});
        QCOMPARE(numbers(QStringLiteral("7023450030")), QStringList{customer});
        QCOMPARE(numbers(QStringLiteral("3450030")), QStringList());
        QCOMPARE(numbers(QStringLiteral("0030")), QStringList());
        QCOMPARE(numbers(QStringLiteral("702345000")).size(), 9); // 7023450001–7023450009
    }

    void consentStepsNeedTheAttestation()
    {
        QJsonObject renewal = m_http->renewal(m_agent, customer);
        Response refused = m_http->step(m_agent, renewal, QStringLiteral("preconfirm"), {});
        QCOMPARE(refused.status, 422);
        QVERIFY(!refused.fields().value(QStringLiteral("agentAttested")).toString().isEmpty());
        refused =
            m_http->step(m_agent, renewal, QStringLiteral("preconfirm"), {{QStringLiteral("agentAttested"), false}});
        QCOMPARE(refused.status, 422);
        const Response accepted = m_http->step(m_agent, renewal, QStringLiteral("preconfirm"), attested({}));
        QCOMPARE(accepted.status, 200);
        renewal = accepted.object();
        // The steps between need nothing of the agent's.
        for (const QString &step : {QStringLiteral("basic"), QStringLiteral("coverage"), QStringLiteral("details"),
                                    QStringLiteral("decision"), QStringLiteral("customer")}) {
            const Response r = m_http->step(m_agent, renewal, step, Http::stepBody(renewal, step));
            QCOMPARE(r.status, 200);
            renewal = r.object();
        }
        const QJsonObject disclosure = Http::stepBody(renewal, QStringLiteral("disclosure"));
        refused = m_http->step(m_agent, renewal, QStringLiteral("disclosure"), disclosure);
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.fields().contains(QStringLiteral("agentAttested")));
        QCOMPARE(m_http->step(m_agent, renewal, QStringLiteral("disclosure"), attested(disclosure)).status, 200);
    }

    void submissionNeedsTheAttestationAndMailsTheCustomer()
    {
        const QJsonObject ready = m_http->confirmAll(m_agent, m_http->renewal(m_agent, customer), true);
        QVERIFY(!ready.isEmpty());
        const QString path = QStringLiteral("/renewals/%1/submit").arg(ready[QStringLiteral("id")].toString());
        const QJsonObject body{{QStringLiteral("driverCard"), false},
                               {QStringLiteral("nextNotice"), QStringLiteral("web")}};
        const Response refused = m_http->post(path, body, m_agent, {{"Idempotency-Key", key()}});
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.fields().contains(QStringLiteral("agentAttested")));
        QCOMPARE(contract(customer)[QStringLiteral("status")].toString(), QStringLiteral("renewable"));
        const Response done = m_http->post(path, attested(body), m_agent, {{"Idempotency-Key", key()}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.object()[QStringLiteral("confirmationEmail")].toObject()[QStringLiteral("maskedTo")].toString(),
                 QStringLiteral("ko****@example.jp"));
        QCOMPARE(m_http->newestMail()[QStringLiteral("to")].toString(), QStringLiteral("kokyaku30@example.jp"));
    }

    void policyholderMayNotAttest()
    {
        QJsonObject renewal = m_http->renewal(m_tanaka, QStringLiteral("7012345601"));
        const Response refused = m_http->step(m_tanaka, renewal, QStringLiteral("preconfirm"), attested({}));
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.fields().contains(QStringLiteral("agentAttested")));
        QCOMPARE(m_http->step(m_tanaka, renewal, QStringLiteral("preconfirm"), {}).status, 200);
        const QJsonObject ready = m_http->confirmAll(m_tanaka, m_http->renewal(m_tanaka, QStringLiteral("7012345601")));
        QVERIFY(!ready.isEmpty());
        const QString path = QStringLiteral("/renewals/%1/submit").arg(ready[QStringLiteral("id")].toString());
        const QJsonObject body{{QStringLiteral("driverCard"), false},
                               {QStringLiteral("nextNotice"), QStringLiteral("web")}};
        QCOMPARE(m_http->post(path, attested(body), m_tanaka, {{"Idempotency-Key", key()}}).status, 422);
        QCOMPARE(m_http->post(path, body, m_tanaka, {{"Idempotency-Key", key()}}).status, 200);
    }

    // Outside the agency's customers an agent's token is refused: a policyholder's own contract and renewal.
    void agentTokenStaysWithinTheAgency()
    {
        const QString tanakas = QStringLiteral("7012345601");
        for (const QJsonValue &c : m_http->get(QStringLiteral("/contracts?query=7012345601"), m_agent).array())
            QVERIFY(c[QStringLiteral("policyNumber")].toString() != tanakas);
        QCOMPARE(m_http->get(QStringLiteral("/contracts/%1/guide").arg(tanakas), m_agent).status, 403);
        QCOMPARE(m_http->post(QStringLiteral("/contracts/%1/renewals").arg(tanakas), {}, m_agent).status, 403);
        const QJsonObject renewal = m_http->renewal(m_tanaka, tanakas);
        const QString id = renewal[QStringLiteral("id")].toString();
        QCOMPARE(m_http->get(QStringLiteral("/renewals/%1").arg(id), m_agent).status, 403);
        QCOMPARE(m_http->step(m_agent, renewal, QStringLiteral("preconfirm"), attested({})).status, 403);
        QCOMPARE(m_http
                     ->post(QStringLiteral("/renewals/%1/submit").arg(id),
                            attested({{QStringLiteral("driverCard"), false},
                                      {QStringLiteral("nextNotice"), QStringLiteral("web")}}),
                            m_agent, {{"Idempotency-Key", key()}})
                     .status,
                 403);
        // And the other way round: a policyholder's token on an agency customer's contract.
        QCOMPARE(m_http->get(QStringLiteral("/contracts/%1/guide").arg(customer), m_tanaka).status, 403);
    }

private:
    QJsonObject contract(const QString &policyNumber)
    {
        for (const QJsonValue &c : m_http->get(QStringLiteral("/contracts"), m_agent).array()) {
            if (c[QStringLiteral("policyNumber")].toString() == policyNumber)
                return c.toObject();
        }
        return {};
    }
    static QByteArray key() { return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); }

    std::unique_ptr<clickar::MockRenewalService> m_service;
    std::unique_ptr<Http> m_http;
    QString m_agent, m_tanaka;
};

QTEST_GUILESS_MAIN(TestAgentService)
#include "tst_agent_service.moc"
