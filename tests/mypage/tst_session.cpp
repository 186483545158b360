// The session: the access token is refreshed before it expires and after it has (transparently); when refreshing
// fails, the re-login dialog (password, then OTP) opens over the current screen and the interrupted action
// carries on with nothing typed lost (WCAG 2.2.5); ログアウト on every screen.
#include "service/Session.h"
#include "support/AppDriver.h"
#include "ui/ContractList.h"
#include "ui/ReloginDialog.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

using namespace clickar;
using namespace clickar::test;

class TestSession : public AppTestCase
{
    Q_OBJECT

public:
    TestSession()
        : AppTestCase(QStringLiteral("en"))
    {}

private:
    bool openGuide() { return m_app->openGuide(); }
    bool openWizard() { return m_app->openGuide() && m_app->proceedToWizard(); }
    // Answers the re-login dialog: password, then the one-time password from the outbox.
    bool logInAgain()
    {
        if (!m_app->waitFor(
                [this] { return m_app->window()->reloginDialog() && m_app->window()->reloginDialog()->isVisible(); }))
            return false;
        ReloginDialog *dialog = m_app->window()->reloginDialog();
        if (child<QLabel>(dialog, "reloginEmail")->text() != m_app->session()->email())
            return false;
        if (!m_app->typeInto(child<QLineEdit>(dialog, "reloginPasswordEdit"), test::demoPassword) ||
            !m_app->click(child<QPushButton>(dialog, "reloginLoginButton")))
            return false;
        auto *code = child<QLineEdit>(dialog, "otpEdit");
        return m_app->waitFor([code] { return code->isVisible(); }) &&
               m_app->typeInto(code, m_app->demo().latestOtp()) &&
               m_app->click(child<QPushButton>(dialog, "verifyButton")) &&
               m_app->waitFor([this] { return !m_app->window()->reloginDialog(); });
    }
    QWizard *wizard() const { return m_app->window()->wizard(); }

private slots:

    void refreshedBeforeItExpires()
    {
        // The timer refreshes 0.3 s after login here (normally a minute before the 15 minutes are up).
        m_app->session()->setRefreshLeadMs(15 * 60 * 1000 - 300);
        QSignalSpy refreshed(m_app->session(), &Session::tokensRefreshed);
        QSignalSpy refused(m_app->session()->client(), &RenewalClient::authorizationRequired);
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp")));
        const QString first = m_app->session()->tokens().accessToken;
        QTRY_VERIFY(refreshed.size() >= 1);
        QVERIFY(m_app->session()->tokens().accessToken != first);
        QCOMPARE(refused.size(), 0); // nothing was ever refused
        QVERIFY(openGuide());
    }

    void expiredAccessTokenIsRefreshedTransparently()
    {
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp")));
        QSignalSpy refreshed(m_app->session(), &Session::tokensRefreshed);
        QSignalSpy relogin(m_app->session(), &Session::reloginRequired);
        QVERIFY(m_app->demo().advance(16 * 60)); // the access token (15 min) is gone, the refresh token (8 h) is not
        QVERIFY(openGuide());
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(relogin.size(), 0);
        QVERIFY(!child<QLabel>(m_app->window(), "guideSteps")->text().isEmpty());
    }

    void reloginCarriesOnTheInterruptedAction()
    {
        QVERIFY(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        QVERIFY(openGuide());
        QVERIFY(m_app->demo().advance(9 * 3600)); // past the refresh token too
        QVERIFY(m_app->click(child<QPushButton>(m_app->window(), "proceedButton")));
        QTRY_VERIFY(m_app->window()->reloginDialog());
        QCOMPARE(m_app->screen(), QStringLiteral("guideScreen")); // over the current screen
        QVERIFY(logInAgain());
        // 「更新のお手続きへすすむ」 carried on: takahashi's renewal resumes at page 4.
        QTRY_VERIFY(wizard() && m_app->window()->currentScreen() == wizard());
        QCOMPARE(wizard()->currentId(), int(ContractDetailsPageId));
    }

    void reloginInTheWizardKeepsWhatWasEntered()
    {
        QVERIFY(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        QVERIFY(openWizard());
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
        QVERIFY(m_app->click(child<QCheckBox>(page, "detailsConfirmed")));
        RenewalController *controller = m_app->window()->wizard()->controller();
        QTRY_VERIFY(wizard()->button(QWizard::NextButton)->isEnabled() && !controller->isQuoting());
        QVERIFY(m_app->demo().advance(9 * 3600)); // past the refresh token too

        // First the person gives up: everything stays as it was.
        QVERIFY(m_app->click(wizard()->button(QWizard::NextButton)));
        QTRY_VERIFY(m_app->window()->reloginDialog());
        QVERIFY(m_app->click(child<QPushButton>(m_app->window()->reloginDialog(), "reloginCancelButton")));
        QTRY_VERIFY(!m_app->window()->reloginDialog());
        QTRY_VERIFY(wizard()->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(wizard()->currentId(), int(ContractDetailsPageId));
        QCOMPARE(use->currentData().toString(), chosen);
        QCOMPARE(QDate(year->currentData().toInt(), month->currentData().toInt(), 1), licence);
        QVERIFY(child<QCheckBox>(page, "detailsConfirmed")->isChecked());

        // Then logs in again: the page is saved with the entries and the wizard moves on.
        QVERIFY(m_app->click(wizard()->button(QWizard::NextButton)));
        QVERIFY(logInAgain());
        QTRY_COMPARE(wizard()->currentId(), int(DecisionPageId));
        QCOMPARE(controller->renewal().vehicle.use, chosen);
        QCOMPARE(controller->renewal().insured.nextLicenceRenewal, licence);
    }

    void logoutOnEveryScreen()
    {
        auto *logout = child<QAction>(m_app->window(), "logoutAction");
        QVERIFY(!logout->isVisible()); // nothing to log out of yet
        QVERIFY(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        QVERIFY(logout->isVisible());
        QVERIFY(child<QLabel>(m_app->window(), "accountName")->text().contains(QStringLiteral("高橋")));
        logout->trigger();
        QTRY_COMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        // The person's screens went with their scope: no contract table (let alone rows) is left.
        QTRY_VERIFY(!child<ContractList>(m_app->window(), "contractsTable"));

        QVERIFY(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        QVERIFY(openGuide());
        logout->trigger();
        QTRY_COMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        QTRY_VERIFY(!child<QLabel>(m_app->window(), "guideSteps"));

        // In the wizard it asks first: unconfirmed entries on the page would be lost.
        QVERIFY(m_app->logIn(QStringLiteral("takahashi@example.jp")));
        QVERIFY(openWizard());
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        logout->trigger();
        QCOMPARE(m_app->window()->currentScreen(), wizard());
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        logout->trigger();
        QTRY_COMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        QTRY_VERIFY(!wizard());
        QVERIFY(!m_app->session()->isSignedIn());
    }

private:
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
