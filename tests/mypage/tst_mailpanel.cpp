// The demo mail panel (embedded mock only): the outbox newest first, the one-time password easy to copy, and a
// message (the mails kept) when the outbox cannot be read.
#include "support/AppDriver.h"
#include "ui/ClickarApp.h"
#include "ui/MailPanel.h"

#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>

using namespace clickar;
using namespace clickar::test;

class TestMailPanel : public QObject
{
    Q_OBJECT

private slots:

    void newestFirstAndCodeCopied()
    {
        AppDriver app;
        QVERIFY(app.startEmbeddedApp(QStringLiteral("en"))); // the demo service the app starts itself
        MainWindow *window = app.window();
        MailPanel *panel = window->mailPanel();
        QVERIFY(panel);
        auto *list = child<QListWidget>(panel, "mailList");
        QVERIFY(child<QLabel>(panel, "mailEmpty")->isVisible());

        QVERIFY(app.submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(app.screen(), QStringLiteral("otpScreen"));
        QTRY_COMPARE(list->count(), 1);
        const QString first = child<QLabel>(panel, "mailOtpCode")->text();
        QCOMPARE(first.size(), 6);

        QWidget *otp = child<QWidget>(window, "otpScreen");
        QVERIFY(app.click(child<QPushButton>(otp, "resendButton")));
        QTRY_COMPARE(list->count(), 2);
        // Newest first, selected, its code shown large and copyable.
        const QList<Mail> mails = panel->mails();
        QVERIFY(mails.at(0).sentAt >= mails.at(1).sentAt);
        QCOMPARE(list->currentRow(), 0);
        const QString newest = child<QLabel>(panel, "mailOtpCode")->text();
        QCOMPARE(newest, MailPanel::otpCode(mails.at(0)));
        QVERIFY(child<QTextBrowser>(panel, "mailBody")
                    ->toPlainText()
                    .contains(QStringLiteral("one-time password"))); // sent in the app's language
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(child<QLabel>(panel, "mailOtpCode")->text(), first);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QCOMPARE(list->currentRow(), 0);

        QVERIFY(app.click(child<QPushButton>(panel, "copyOtpButton")));
        QCOMPARE(QApplication::clipboard()->text(), newest);
        auto *code = child<QLineEdit>(otp, "otpEdit");
        QTest::mouseClick(code, Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), code);
        QVERIFY(app.pressKey(Qt::Key_V, Qt::ControlModifier));
        QCOMPARE(code->text(), newest);
        QVERIFY(app.click(child<QPushButton>(otp, "verifyButton")));
        QTRY_COMPARE(app.screen(), QStringLiteral("myPageScreen"));
    }

    // 「再読み込み」 with the service gone: the panel says so in the UI language, and the mails shown stay.
    void aFailedRefreshSaysSoAndKeepsTheMails()
    {
        AppDriver app;
        QVERIFY(app.startApp(QStringLiteral("en")));
        MailPanel *panel = app.window()->mailPanel();
        auto *list = child<QListWidget>(panel, "mailList");
        auto *error = child<QLabel>(panel, "mailError");
        QVERIFY(app.submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(!error->isVisible());

        app.stopService();
        QVERIFY(app.click(child<QPushButton>(panel, "mailRefreshButton")));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("The demo mails could not be loaded. The service could not "
                                                         "be reached.")),
                 qPrintable(error->text()));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->isVisible() && child<QLabel>(panel, "mailOtpCode")->text().size() == 6);
    }
};

QTEST_MAIN(TestMailPanel)
#include "tst_mailpanel.moc"
