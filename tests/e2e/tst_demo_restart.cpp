// The embedded demo keeps its progress across runs of the app (docs/quality.md: "the embedded demo keeps progress
// across app restarts"): two ClickarApps, one after the other, on one demo database in a data folder of the test's own.
// tanaka confirms pages 1–3 in the first; the second opens MyPage from the saved login (「ログイン情報を保存する」)
// and the renewal at page 4, and again after logging out and in with a one-time password. 「デモデータを初期化」
// brings back the seed and the login screen, logged in or not.
#include "service/Session.h"
#include "support/AppDriver.h"
#include "support/TraceWalker.h"
#include "ui/MailPanel.h"
#include "ui/MessageBoxes.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAction>
#include <QListWidget>
#include <QTemporaryDir>
#include <QToolBar>

using namespace clickar;
using namespace clickar::test;

class TestDemoRestart : public QObject
{
    Q_OBJECT

private:
    const QString keychainKey = QStringLiteral("refresh-token/demo"); // ClickarApp's scope of the demo's login

    // The app as main() starts it, on the demo database `database` (English UI).
    bool startApp(const QString &database) { return m_d->startEmbeddedApp(QStringLiteral("en"), false, database); }

    // How many mails the demo service's outbox holds (-1 when it cannot be read).
    static int outboxSize(ClickarApp &app)
    {
        const auto mails = await<QList<Mail>>([&](QObject *c, auto done) { app.mockClient()->outbox(c, done); });
        return mails && mails->ok() ? int(mails->value().size()) : -1;
    }

    bool logIn(bool remember)
    {
        return AppDriver::waitFor([this] { return !m_d->session()->isRestoring(); }) &&
               m_d->logIn(QStringLiteral("tanaka@example.jp"), remember);
    }

    // From MyPage: tanaka's renewal through its guide into the wizard.
    RenewalWizard *openRenewal()
    {
        return m_d->openGuide(QStringLiteral("7012345601")) && m_d->proceedToWizard() ? m_d->wizard() : nullptr;
    }

    void resetDemoData(QMessageBox::StandardButton answer)
    {
        QAction *action = m_d->window()->resetDemoDataAction();
        QVERIFY(action);
        QCOMPARE(action->objectName(), QStringLiteral("resetDemoDataAction"));
        auto *toolbar = child<QToolBar>(m_d->window(), "demoToolbar");
        QVERIFY(toolbar->isVisible());
        MessageBoxes::setNextAnswer(answer);
        QVERIFY(m_d->click(qobject_cast<QAbstractButton *>(toolbar->widgetForAction(action))));
    }

    QTemporaryDir m_dir;
    std::optional<AppDriver> m_d;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside tools/with-keyring.sh (a D-Bus session with gnome-keyring)");
        // The app's own place for the demo database, in the test mode's folder here (never the person's).
        QString error;
        const QString standard = ClickarApp::standardDemoDatabase(&error);
        QVERIFY2(!standard.isEmpty(), qPrintable(error));
        QVERIFY(standard.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(standard.contains(QStringLiteral(".qttest")));
        QVERIFY(standard.endsWith(QStringLiteral("/demo.sqlite")));
    }
    void init()
    {
        m_d.emplace(); // clears the settings
        clearKeychain(keychainKey);
    }
    void cleanup()
    {
        m_d.reset();
        clearKeychain(keychainKey);
    }

    void unusableDatabaseIsAStartError()
    {
        const QString database = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(2048, 'z'));
        file.close();
        AppOptions options;
        options.today = testToday();
        options.demoDatabase = database;
        ClickarApp app(options);
        QString error;
        QVERIFY(!app.start(&error));
        QVERIFY2(error.contains(database) && error.contains(QStringLiteral("Move or delete")), qPrintable(error));
    }

    void resumesAtPageFourAfterRestart()
    {
        const QString database = m_dir.filePath(QStringLiteral("resume.sqlite"));
        QVERIFY(startApp(database));
        QVERIFY(logIn(true));
        RenewalWizard *wizard = openRenewal();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(PreConfirmationPageId));
        QVERIFY(m_d->reachPage(ContractDetailsPageId)); // pages 1–3 confirmed through the buttons
        QCOMPARE(wizard->controller()->renewal().confirmedSteps,
                 (QList<Step>{Step::Preconfirm, Step::Basic, Step::Coverage}));
        QTRY_VERIFY(!readKeychain(keychainKey).secret.isEmpty()); // the saved login
        m_d->stopApp();                                           // window, session and demo service go

        QVERIFY(startApp(database));
        // The saved login opens MyPage directly: the demo service still knows the refresh token.
        QTRY_COMPARE(m_d->screen(), QStringLiteral("myPageScreen"));
        QCOMPARE(m_d->session()->me().displayName, QStringLiteral("田中 一郎"));
        wizard = openRenewal();
        QVERIFY(wizard);
        QTRY_COMPARE(wizard->currentId(), int(ContractDetailsPageId));
        QCOMPARE(wizard->controller()->renewal().confirmedSteps.size(), 3);

        // Logged out and in again with the password and a one-time password: the same page 4.
        MessageBoxes::setNextAnswer(QMessageBox::Ok); // "Do you want to log out?" over the wizard
        child<QAction>(m_d->window(), "logoutAction")->trigger();
        QTRY_COMPARE(m_d->screen(), QStringLiteral("loginScreen")); // once the page's inputs are kept
        QVERIFY(logIn(false));
        wizard = openRenewal();
        QVERIFY(wizard);
        QTRY_COMPARE(wizard->currentId(), int(ContractDetailsPageId));
    }

    void resetDemoDataBringsBackTheSeed()
    {
        const QString database = m_dir.filePath(QStringLiteral("reset.sqlite"));
        QVERIFY(startApp(database));
        QVERIFY(logIn(false));
        RenewalWizard *wizard = openRenewal();
        QVERIFY(wizard);
        QVERIFY(m_d->passPage());
        QCOMPARE(wizard->currentId(), int(BasicInfoPageId));
        const QString firstId = wizard->controller()->renewal().id;

        // Cancelled: nothing happens.
        resetDemoData(QMessageBox::Cancel);
        QCOMPARE(m_d->window()->currentScreen(), m_d->window()->wizard());
        QVERIFY(m_d->session()->isSignedIn());

        // Confirmed: logged out, back at the login screen, the outbox empty.
        resetDemoData(QMessageBox::Ok);
        QTRY_COMPARE(m_d->screen(), QStringLiteral("loginScreen"));
        QVERIFY(!m_d->session()->isSignedIn());
        QCOMPARE(child<QListWidget>(m_d->mailPanel(), "mailList")->count(), 0);
        QCOMPARE(outboxSize(*m_d->app()), 0);
        // The reset ends the person's scope like a logout: nothing of tanaka is left in any widget or model.
        TraceWalker walker(TraceWalker::personNeedles(QStringLiteral("tanaka@example.jp")));
        walker.addRoot(m_d->app());
        const QList<Trace> traces = walker.walk();
        QVERIFY2(traces.isEmpty(), qPrintable(TraceWalker::describe(traces)));

        // tanaka's renewal is fresh again, in this run of the app and after a restart on the same database.
        for (int run = 0; run < 2; ++run) {
            if (run == 1) {
                m_d->stopApp();
                QVERIFY(startApp(database));
            }
            QVERIFY(logIn(false));
            wizard = openRenewal();
            QVERIFY(wizard);
            QCOMPARE(wizard->currentId(), int(PreConfirmationPageId));
            QVERIFY(wizard->controller()->renewal().confirmedSteps.isEmpty());
            QVERIFY(wizard->controller()->renewal().id != firstId);
        }

        // Reachable when logged out too: from the login screen, it stays there, the service's mails gone again
        // (the panel shows nothing after a logout: nothing of the person outlives their scope).
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        child<QAction>(m_d->window(), "logoutAction")->trigger();
        QTRY_COMPARE(m_d->screen(), QStringLiteral("loginScreen"));
        QVERIFY(outboxSize(*m_d->app()) > 0);
        resetDemoData(QMessageBox::Ok);
        QTRY_COMPARE(outboxSize(*m_d->app()), 0);
        QCOMPARE(m_d->screen(), QStringLiteral("loginScreen"));
    }
};

QTEST_MAIN(TestDemoRestart)
#include "tst_demo_restart.moc"
