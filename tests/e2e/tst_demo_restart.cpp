// The embedded demo keeps its progress across runs of the app (QUALITY.md: "the embedded demo keeps progress across
// app restarts"): two ClickarApps, one after the other, on one demo database in a data folder of the test's own.
// tanaka confirms pages 1–3 in the first; the second opens MyPage from the saved login (「ログイン情報を保存する」)
// and the renewal at page 4, and again after logging out and in with a one-time password. 「デモデータを初期化」
// brings back the seed and the login screen, logged in or not.
#include "mypage/MyPageHarness.h"
#include "service/Session.h"
#include "ui/MailPanel.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAction>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>

using namespace clickar;
using namespace clickar::test;

class TestDemoRestart : public QObject
{
    Q_OBJECT

private:
    const QString keychainKey = QStringLiteral("refresh-token/demo"); // ClickarApp's scope of the demo's login

    std::unique_ptr<ClickarApp> startApp(const QString &database)
    {
        AppOptions options;
        options.today = testToday();
        options.language = QStringLiteral("en");
        options.demoDatabase = database;
        auto app = std::make_unique<ClickarApp>(options);
        QString error;
        if (!app->start(&error)) {
            qWarning("app did not start: %s", qPrintable(error));
            return nullptr;
        }
        app->window()->show();
        if (!QTest::qWaitForWindowExposed(app->window()))
            return nullptr;
        return app;
    }

    // How many mails the demo service's outbox holds (-1 when it cannot be read).
    static int outboxSize(ClickarApp &app)
    {
        const auto mails = await<QList<Mail>>([&](QObject *c, auto done) { app.mockClient()->outbox(c, done); });
        return mails && mails->ok() ? int(mails->value().size()) : -1;
    }

    // The newest one-time password in the demo service's outbox, through its mock-only client.
    static QString latestOtp(ClickarApp &app)
    {
        const auto mails = await<QList<Mail>>([&](QObject *c, auto done) { app.mockClient()->outbox(c, done); });
        if (!mails || !mails->ok())
            return {};
        for (const Mail &mail : mails->value()) { // newest first
            if (!MailPanel::otpCode(mail).isEmpty())
                return MailPanel::otpCode(mail);
        }
        return {};
    }

    void logIn(ClickarApp &app, bool remember)
    {
        MainWindow *window = app.window();
        QTRY_COMPARE(screenOf(window), QStringLiteral("loginScreen"));
        QTRY_VERIFY(!app.session()->isRestoring());
        QWidget *login = child<QWidget>(window, "loginScreen");
        auto *email = child<QLineEdit>(login, "emailEdit");
        auto *password = child<QLineEdit>(login, "passwordEdit");
        email->clear();
        password->clear();
        QTest::keyClicks(email, QStringLiteral("tanaka@example.jp"));
        QTest::keyClicks(password, demoPassword);
        auto *rememberBox = child<QCheckBox>(login, "rememberLoginCheck");
        if (rememberBox->isChecked() != remember) {
            QTRY_VERIFY(rememberBox->isEnabled());
            rememberBox->click();
        }
        child<QPushButton>(login, "loginButton")->click();
        QTRY_COMPARE(screenOf(window), QStringLiteral("otpScreen"));
        QString code;
        QTRY_VERIFY(!(code = latestOtp(app)).isEmpty());
        QWidget *otp = child<QWidget>(window, "otpScreen");
        QTest::keyClicks(child<QLineEdit>(otp, "otpEdit"), code);
        child<QPushButton>(otp, "verifyButton")->click();
        QTRY_COMPARE(screenOf(window), QStringLiteral("myPageScreen"));
    }

    // From MyPage: tanaka's renewal through its guide into the wizard.
    RenewalWizard *openRenewal(ClickarApp &app)
    {
        MainWindow *window = app.window();
        auto *table = child<QTableWidget>(window, "contractsTable");
        QPushButton *renew = nullptr;
        if (!QTest::qWaitFor([&] {
                renew = table ? table->findChild<QPushButton *>(QStringLiteral("renewButton_7012345601")) : nullptr;
                return renew && renew->isEnabled();
            }))
            return nullptr;
        renew->click();
        auto *proceed = child<QPushButton>(window, "proceedButton");
        if (!QTest::qWaitFor([&] {
                return screenOf(window) == QStringLiteral("guideScreen") && proceed &&
                       (proceed = child<QPushButton>(window, "proceedButton"))->isEnabled();
            }))
            return nullptr;
        proceed->click();
        if (!QTest::qWaitFor([&] { return window->wizard() && window->currentScreen() == window->wizard(); }))
            return nullptr;
        return window->wizard();
    }

    void checkAndGo(QWizard *wizard, const QStringList &boxes, int nextId)
    {
        for (const QString &name : boxes) {
            auto *box = wizard->currentPage()->findChild<QCheckBox *>(name);
            QVERIFY2(box, qPrintable(name));
            QTRY_VERIFY(box->isEnabled());
            box->click();
        }
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled());
        next->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), nextId, 10000);
    }

    void resetDemoData(ClickarApp &app, QMessageBox::StandardButton answer)
    {
        QAction *action = app.window()->resetDemoDataAction();
        QVERIFY(action);
        QCOMPARE(action->objectName(), QStringLiteral("resetDemoDataAction"));
        QVERIFY(child<QToolBar>(app.window(), "demoToolbar")->isVisible());
        answerNextMessageBox(answer);
        action->trigger(); // returns once the confirmation is answered
    }

    QTemporaryDir m_dir;

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
        QSettings().clear();
        clearKeychain(keychainKey);
    }
    void cleanup() { clearKeychain(keychainKey); }

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
        {
            std::unique_ptr<ClickarApp> app = startApp(database);
            QVERIFY(app);
            MYPAGE_CALL(logIn(*app, true));
            RenewalWizard *wizard = openRenewal(*app);
            QVERIFY(wizard);
            QCOMPARE(wizard->currentId(), int(PreConfirmationPageId));
            MYPAGE_CALL(checkAndGo(wizard, {QStringLiteral("preconfirmChecked")}, BasicInfoPageId));
            answerNextMessageBox(QMessageBox::Ok); // the driver-range warning
            MYPAGE_CALL(checkAndGo(wizard, {QStringLiteral("driverRangeConfirmed"), QStringLiteral("basicConfirmed")},
                                   CoveragePageId));
            MYPAGE_CALL(checkAndGo(wizard, {QStringLiteral("coverageConfirmed")}, ContractDetailsPageId));
            QCOMPARE(wizard->controller()->renewal().confirmedSteps,
                     (QList<Step>{Step::Preconfirm, Step::Basic, Step::Coverage}));
            QTRY_VERIFY(!readKeychain(keychainKey).secret.isEmpty()); // the saved login
        } // the app ends: window, session and demo service go

        std::unique_ptr<ClickarApp> app = startApp(database);
        QVERIFY(app);
        // The saved login opens MyPage directly: the demo service still knows the refresh token.
        QTRY_COMPARE(screenOf(app->window()), QStringLiteral("myPageScreen"));
        QCOMPARE(app->session()->me().displayName, QStringLiteral("田中 一郎"));
        RenewalWizard *wizard = openRenewal(*app);
        QVERIFY(wizard);
        QTRY_COMPARE(wizard->currentId(), int(ContractDetailsPageId));
        QCOMPARE(wizard->controller()->renewal().confirmedSteps.size(), 3);

        // Logged out and in again with the password and a one-time password: the same page 4.
        answerNextMessageBox(QMessageBox::Ok); // "Do you want to log out?" over the wizard
        child<QAction>(app->window(), "logoutAction")->trigger();
        MYPAGE_CALL(logIn(*app, false));
        wizard = openRenewal(*app);
        QVERIFY(wizard);
        QTRY_COMPARE(wizard->currentId(), int(ContractDetailsPageId));
    }

    void resetDemoDataBringsBackTheSeed()
    {
        const QString database = m_dir.filePath(QStringLiteral("reset.sqlite"));
        std::unique_ptr<ClickarApp> app = startApp(database);
        QVERIFY(app);
        MYPAGE_CALL(logIn(*app, false));
        RenewalWizard *wizard = openRenewal(*app);
        QVERIFY(wizard);
        MYPAGE_CALL(checkAndGo(wizard, {QStringLiteral("preconfirmChecked")}, BasicInfoPageId));
        const QString firstId = wizard->controller()->renewal().id;

        // Cancelled: nothing happens.
        MYPAGE_CALL(resetDemoData(*app, QMessageBox::Cancel));
        QCOMPARE(app->window()->currentScreen(), app->window()->wizard());
        QVERIFY(app->session()->isSignedIn());

        // Confirmed: logged out, back at the login screen, the outbox empty.
        MYPAGE_CALL(resetDemoData(*app, QMessageBox::Ok));
        QTRY_COMPARE(screenOf(app->window()), QStringLiteral("loginScreen"));
        QVERIFY(!app->session()->isSignedIn());
        QCOMPARE(child<QListWidget>(app->window()->mailPanel(), "mailList")->count(), 0);
        QCOMPARE(outboxSize(*app), 0);

        // tanaka's renewal is fresh again, in this run of the app and after a restart on the same database.
        MYPAGE_CALL(logIn(*app, false));
        wizard = openRenewal(*app);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(PreConfirmationPageId));
        QVERIFY(wizard->controller()->renewal().confirmedSteps.isEmpty());
        QVERIFY(wizard->controller()->renewal().id != firstId);
        app.reset();
        app = startApp(database);
        QVERIFY(app);
        MYPAGE_CALL(logIn(*app, false));
        wizard = openRenewal(*app);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(PreConfirmationPageId));
        QVERIFY(wizard->controller()->renewal().confirmedSteps.isEmpty());
        QVERIFY(wizard->controller()->renewal().id != firstId);

        // Reachable when logged out too: from the login screen, it stays there, the service's mails gone again
        // (the panel shows nothing after a logout: nothing of the person outlives their scope).
        answerNextMessageBox(QMessageBox::Ok);
        child<QAction>(app->window(), "logoutAction")->trigger();
        QTRY_COMPARE(screenOf(app->window()), QStringLiteral("loginScreen"));
        QVERIFY(outboxSize(*app) > 0);
        MYPAGE_CALL(resetDemoData(*app, QMessageBox::Ok));
        QTRY_COMPARE(outboxSize(*app), 0);
        QCOMPARE(screenOf(app->window()), QStringLiteral("loginScreen"));
    }
};

QTEST_MAIN(TestDemoRestart)
#include "tst_demo_restart.moc"
