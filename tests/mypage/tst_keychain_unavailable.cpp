// 「ログイン情報を保存する」 with no Secret Service at all (ctest points DBUS_SESSION_BUS_ADDRESS nowhere for this
// test, see tests/CMakeLists.txt): the box is disabled with an explanation, nothing is stored, the app works.
#include "service/Session.h"
#include "support/AppDriver.h"

#include <QAction>
#include <QLabel>

using namespace clickar;
using namespace clickar::test;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    }

    void rememberDisabledWithExplanationAndLoginWorks()
    {
        AppDriver app;
        QVERIFY(app.startApp(QStringLiteral("en")));
        QWidget *login = app.screenWidget("loginScreen");
        auto *remember = child<QCheckBox>(login, "rememberLoginCheck");
        QTRY_COMPARE(app.session()->rememberAvailability(), CredentialStore::Availability::Unavailable);
        QVERIFY(remember->isVisible());
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        auto *note = child<QLabel>(login, "rememberNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("not available")), qPrintable(note->text()));
        QVERIFY(!remember->accessibleDescription().isEmpty());

        // Everything else works as usual, and nothing is stored anywhere.
        QVERIFY(app.logIn(QStringLiteral("tanaka@example.jp"), false));
        QVERIFY(!QSettings().contains(QStringLiteral("email")));
        QCOMPARE(readKeychain(keychainKeyFor(app)).status, CredentialStore::Answer::Status::Unavailable);
        auto *logout = child<QAction>(app.window(), "logoutAction");
        logout->trigger(); // the toolbar's action, as its button would
        QTRY_COMPARE(app.screen(), QStringLiteral("loginScreen"));
    }
};

QTEST_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
