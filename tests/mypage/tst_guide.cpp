// 自動車保険更新のご案内: the steps, 約10分, maturity date and deadline and what to have at hand, from the service;
// 「更新のお手続きへすすむ」 creates or resumes the renewal and opens the wizard at the first unconfirmed page.
#include "MyPageHarness.h"
#include "ui/Format.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QLabel>
#include <QTableWidget>

using namespace clickar;
using namespace clickar::test;

class TestGuide : public QObject
{
    Q_OBJECT

private:
    QWidget *guide() const { return m_app->screenWidget("guideScreen"); }
    QPushButton *proceed() const { return child<QPushButton>(guide(), "proceedButton"); }

    void openGuide(const QString &email)
    {
        MYPAGE_CALL(m_app->logIn(email));
        auto *table = child<QTableWidget>(m_app->window(), "contractsTable");
        QTRY_VERIFY(table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString policy = table->item(row, 0)->text();
            if (auto *renew = child<QPushButton>(table, qPrintable(QStringLiteral("renewButton_") + policy))) {
                m_policy = policy;
                renew->click();
                break;
            }
        }
        QTRY_COMPARE(m_app->screen(), QStringLiteral("guideScreen"));
        QTRY_VERIFY(proceed()->isEnabled());
    }

    void proceedToWizard()
    {
        proceed()->click();
        QVERIFY(!proceed()->isEnabled()); // no second renewal from a double click
        QTRY_VERIFY(m_app->window()->wizard() && m_app->window()->currentScreen() == m_app->window()->wizard());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().clear();
        m_demo = std::make_unique<DemoService>();
        m_app = std::make_unique<AppHarness>(*m_demo);
        MYPAGE_CALL(m_app->start());
    }
    void cleanup()
    {
        m_app.reset();
        m_demo.reset();
    }

    void showsTheServiceGuide()
    {
        MYPAGE_CALL(openGuide(QStringLiteral("tanaka@example.jp")));
        // The same guide, asked of the service directly.
        QVERIFY(m_demo->signIn(QStringLiteral("tanaka@example.jp")));
        const auto answer = await<Guide>([this](QObject *c, auto done) { m_demo->client().guide(m_policy, c, done); });
        QVERIFY(answer && answer->ok());
        const Guide &g = answer->value();
        QCOMPARE(g.estimatedMinutes, 10);
        QVERIFY(child<QLabel>(guide(), "guideMinutes")->text().contains(QStringLiteral("10")));
        QCOMPARE(child<QLabel>(guide(), "guideMaturity")->text(), format::date(testToday().addDays(30)));
        QCOMPARE(child<QLabel>(guide(), "guideDeadline")->text(), format::date(g.deadline));
        const QString steps = child<QLabel>(guide(), "guideSteps")->text();
        for (const QString &step : g.steps)
            QVERIFY2(steps.contains(step.toHtmlEscaped()), qPrintable(step));
        const QString bring = child<QLabel>(guide(), "guideBring")->text();
        QVERIFY(bring.contains(QStringLiteral("運転免許証")));
        QVERIFY(bring.contains(QStringLiteral("車検証")));
        QVERIFY(child<QLabel>(guide(), "guideContract")->text().contains(m_policy));
        QCOMPARE(proceed()->text(), QStringLiteral("Proceed to the renewal procedure"));
    }

    void newRenewalStartsAtPageOne()
    {
        MYPAGE_CALL(openGuide(QStringLiteral("tanaka@example.jp")));
        MYPAGE_CALL(proceedToWizard());
        QCOMPARE(m_app->window()->wizard()->currentId(), int(PreConfirmationPageId));
    }

    void takahashiResumesAtPageFour()
    {
        MYPAGE_CALL(openGuide(QStringLiteral("takahashi@example.jp")));
        MYPAGE_CALL(proceedToWizard());
        QCOMPARE(m_app->window()->wizard()->currentId(), int(ContractDetailsPageId));
    }

    void backReturnsToMyPage()
    {
        MYPAGE_CALL(openGuide(QStringLiteral("suzuki@example.jp")));
        child<QPushButton>(guide(), "guideBackButton")->click();
        QCOMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
    }

    void refusalIsShownWithRetry()
    {
        // The guide was left open until the contract matured: the service refuses, the screen says so.
        MYPAGE_CALL(openGuide(QStringLiteral("suzuki@example.jp")));
        QVERIFY(m_demo->advance(120 * 86400));
        proceed()->click();
        QTRY_VERIFY(m_app->window()->reloginDialog()); // days later the login has long expired
        QDialog *dialog = m_app->window()->reloginDialog();
        QTest::keyClicks(child<QLineEdit>(dialog, "reloginPasswordEdit"), demoPassword);
        child<QPushButton>(dialog, "reloginLoginButton")->click();
        auto *status = child<QLabel>(guide(), "guideStatus");
        QTRY_VERIFY(child<QPushButton>(guide(), "guideRetryButton")->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("could not be started")), qPrintable(status->text()));
        QCOMPARE(m_app->screen(), QStringLiteral("guideScreen"));
        QVERIFY(!m_app->window()->wizard());
    }

private:
    std::unique_ptr<DemoService> m_demo;
    std::unique_ptr<AppHarness> m_app;
    QString m_policy;
};

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
