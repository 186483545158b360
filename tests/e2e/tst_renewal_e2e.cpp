// End to end, as a person would: the real app on its embedded mock, log in as tanaka@example.jp with the
// one-time password read from the demo mail panel, renew through the nine pages, read the new policy number.
#include "support/AppDriver.h"
#include "ui/ContractList.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTextBrowser>

using namespace clickar;

namespace {
// Everything the app and its demo service log during the test (docs/quality.md: never personal data).
QStringList &logLines()
{
    static QStringList lines;
    return lines;
}

QtMessageHandler previousHandler = nullptr;

void collectLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logLines().append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class TestRenewalEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Every category on, debug included, so that nothing escapes the check at the end.
        QLoggingCategory::setFilterRules(QStringLiteral("clickar.*=true"));
        previousHandler = qInstallMessageHandler(collectLog);
    }

    void tanakaRenews()
    {
        // The real app as main() starts it, on its own embedded demo service.
        test::AppDriver d;
        QVERIFY(d.startEmbeddedApp());
        MainWindow *window = d.window();
        QVERIFY(d.submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(d.screen(), QStringLiteral("otpScreen"));

        // The code, as a person reads it from the demo mail panel.
        auto *mails = d.find<QTextBrowser>("mailBody");
        QTRY_VERIFY(mails->toPlainText().contains(QStringLiteral("ワンタイムパスワード")));
        const QString code =
            QRegularExpression(QStringLiteral("\\b(\\d{6})\\b")).match(mails->toPlainText()).captured(1);
        QCOMPARE(code.size(), 6);
        QVERIFY(d.enterOtp(code));
        QTRY_COMPARE(d.screen(), QStringLiteral("myPageScreen"));

        auto *table = d.find<ContractList>("contractsTable");
        QVERIFY(d.openGuide());
        const QString oldPolicy = d.guidePolicy();
        QVERIFY(d.proceedToWizard());
        RenewalWizard *wizard = d.wizard();
        QCOMPARE(wizard->currentId(), int(PreConfirmationPageId));
        // Every page as a person fills it (page 4: 次回免許更新年月 one year after the new term starts; page 7: the
        // document opened in its own window and read to the end), up to the completion page.
        QVERIFY(d.reachPage(CompletionPageId));

        const QString newPolicy = d.text("newPolicyNumber");
        const Customer customer = wizard->controller()->renewal().customer;
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{10}$")).match(newPolicy).hasMatch(), qPrintable(newPolicy));
        QVERIFY(newPolicy != oldPolicy);
        QVERIFY(d.text("thankYouMail")
                    .contains(QStringLiteral("【御礼】自動車保険のお手続きありがとうございました/サンプル損保")));

        // 閉じる returns to MyPage, where the contract now reads 手続き済.
        QVERIFY(d.click(wizard->button(QWizard::FinishButton)));
        QTRY_COMPARE(d.screen(), QStringLiteral("myPageScreen"));
        QCOMPARE(window->currentScreen(), d.screenWidget("myPageScreen"));
        const auto statusOf = [table, oldPolicy]() -> QString {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->text(row, ContractList::PolicyColumn) == oldPolicy)
                    return table->text(row, ContractList::StatusColumn);
            }
            return {};
        };
        QTRY_COMPARE(statusOf(), QStringLiteral("Renewed"));

        // The logs of the whole renewal hold no personal data.
        QVERIFY(!logLines().isEmpty());
        const QStringList personal = {QStringLiteral("tanaka@example.jp"),
                                      oldPolicy,
                                      newPolicy,
                                      QStringLiteral("1979-06-15"),
                                      QStringLiteral("田中"),
                                      customer.phone,
                                      customer.postalCode,
                                      customer.address1,
                                      code};
        for (const QString &line : std::as_const(logLines())) {
            for (const QString &secret : personal)
                QVERIFY2(secret.isEmpty() || !line.contains(secret), qPrintable(QStringLiteral("logged: ") + line));
        }
    }
};

QTEST_MAIN(TestRenewalEndToEnd)
#include "tst_renewal_e2e.moc"
