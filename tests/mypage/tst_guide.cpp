// 自動車保険更新のご案内: the steps, 約10分, maturity date and deadline and what to have at hand, from the service;
// 「更新のお手続きへすすむ」 creates or resumes the renewal and opens the wizard at the first unconfirmed page.
#include "support/AppDriver.h"
#include "ui/Format.h"
#include "ui/ReloginDialog.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QLabel>

using namespace clickar;
using namespace clickar::test;

class TestGuide : public AppTestCase
{
    Q_OBJECT

public:
    TestGuide()
        : AppTestCase(QStringLiteral("en"))
    {}

private:
    QWidget *guide() const { return m_app->screenWidget("guideScreen"); }
    QPushButton *proceed() const { return child<QPushButton>(guide(), "proceedButton"); }

    bool openGuide(const QString &email)
    {
        if (!m_app->logIn(email) || !m_app->openGuide())
            return false;
        m_policy = m_app->guidePolicy();
        return true;
    }

    bool proceedToWizard()
    {
        if (!m_app->click(proceed()) || proceed()->isEnabled()) // no second renewal from a double click
            return false;
        return m_app->waitFor(
            [this] { return m_app->wizard() && m_app->window()->currentScreen() == m_app->wizard(); });
    }

private slots:

    void showsTheServiceGuide()
    {
        QVERIFY(openGuide(QStringLiteral("tanaka@example.jp")));
        // The same guide, asked of the service directly in the app's language.
        m_app->demo().client().setLanguage(QStringLiteral("en"));
        QVERIFY(m_app->demo().signIn(QStringLiteral("tanaka@example.jp")));
        const auto answer =
            await<Guide>([this](QObject *c, auto done) { m_app->demo().client().guide(m_policy, c, done); });
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
        QVERIFY(bring.contains(QStringLiteral("Driving licence")));
        QVERIFY(bring.contains(QStringLiteral("Vehicle inspection certificate")));
        QVERIFY(child<QLabel>(guide(), "guideContract")->text().contains(m_policy));
        QCOMPARE(proceed()->text(), QStringLiteral("&Proceed to the renewal procedure"));
    }

    void newRenewalStartsAtPageOne()
    {
        QVERIFY(openGuide(QStringLiteral("tanaka@example.jp")));
        QVERIFY(proceedToWizard());
        QCOMPARE(m_app->window()->wizard()->currentId(), int(PreConfirmationPageId));
    }

    void takahashiResumesAtPageFour()
    {
        QVERIFY(openGuide(QStringLiteral("takahashi@example.jp")));
        QVERIFY(proceedToWizard());
        QCOMPARE(m_app->window()->wizard()->currentId(), int(ContractDetailsPageId));
    }

    void backReturnsToMyPage()
    {
        QVERIFY(openGuide(QStringLiteral("suzuki@example.jp")));
        QVERIFY(m_app->click(child<QPushButton>(guide(), "guideBackButton")));
        QCOMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
    }

    void refusalIsShownWithRetry()
    {
        // The guide was left open until the contract matured: the service refuses, the screen says so.
        QVERIFY(openGuide(QStringLiteral("suzuki@example.jp")));
        QVERIFY(m_app->demo().advance(120 * 86400));
        QVERIFY(m_app->click(proceed()));
        QTRY_VERIFY(m_app->window()->reloginDialog()); // days later the login has long expired
        QDialog *dialog = m_app->window()->reloginDialog();
        QVERIFY(m_app->typeInto(child<QLineEdit>(dialog, "reloginPasswordEdit"), test::demoPassword));
        QVERIFY(m_app->click(child<QPushButton>(dialog, "reloginLoginButton")));
        auto *status = child<QLabel>(guide(), "guideStatus");
        QTRY_VERIFY(child<QPushButton>(guide(), "guideRetryButton")->isVisible());
        QVERIFY2(status->text().contains(QStringLiteral("could not be started")), qPrintable(status->text()));
        QCOMPARE(m_app->screen(), QStringLiteral("guideScreen"));
        QVERIFY(!m_app->window()->wizard());
    }

private:
    QString m_policy;
};

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
