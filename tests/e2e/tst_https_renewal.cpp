// A whole renewal over HTTPS on loopback, through the app's windows: clickar-mock-server started as a training room
// starts it (--tls-cert/--tls-key, a certificate from a throw-away CA made at test time), the app started against it
// trusting that CA through its caFile option, and tanaka@example.jp logging in with the one-time password read from
// the demo mail panel (whose client trusts the same CA), renewing through the nine pages and reading the thank-you
// mail there.
#include "support/AppDriver.h"
#include "support/TestCertificates.h"
#include "ui/MailPanel.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTextBrowser>

#ifndef CLICKAR_MOCK_SERVER
#error "CLICKAR_MOCK_SERVER: the path of clickar-mock-server (tests/CMakeLists.txt)"
#endif

using namespace clickar;

class TestHttpsRenewal : public QObject
{
    Q_OBJECT

private:
    test::TestCertificates m_certificates;
    QProcess m_server;

    // The standalone server serving HTTPS on an ephemeral port; its address as it announces it.
    QUrl startServer()
    {
        m_server.setProcessChannelMode(QProcess::SeparateChannels);
        m_server.start(QStringLiteral(CLICKAR_MOCK_SERVER),
                       {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--today"),
                        test::testToday().toString(Qt::ISODate), QStringLiteral("--tls-cert"),
                        m_certificates.certificateFile(QStringLiteral("loopback")), QStringLiteral("--tls-key"),
                        m_certificates.keyFile(QStringLiteral("loopback"))});
        if (!m_server.waitForStarted(10000))
            return {};
        static const QRegularExpression listening(QStringLiteral("listening on (\\S+)/api/v1"));
        QByteArray out;
        QRegularExpressionMatch match;
        (void)QTest::qWaitFor( // the match below says whether it came
            [&] {
                out += m_server.readAllStandardOutput();
                match = listening.match(QString::fromUtf8(out));
                return match.hasMatch() || m_server.state() == QProcess::NotRunning;
            },
            30000);
        if (!match.hasMatch())
            qWarning() << "clickar-mock-server:" << out << m_server.readAllStandardError();
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

    // Refresh in the demo mail panel until its open mail contains `text`; the mail's text.
    static QString mailContaining(test::AppDriver &d, const QString &text)
    {
        auto *body = d.find<QTextBrowser>("mailBody");
        if (!body)
            return {};
        (void)test::AppDriver::waitFor( // the caller checks the text
            [&] {
                if (body->toPlainText().contains(text))
                    return true;
                d.click("mailRefreshButton");
                QSignalSpy refreshed(d.mailPanel(), &MailPanel::refreshed);
                refreshed.wait(2000);
                return body->toPlainText().contains(text);
            },
            30000);
        return body->toPlainText();
    }

private slots:
    void initTestCase() { QVERIFY(m_certificates.make()); }

    void cleanupTestCase()
    {
        m_server.terminate();
        if (!m_server.waitForFinished(10000))
            m_server.kill();
    }

    void tanakaRenewsOverHttps()
    {
        const QUrl server = startServer();
        QVERIFY(server.isValid());
        QCOMPARE(server.scheme(), QStringLiteral("https"));

        test::AppDriver d;
        QVERIFY(d.startAppAt(server, QStringLiteral("ja"), m_certificates.caFile()));
        // The banner names the demo server the app is connected to, not the built-in one.
        const QString banner = d.text("demoBanner");
        QVERIFY2(banner.contains(server.adjusted(QUrl::RemovePath).toString()) &&
                     !banner.contains(QStringLiteral("built-in")),
                 qPrintable(banner));
        QVERIFY(d.submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE_WITH_TIMEOUT(d.screen(), QStringLiteral("otpScreen"), 20000);

        // The code as a person reads it from the demo mail panel, over HTTPS with the same CA.
        const QString mail = mailContaining(d, QStringLiteral("ワンタイムパスワード"));
        const QString code = QRegularExpression(QStringLiteral("\\b(\\d{6})\\b")).match(mail).captured(1);
        QCOMPARE(code.size(), 6);
        QVERIFY(d.enterOtp(code));
        QTRY_COMPARE_WITH_TIMEOUT(d.screen(), QStringLiteral("myPageScreen"), 20000);

        QVERIFY(d.openGuide());
        const QString oldPolicy = d.guidePolicy();
        QVERIFY(d.proceedToWizard());
        QCOMPARE(d.pageId(), int(PreConfirmationPageId));
        QVERIFY(d.reachPage(CompletionPageId)); // every page, the disclosure document fetched and read to the end

        const QString newPolicy = d.text("newPolicyNumber");
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{10}$")).match(newPolicy).hasMatch(), qPrintable(newPolicy));
        QVERIFY(newPolicy != oldPolicy);
        QVERIFY(mailContaining(d, QStringLiteral("【御礼】")).contains(newPolicy));
        QCOMPARE(d.thankYouMails(), 1);
    }
};

QTEST_MAIN(TestHttpsRenewal)
#include "tst_https_renewal.moc"
