// The demo mail panel (embedded mock only): the outbox newest first, the one-time password easy to copy.
#include "MyPageHarness.h"
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
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newestFirstAndCodeCopied()
    {
        QSettings().clear();
        AppOptions options;
        options.today = testToday();
        options.language = QStringLiteral("en");
        ClickarApp app(options);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        MailPanel *panel = window->mailPanel();
        QVERIFY(panel);
        auto *list = child<QListWidget>(panel, "mailList");
        QVERIFY(child<QLabel>(panel, "mailEmpty")->isVisible());

        QWidget *login = child<QWidget>(window, "loginScreen");
        QTest::keyClicks(child<QLineEdit>(login, "emailEdit"), QStringLiteral("tanaka@example.jp"));
        QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), demoPassword);
        child<QPushButton>(login, "loginButton")->click();
        QTRY_COMPARE(screenOf(window), QStringLiteral("otpScreen"));
        QTRY_COMPARE(list->count(), 1);
        const QString first = child<QLabel>(panel, "mailOtpCode")->text();
        QCOMPARE(first.size(), 6);

        QWidget *otp = child<QWidget>(window, "otpScreen");
        child<QPushButton>(otp, "resendButton")->click();
        QTRY_COMPARE(list->count(), 2);
        // Newest first, selected, its code shown large and copyable.
        const QList<Mail> mails = panel->mails();
        QVERIFY(mails.at(0).sentAt >= mails.at(1).sentAt);
        QCOMPARE(list->currentRow(), 0);
        const QString newest = child<QLabel>(panel, "mailOtpCode")->text();
        QCOMPARE(newest, MailPanel::otpCode(mails.at(0)));
        QVERIFY(child<QTextBrowser>(panel, "mailBody")->toPlainText().contains(QStringLiteral("ワンタイムパスワード")));
        list->setCurrentRow(1);
        QCOMPARE(child<QLabel>(panel, "mailOtpCode")->text(), first);
        list->setCurrentRow(0);

        child<QPushButton>(panel, "copyOtpButton")->click();
        QCOMPARE(QApplication::clipboard()->text(), newest);
        auto *code = child<QLineEdit>(otp, "otpEdit");
        code->setFocus();
        QTest::keyClick(code, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(code->text(), newest);
        child<QPushButton>(otp, "verifyButton")->click();
        QTRY_COMPARE(screenOf(window), QStringLiteral("myPageScreen"));
    }
};

QTEST_MAIN(TestMailPanel)
#include "tst_mailpanel.moc"
