// End to end, as a person would: the real app on its embedded mock, log in as tanaka@example.jp with the
// one-time password read from the demo mail panel, renew through the nine pages, read the new policy number.
#include "support/TestSupport.h"
#include "ui/ClickarApp.h"
#include "ui/MailPanel.h"
#include "ui/MainWindow.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPdfView>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
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

private:
    template<typename T> T *find(QWidget *root, const char *name)
    {
        T *widget = root->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }

    void clickForward(QWizard *wizard)
    {
        QAbstractButton *commit = wizard->button(QWizard::CommitButton);
        QAbstractButton *next = commit->isVisible() ? commit : wizard->button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled());
        next->click();
    }

    void checkAndGo(QWizard *wizard, const QStringList &boxes, int nextId)
    {
        for (const QString &name : boxes) {
            auto *box = wizard->currentPage()->findChild<QCheckBox *>(name);
            QVERIFY2(box, qPrintable(name));
            QTRY_VERIFY(box->isEnabled());
            box->click();
        }
        clickForward(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), nextId, 10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Every category on, debug included, so that nothing escapes the check at the end.
        QLoggingCategory::setFilterRules(QStringLiteral("clickar.*=true"));
        previousHandler = qInstallMessageHandler(collectLog);
    }

    void tanakaRenews()
    {
        AppOptions options;
        options.today = test::testToday();
        ClickarApp app(options);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QTest::keyClicks(find<QLineEdit>(window, "emailEdit"), QStringLiteral("tanaka@example.jp"));
        QTest::keyClicks(find<QLineEdit>(window, "passwordEdit"), QStringLiteral("Clickar#2026"));
        find<QPushButton>(window, "loginButton")->click();
        QTRY_COMPARE(window->currentScreen()->objectName(), QStringLiteral("otpScreen"));

        // The code, as a person reads it from the demo mail panel.
        auto *mails = find<QTextBrowser>(window, "mailBody");
        QTRY_VERIFY(mails->toPlainText().contains(QStringLiteral("ワンタイムパスワード")));
        const QString code =
            QRegularExpression(QStringLiteral("\\b(\\d{6})\\b")).match(mails->toPlainText()).captured(1);
        QCOMPARE(code.size(), 6);
        QTest::keyClicks(find<QLineEdit>(window, "otpEdit"), code);
        find<QPushButton>(window, "verifyButton")->click();
        QTRY_COMPARE(window->currentScreen()->objectName(), QStringLiteral("myPageScreen"));

        auto *table = find<QTableWidget>(window, "contractsTable");
        QTRY_VERIFY(table->rowCount() > 0);
        QPushButton *renew = nullptr;
        for (QPushButton *button : table->findChildren<QPushButton *>()) {
            if (button->objectName().startsWith(QStringLiteral("renewButton_")) && button->isEnabled())
                renew = button;
        }
        QVERIFY(renew);
        const QString oldPolicy = renew->objectName().mid(QStringLiteral("renewButton_").size());
        renew->click();
        QTRY_COMPARE(window->currentScreen()->objectName(), QStringLiteral("guideScreen"));
        auto *proceed = find<QPushButton>(window, "proceedButton");
        QTRY_VERIFY(proceed->isEnabled());
        proceed->click();
        QTRY_VERIFY(window->wizard() && window->currentScreen() == window->wizard());
        RenewalWizard *wizard = window->wizard();
        QCOMPARE(wizard->currentId(), int(PreConfirmationPageId));

        checkAndGo(wizard, {QStringLiteral("preconfirmChecked")}, BasicInfoPageId);
        test::answerNextMessageBox(QMessageBox::Ok);
        checkAndGo(wizard, {QStringLiteral("driverRangeConfirmed"), QStringLiteral("basicConfirmed")}, CoveragePageId);
        checkAndGo(wizard, {QStringLiteral("coverageConfirmed")}, ContractDetailsPageId);
        // 次回免許更新年月, as printed on the licence: one year after the new term starts.
        const QDate licence = wizard->controller()->renewal().newPeriod.start.addYears(1);
        auto *year = find<QComboBox>(wizard->currentPage(), "nextLicenceYearCombo");
        year->setCurrentIndex(year->findData(licence.year()));
        auto *month = find<QComboBox>(wizard->currentPage(), "nextLicenceMonthCombo");
        month->setCurrentIndex(month->findData(licence.month()));
        checkAndGo(wizard, {QStringLiteral("detailsConfirmed")}, DecisionPageId);
        checkAndGo(wizard, {QStringLiteral("decisionConfirmed")}, CustomerPaymentPageId);
        checkAndGo(wizard, {QStringLiteral("customerConfirmed")}, DisclosurePageId);
        // The consent needs the document opened in its own window and read (scrolled) to the end.
        find<QPushButton>(wizard->currentPage(), "openDisclosureButton")->click();
        auto *disclosure = qobject_cast<DisclosurePage *>(wizard->currentPage());
        QVERIFY(disclosure);
        QTRY_VERIFY_WITH_TIMEOUT(disclosure->viewer() && disclosure->viewer()->isLoaded(), 10000);
        QScrollBar *bar = disclosure->viewer()->view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        checkAndGo(wizard, {QStringLiteral("eDeliveryConsent"), QStringLiteral("noticesConfirmed")}, ApplicationPageId);
        find<QRadioButton>(wizard->currentPage(), "driverCard1")->click();
        find<QRadioButton>(wizard->currentPage(), "nextNotice0")->click();
        clickForward(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(CompletionPageId), 10000);

        const QString newPolicy = find<QLabel>(wizard->currentPage(), "newPolicyNumber")->text();
        const Customer customer = wizard->controller()->renewal().customer;
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{10}$")).match(newPolicy).hasMatch(), qPrintable(newPolicy));
        QVERIFY(newPolicy != oldPolicy);
        QVERIFY(find<QLabel>(wizard->currentPage(), "thankYouMail")
                    ->text()
                    .contains(QStringLiteral("【御礼】自動車保険のお手続きありがとうございました/サンプル損保")));

        // 閉じる returns to MyPage, where the contract now reads 手続き済.
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE(window->currentScreen()->objectName(), QStringLiteral("myPageScreen"));
        const auto statusOf = [table, oldPolicy]() -> QString {
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0) && table->item(row, 0)->text() == oldPolicy)
                    return table->item(row, 4)->text();
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
