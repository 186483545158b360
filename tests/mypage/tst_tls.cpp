// The app over HTTPS: with the service's certificate authority given by --ca-file it logs in and shows MyPage;
// a certificate it cannot verify is said plainly in the person's language, with no way to ignore it.
#include "support/AppDriver.h"
#include "support/TestCertificates.h"
#include "ui/ContractList.h"
#include "ui/Translations.h"

#include <QAbstractButton>
#include <QLabel>

using namespace clickar;

class TestTls : public QObject
{
    Q_OBJECT

private:
    test::TestCertificates m_certificates;

private slots:
    void initTestCase() { QVERIFY(m_certificates.make()); }

    void loginOverHttpsWithTheCaFile()
    {
        std::unique_ptr<MockRenewalService> service = m_certificates.httpsService(QStringLiteral("loopback"));
        QVERIFY(service);
        test::AppDriver app;
        QVERIFY(app.startAppAt(service->serverUrl(), QStringLiteral("ja"), m_certificates.caFile()));
        QVERIFY(app.logIn(QStringLiteral("suzuki@example.jp")));
        auto *contracts = app.find<ContractList>("contractsTable");
        QVERIFY(contracts);
        QTRY_VERIFY(contracts->rowCount() > 0);
    }

    void certificateErrorSaidPlainly_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("message");
        QTest::newRow("self-signed, ja")
            << QStringLiteral("selfsigned") << QStringLiteral("ja")
            << QStringLiteral(
                   "サーバーの証明書を確認できませんでした（自己署名の証明書です）。接続先が正しいか管理者にご確認"
                   "ください。");
        QTest::newRow("self-signed, en")
            << QStringLiteral("selfsigned") << QStringLiteral("en")
            << QStringLiteral("The server's certificate could not be verified (the certificate is self-signed). Please "
                              "ask your administrator whether the server address is correct.");
        QTest::newRow("another host, ja")
            << QStringLiteral("otherhost") << QStringLiteral("ja")
            << QStringLiteral(
                   "サーバーの証明書を確認できませんでした（別のサーバーの証明書です）。接続先が正しいか管理者にご確認"
                   "ください。");
        QTest::newRow("expired, en") << QStringLiteral("expired") << QStringLiteral("en")
                                     << QStringLiteral(
                                            "The server's certificate could not be verified (the certificate "
                                            "has expired). Please check that this computer's date and time are "
                                            "correct; if they are, tell your administrator.");
        QTest::newRow("expired, ja") << QStringLiteral("expired") << QStringLiteral("ja")
                                     << QStringLiteral("サーバーの証明書を確認できませんでした（証明書の有効期限が切れ"
                                                       "ています）。このコンピューターの日付と時刻が正しいかご確認くだ"
                                                       "さい。正しい場合は管理者にお知らせください。");
        QTest::newRow("not valid yet, ja")
            << QStringLiteral("notyetvalid") << QStringLiteral("ja")
            << QStringLiteral("サーバーの証明書を確認できませんでした（証明書の有効期間がまだ始まっていません）。この"
                              "コンピューターの日付と時刻が正しいかご確認ください。正しい場合は管理者にお知らせくださ"
                              "い。");
    }
    void certificateErrorSaidPlainly()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, language);
        QFETCH(QString, message);
        std::unique_ptr<MockRenewalService> service = m_certificates.httpsService(certificate);
        QVERIFY(service);
        QVERIFY(installTranslations(language)); // the messages as the person reads them
        test::AppDriver app;
        // The CA is given: only the certificate's own fault is left.
        QVERIFY(app.startAppAt(service->serverUrl(), language, m_certificates.caFile()));
        QVERIFY(app.submitLogin(QStringLiteral("suzuki@example.jp")));
        auto *error = app.find<QLabel>("loginError");
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QCOMPARE(error->text(), message);
        QCOMPARE(app.screen(), QStringLiteral("loginScreen"));
        // The password was not the fault: it stays as typed, not selected for typing again.
        auto *password = app.find<QLineEdit>("passwordEdit");
        QCOMPARE(password->text(), test::demoPassword);
        QVERIFY(!password->hasSelectedText());
        // Nothing offers to go on regardless.
        for (QAbstractButton *button : app.window()->findChildren<QAbstractButton *>()) {
            if (!button->isVisible())
                continue;
            for (const QString &word : {QStringLiteral("無視"), QStringLiteral("続行"), QStringLiteral("Ignore"),
                                        QStringLiteral("Continue"), QStringLiteral("anyway")})
                QVERIFY2(!button->text().contains(word), qPrintable(button->text()));
        }
    }
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
