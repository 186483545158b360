// The session: the access token is refreshed before it expires and after it has (transparently); when refreshing
// fails, the re-login dialog (password, then OTP) opens over the current screen and the interrupted action
// carries on with nothing typed lost (WCAG 2.2.5); ログアウト on every screen.
#include "MyPageHarness.h"
#include "service/Session.h"
#include "ui/ReloginDialog.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>

using namespace clickar;
using namespace clickar::test;

class TestSession : public QObject
{
    Q_OBJECT

private:
    void openGuide()
    {
        auto *table = child<QTableWidget>(m_app->window(), "contractsTable");
        QTRY_VERIFY(table->rowCount() > 0);
        QPushButton *renew = nullptr;
        for (QPushButton *button : table->findChildren<QPushButton *>()) {
            if (button->objectName().startsWith(QStringLiteral("renewButton_")))
                renew = button;
        }
        QVERIFY(renew);
        renew->click();
        QTRY_COMPARE(m_app->screen(), QStringLiteral("guideScreen"));
        QTRY_VERIFY(child<QPushButton>(m_app->window(), "proceedButton")->isEnabled());
    }
    void openWizard()
    {
        MYPAGE_CALL(openGuide());
        child<QPushButton>(m_app->window(), "proceedButton")->click();
        QTRY_VERIFY(m_app->window()->wizard() && m_app->window()->currentScreen() == m_app->window()->wizard());
    }
    // Answers the re-login dialog: password, then the one-time password from the outbox.
    void logInAgain()
    {
        QTRY_VERIFY(m_app->window()->reloginDialog() && m_app->window()->reloginDialog()->isVisible());
        ReloginDialog *dialog = m_app->window()->reloginDialog();
        QCOMPARE(child<QLabel>(dialog, "reloginEmail")->text(), m_app->session()->email());
        QTest::keyClicks(child<QLineEdit>(dialog, "reloginPasswordEdit"), demoPassword);
        child<QPushButton>(dialog, "reloginLoginButton")->click();
        auto *code = child<QLineEdit>(dialog, "otpEdit");
        QTRY_VERIFY(code->isVisible());
        QTest::keyClicks(code, m_demo->latestOtp());
        child<QPushButton>(dialog, "verifyButton")->click();
        QTRY_VERIFY(!m_app->window()->reloginDialog());
    }
    QWizard *wizard() const { return m_app->window()->wizard(); }

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

    void refreshedBeforeItExpires()
    {
        // The timer refreshes 0.3 s after login here (normally a minute before the 15 minutes are up).
        m_app->session()->setRefreshLeadMs(15 * 60 * 1000 - 300);
        QSignalSpy refreshed(m_app->session(), &Session::tokensRefreshed);
        QSignalSpy refused(m_app->session()->client(), &RenewalClient::authorizationRequired);
        MYPAGE_CALL(m_app->logIn(QStringLiteral("suzuki@example.jp")));
        const QString first = m_app->session()->tokens().accessToken;
        QTRY_VERIFY(refreshed.size() >= 1);
        QVERIFY(m_app->session()->tokens().accessToken != first);
        QCOMPARE(refused.size(), 0); // nothing was ever refused
        MYPAGE_CALL(openGuide());
    }

    void expiredAccessTokenIsRefreshedTransparently()
    {
        MYPAGE_CALL(m_app->logIn(QStringLiteral("suzuki@example.jp")));
        QSignalSpy refreshed(m_app->session(), &Session::tokensRefreshed);
        QSignalSpy relogin(m_app->session(), &Session::reloginRequired);
        QVERIFY(m_demo->advance(16 * 60)); // the access token (15 min) is gone, the refresh token (8 h) is not
        MYPAGE_CALL(openGuide());
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(relogin.size(), 0);
        QVERIFY(!child<QLabel>(m_app->window(), "guideSteps")->text().isEmpty());
    }

    void reloginCarriesOnTheInterruptedAction()
    {
        MYPAGE_CALL(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        MYPAGE_CALL(openGuide());
        QVERIFY(m_demo->advance(9 * 3600)); // past the refresh token too
        child<QPushButton>(m_app->window(), "proceedButton")->click();
        QTRY_VERIFY(m_app->window()->reloginDialog());
        QCOMPARE(m_app->screen(), QStringLiteral("guideScreen")); // over the current screen
        MYPAGE_CALL(logInAgain());
        // 「更新のお手続きへすすむ」 carried on: takahashi's renewal resumes at page 4.
        QTRY_VERIFY(wizard() && m_app->window()->currentScreen() == wizard());
        QCOMPARE(wizard()->currentId(), int(ContractDetailsPageId));
    }

    void reloginInTheWizardKeepsWhatWasEntered()
    {
        MYPAGE_CALL(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        MYPAGE_CALL(openWizard());
        QCOMPARE(wizard()->currentId(), int(ContractDetailsPageId));
        // What the person enters on page 4: the next licence renewal (year, month) and another purpose of use.
        QWizardPage *page = wizard()->currentPage();
        auto *year = child<QComboBox>(page, "nextLicenceYearCombo");
        auto *month = child<QComboBox>(page, "nextLicenceMonthCombo");
        auto *use = child<QComboBox>(page, "useCombo");
        QVERIFY(year && month && use);
        year->setCurrentIndex(year->count() - 1);
        month->setCurrentIndex(month->count() - 1);
        const QDate licence(year->currentData().toInt(), month->currentData().toInt(), 1);
        QVERIFY(licence.isValid());
        const int commute = use->findData(QStringLiteral("commute"));
        use->setCurrentIndex(use->currentIndex() == commute ? use->findData(QStringLiteral("business")) : commute);
        const QString chosen = use->currentData().toString();
        child<QCheckBox>(page, "detailsConfirmed")->click();
        RenewalController *controller = m_app->window()->wizard()->controller();
        QTRY_VERIFY(wizard()->button(QWizard::NextButton)->isEnabled() && !controller->isQuoting());
        QVERIFY(m_demo->advance(9 * 3600)); // past the refresh token too

        // First the person gives up: everything stays as it was.
        wizard()->button(QWizard::NextButton)->click();
        QTRY_VERIFY(m_app->window()->reloginDialog());
        child<QPushButton>(m_app->window()->reloginDialog(), "reloginCancelButton")->click();
        QTRY_VERIFY(!m_app->window()->reloginDialog());
        QTRY_VERIFY(wizard()->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard()->currentId(), int(ContractDetailsPageId));
        QCOMPARE(use->currentData().toString(), chosen);
        QCOMPARE(QDate(year->currentData().toInt(), month->currentData().toInt(), 1), licence);
        QVERIFY(child<QCheckBox>(page, "detailsConfirmed")->isChecked());

        // Then logs in again: the page is saved with the entries and the wizard moves on.
        wizard()->button(QWizard::NextButton)->click();
        MYPAGE_CALL(logInAgain());
        QTRY_COMPARE(wizard()->currentId(), int(DecisionPageId));
        QCOMPARE(controller->renewal().vehicle.use, chosen);
        QCOMPARE(controller->renewal().insured.nextLicenceRenewal, licence);
    }

    void logoutOnEveryScreen()
    {
        auto *logout = child<QAction>(m_app->window(), "logoutAction");
        QVERIFY(!logout->isVisible()); // nothing to log out of yet
        MYPAGE_CALL(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        QVERIFY(logout->isVisible());
        QVERIFY(child<QLabel>(m_app->window(), "accountName")->text().contains(QStringLiteral("高橋")));
        logout->trigger();
        QTRY_COMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        // The person's screens went with their scope: no contract table (let alone rows) is left.
        QTRY_VERIFY(!child<QTableWidget>(m_app->window(), "contractsTable"));

        MYPAGE_CALL(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        MYPAGE_CALL(openGuide());
        logout->trigger();
        QTRY_COMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        QTRY_VERIFY(!child<QLabel>(m_app->window(), "guideSteps"));

        // In the wizard it asks first: unconfirmed entries on the page would be lost.
        MYPAGE_CALL(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        MYPAGE_CALL(openWizard());
        answerNextMessageBox(QMessageBox::Cancel);
        logout->trigger();
        QCOMPARE(m_app->window()->currentScreen(), wizard());
        answerNextMessageBox(QMessageBox::Ok);
        logout->trigger();
        QTRY_COMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        QTRY_VERIFY(!wizard());
        QVERIFY(!m_app->session()->isSignedIn());
    }

private:
    std::unique_ptr<DemoService> m_demo;
    std::unique_ptr<AppHarness> m_app;
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
