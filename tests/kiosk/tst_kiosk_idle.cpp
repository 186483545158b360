// The kiosk's idle wipe and its completion countdown, on the real app: after the idle timeout a countdown dialog;
// any input (in the main window, the PDF viewer, a dialog) continues; at zero the person is logged out on the
// service (their token is refused afterwards), nothing of them is left in any window, widget, model, the demo mail
// panel or the clipboard, and a fresh login screen waits. A submission in flight is allowed to finish first. The
// completion page counts down back to the login screen, with 「終了する」 to go at once, and offers no 「PDFで保存」.
#include "service/Session.h"
#include "support/AppDriver.h"
#include "support/TraceWalker.h"
#include "ui/IdleCountdownDialog.h"
#include "ui/KioskGuard.h"
#include "ui/KioskPin.h"
#include "ui/LoginScreen.h"
#include "ui/MailPanel.h"
#include "ui/ServedPerson.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/CompletionPage.h"
#include "wizard/DisclosurePage.h"

#include <QClipboard>
#include <QListWidget>
#include <QSignalSpy>

using namespace clickar;

namespace {
const QString tanaka = QStringLiteral("tanaka@example.jp");
} // namespace

class TestKioskIdle : public QObject
{
    Q_OBJECT

private:
    std::optional<test::AppDriver> m_d;

    KioskGuard *guard() const { return m_d->app()->kioskGuard(); }
    IdleCountdownDialog *countdown() const { return guard()->countdown(); }

    bool start(bool embedded)
    {
        m_d.emplace();
        QSettings().setValue(QLatin1String(KioskPin::settingsKey), KioskPin::hash(QStringLiteral("4821")));
        const bool started =
            embedded ? m_d->startEmbeddedApp(QStringLiteral("ja"), true) : m_d->startApp(QStringLiteral("ja"), true);
        return started && guard();
    }

    void expectNothingLeft(const QStringList &needles)
    {
        const QList<test::Trace> traces = test::TraceWalker::afterScopeEnd(needles, m_d->app());
        QVERIFY2(traces.isEmpty(), qPrintable(QStringLiteral("%1 trace(s) of the person left").arg(traces.size())));
        MainWindow *window = m_d->window();
        QCOMPARE(window->currentScreen(), window->loginScreen());
        QVERIFY(!window->servedPerson());
        QVERIFY(test::child<QLineEdit>(window->loginScreen(), "emailEdit")->text().isEmpty());
        QVERIFY(!test::child<QLabel>(window->loginScreen(), "loginNotice")->isVisible()); // fresh, no "logged out"
        QVERIFY(window->mailPanel()->mails().isEmpty());
        QCOMPARE(test::child<QListWidget>(window->mailPanel(), "mailList")->count(), 0);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        QVERIFY(!m_d->session()->isSignedIn());
        QVERIFY(m_d->session()->email().isEmpty());
        QVERIFY(window->isVisible());
        QTRY_VERIFY(window->windowState() & Qt::WindowFullScreen);
    }

private slots:
    void cleanup()
    {
        m_d.reset();
        QApplication::clipboard()->clear();
    }

    void countdownThenContinue()
    {
        QVERIFY(start(false));
        QVERIFY(m_d->logIn(tanaka));
        guard()->setIdleTimeoutSeconds(1);
        QVERIFY(m_d->pressKey(Qt::Key_Tab)); // input: the idle clock starts again from here
        QTRY_VERIFY(countdown()->isVisible());
        QCOMPARE(countdown()->secondsLeft(), 30);
        QVERIFY(test::child<QLabel>(countdown(), "idleCountdownText")->text().contains(QStringLiteral("30 seconds")));
        QVERIFY(m_d->click(test::child<QPushButton>(countdown(), "idleContinueButton")));
        QVERIFY(!countdown()->isVisible());
        QCOMPARE(m_d->screen(), QStringLiteral("myPageScreen"));
        // Any input continues, a key as well as a touch.
        QTRY_VERIFY(countdown()->isVisible());
        QTest::keyClick(countdown(), Qt::Key_Shift);
        QVERIFY(!countdown()->isVisible());
        QVERIFY(m_d->session()->isSignedIn());
        // A kiosk nobody has touched since its last wipe shows no countdown.
        guard()->wipe();
        QTRY_VERIFY(!m_d->window()->servedPerson());
        QTest::qWait(2500);
        QVERIFY(!countdown()->isVisible());
    }

    // The embedded demo, as main() starts it: the code copied from the demo mail panel, the renewal to page 7 with
    // the PDF viewer open; input in the viewer continues the countdown; at zero everything goes.
    void zeroWipesEverything()
    {
        QVERIFY(start(true));
        QVERIFY(m_d->submitLogin(tanaka));
        QTRY_COMPARE(m_d->screen(), QStringLiteral("otpScreen"));
        MailPanel *panel = m_d->mailPanel();
        QTRY_VERIFY(!test::child<QLabel>(panel, "mailOtpCode")->text().isEmpty()); // the demo still shows the code
        const QString code = test::child<QLabel>(panel, "mailOtpCode")->text();
        QVERIFY(m_d->click(test::child<QPushButton>(panel, "copyOtpButton")));
        auto *otp = m_d->find<QLineEdit>("otpEdit");
        QTest::mouseClick(otp, Qt::LeftButton);
        QVERIFY(m_d->pressKey(Qt::Key_V, Qt::ControlModifier));
        QVERIFY(m_d->click("verifyButton"));
        QTRY_COMPARE(m_d->screen(), QStringLiteral("myPageScreen"));
        QVERIFY(m_d->openGuide());
        QVERIFY(m_d->proceedToWizard());
        QVERIFY(m_d->reachPage(DisclosurePageId));
        QVERIFY(m_d->readDisclosureToEnd());
        auto *page = qobject_cast<DisclosurePage *>(m_d->wizard()->currentPage());
        QVERIFY(page && page->viewer());
        QWidget *viewerWindow = page->viewer()->window();
        QVERIFY(viewerWindow != m_d->window() && viewerWindow->isVisible());

        const QString token = m_d->session()->tokens().accessToken;
        QVERIFY(!token.isEmpty());
        guard()->setIdleTimeoutSeconds(1);
        QTest::keyClick(viewerWindow, Qt::Key_Down);
        QTRY_VERIFY(countdown()->isVisible());
        QTest::keyClick(viewerWindow, Qt::Key_Down); // input in the PDF viewer counts too
        QVERIFY(!countdown()->isVisible());
        QVERIFY(m_d->wizard());

        guard()->setCountdownSeconds(1);
        QSignalSpy wiped(guard(), &KioskGuard::wiped);
        QSignalSpy ended(m_d->window(), &MainWindow::servedPersonEnded);
        QTRY_COMPARE_WITH_TIMEOUT(wiped.size(), 1, 10000);
        QTRY_COMPARE(ended.size(), 1);
        expectNothingLeft(test::TraceWalker::personNeedles(tanaka) << code);

        // Logged out on the service (POST /auth/logout is on its way): the person's token is refused.
        RenewalClient client(m_d->app()->client()->server());
        client.setAccessToken(token);
        auto refused = [&] {
            const auto me = test::await<Me>([&](QObject *context, auto done) { client.me(context, done); });
            return me && !me->ok() && me->error().status == 401;
        };
        QTRY_VERIFY(refused());
    }

    void submissionInFlightFinishesFirst()
    {
        QVERIFY(start(false));
        QVERIFY(m_d->openWizard(tanaka));
        QVERIFY(m_d->reachPage(ApplicationPageId));
        QVERIFY(m_d->fillPage());
        m_d->appClient().setExtraHeader("X-Mock-Fault", "latency=1500");
        QVERIFY(m_d->click(m_d->next()));
        QTRY_VERIFY(m_d->controller().submission()->isSubmitting());
        QSignalSpy wiped(guard(), &KioskGuard::wiped);
        guard()->wipe(); // the countdown's zero
        QVERIFY(guard()->isWipePending());
        QVERIFY(m_d->wizard());
        m_d->appClient().setExtraHeader("X-Mock-Fault", {});
        QTRY_COMPARE_WITH_TIMEOUT(wiped.size(), 1, 15000);
        QTRY_VERIFY(!m_d->window()->servedPerson());
        QCOMPARE(m_d->thankYouMails(), 1); // the application arrived
    }

    void completionCountsDownToTheLoginScreen()
    {
        QVERIFY(start(false));
        guard()->setCompletionSeconds(2);
        QVERIFY(m_d->openWizard(tanaka));
        QVERIFY(m_d->reachPage(CompletionPageId));
        auto *page = qobject_cast<CompletionPage *>(m_d->wizard()->currentPage());
        QVERIFY(page);
        QVERIFY(!test::child<QPushButton>(page, "saveReceiptPdfButton")->isVisible()); // print only
        QVERIFY(test::child<QPushButton>(page, "printReceiptButton")->isVisible());
        QVERIFY(test::child<QLabel>(page, "returnCountdown")->isVisible());
        QVERIFY(test::child<QLabel>(page, "returnCountdown")->text().contains(QStringLiteral("2 seconds")));
        QSignalSpy wiped(guard(), &KioskGuard::wiped);
        QTRY_COMPARE_WITH_TIMEOUT(wiped.size(), 1, 10000);
        QTRY_VERIFY(!m_d->window()->servedPerson());
        QCOMPARE(m_d->window()->currentScreen(), m_d->window()->loginScreen());
    }

    void finishNowEndsAtOnce()
    {
        QVERIFY(start(false));
        QVERIFY(m_d->openWizard(tanaka));
        QVERIFY(m_d->reachPage(CompletionPageId));
        QCOMPARE(qobject_cast<CompletionPage *>(m_d->wizard()->currentPage())->returnSecondsLeft(), 60);
        QVERIFY(m_d->click("finishNowButton"));
        QTRY_VERIFY(!m_d->window()->servedPerson());
        QCOMPARE(m_d->window()->currentScreen(), m_d->window()->loginScreen());
        QVERIFY(!m_d->session()->isSignedIn());
    }
};

QTEST_MAIN(TestKioskIdle)
#include "tst_kiosk_idle.moc"
