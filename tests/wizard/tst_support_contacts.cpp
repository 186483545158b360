// SupportContacts against the mock over loopback: GET /support is asked once, and again after a failure.
#include "support/TestSupport.h"
#include "wizard/SupportContacts.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace clickar;

class TestSupportContacts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoService> m_demo;
    int m_supportGets = 0;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_demo = std::make_unique<test::DemoService>();
        QVERIFY(m_demo->signIn(QStringLiteral("tanaka@example.jp")));
        m_supportGets = 0;
        connect(&m_demo->mock(), &MockRenewalService::requestServed, this,
                [this](const QByteArray &method, const QString &path) {
                    m_supportGets += method == "GET" && path.endsWith(QStringLiteral("/support")) ? 1 : 0;
                });
    }

    void cleanup() { m_demo.reset(); }

    void loadedOnce()
    {
        SupportContacts support(&m_demo->client());
        QSignalSpy loaded(&support, &SupportContacts::loaded);
        QVERIFY(!support.contacts());
        support.load();
        support.load(); // while the first is on its way: not sent again
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(m_supportGets, 1);
        QVERIFY(support.contacts());
        QCOMPARE(support.contacts()->insurer.name, QStringLiteral("サンプル損害保険株式会社"));
        QCOMPARE(support.contacts()->insurer.phone, QStringLiteral("0120-000-000"));
        QCOMPARE(loaded.first().first().value<Support>(), *support.contacts());
        support.load(); // already here
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(m_supportGets, 1);
    }

    void askedAgainAfterAFailure()
    {
        SupportContacts support(&m_demo->client());
        QSignalSpy loaded(&support, &SupportContacts::loaded);
        QSignalSpy failed(&support, &SupportContacts::failed);
        m_demo->client().setExtraHeader("X-Mock-Fault", "status=404");
        support.load();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().value<ApiError>().status, 404);
        QVERIFY(!support.contacts());
        m_demo->client().setExtraHeader("X-Mock-Fault", {});
        support.load();
        QTRY_COMPARE(loaded.count(), 1);
        QVERIFY(support.contacts());
    }
};

QTEST_MAIN(TestSupportContacts)
#include "tst_support_contacts.moc"
