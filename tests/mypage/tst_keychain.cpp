// 「ログイン情報を保存する」 against a real Secret Service (gnome-keyring in a private D-Bus session, see
// tools/with-keyring.sh): the refresh token goes to the keychain and nowhere else, the next start opens MyPage
// directly, token rotation keeps the stored one current, ログアウト deletes it, kiosk mode never offers it.
#include "service/Session.h"
#include "support/AppDriver.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>

using namespace clickar;
using namespace clickar::test;

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QString key() const { return keychainKeyFor(*m_app); }
    QWidget *login() const { return m_app->screenWidget("loginScreen"); }
    bool logOut()
    {
        auto *action = child<QAction>(m_app->window(), "logoutAction");
        if (!action || !action->isVisible())
            return false;
        action->trigger();
        return m_app->waitFor([this] { return m_app->screen() == QStringLiteral("loginScreen"); });
    }
    // Start-up is over: the saved login was tried (or there was none).
    bool waitForStart()
    {
        return m_app->waitFor([this] {
            return !m_app->session()->isRestoring() &&
                   m_app->session()->credentialStore()->availability() != CredentialStore::Availability::Unknown;
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside tools/with-keyring.sh (a D-Bus session with gnome-keyring)");
    }
    void init()
    {
        m_app.emplace();
        QVERIFY(clearKeychain(key()));
    }
    void cleanup()
    {
        const QString stored = key();
        m_app.reset();
        QVERIFY(clearKeychain(stored));
    }

    void storeRestartAutoLoginLogout()
    {
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QVERIFY(waitForStart());
        QCOMPARE(m_app->session()->credentialStore()->availability(), CredentialStore::Availability::Available);
        QVERIFY(m_app->logIn(QStringLiteral("tanaka@example.jp"), true));
        const QString refreshToken = m_app->session()->tokens().refreshToken;
        QTRY_COMPARE(readKeychain(key()).secret, refreshToken);
        // Only the address (not secret) is in the settings; no token anywhere in the file.
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("email")).toString(), QStringLiteral("tanaka@example.jp"));
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(!content.contains(refreshToken.toUtf8()));
        QVERIFY(!content.contains(m_app->session()->tokens().accessToken.toUtf8()));
        QVERIFY(!content.contains("Clickar#2026"));

        // The next start opens MyPage directly: no password, no one-time password.
        QSignalSpy mails(&m_app->demo().mock(), &MockRenewalService::mailSent);
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
        QCOMPARE(m_app->session()->me().displayName, QStringLiteral("田中 一郎"));
        QCOMPARE(mails.size(), 0);
        // The refresh on start rotated the token: the keychain holds the new one.
        QVERIFY(m_app->session()->tokens().refreshToken != refreshToken);
        QTRY_COMPARE(readKeychain(key()).secret, m_app->session()->tokens().refreshToken);

        // ログアウト deletes it and the address; the start after that asks for the login again, with an empty form.
        QVERIFY(logOut());
        QTRY_COMPARE(readKeychain(key()).status, CredentialStore::Answer::Status::NotFound);
        QVERIFY(!QSettings().contains(QStringLiteral("email")));
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QVERIFY(waitForStart());
        QCOMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        QVERIFY(child<QLineEdit>(login(), "emailEdit")->text().isEmpty());
    }

    void uncheckedStoresNothingAndForgets()
    {
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp"), true));
        QTRY_VERIFY(readKeychain(key()).ok());
        QVERIFY(logOut());
        // Logging in without the box checked forgets the login and the address.
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp"), false));
        QTRY_COMPARE(readKeychain(key()).status, CredentialStore::Answer::Status::NotFound);
        QVERIFY(!QSettings().contains(QStringLiteral("email")));
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QVERIFY(waitForStart());
        QCOMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        QVERIFY(child<QLineEdit>(login(), "emailEdit")->text().isEmpty());
        QVERIFY(!child<QCheckBox>(login(), "rememberLoginCheck")->isChecked());
    }

    void refreshKeepsTheStoredTokenCurrent()
    {
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp"), true));
        const QString first = m_app->session()->tokens().refreshToken;
        QTRY_COMPARE(readKeychain(key()).secret, first);
        QSignalSpy refreshed(m_app->session(), &Session::tokensRefreshed);
        m_app->session()->refreshNow();
        QTRY_COMPARE(refreshed.size(), 1);
        QTRY_COMPARE(readKeychain(key()).secret, m_app->session()->tokens().refreshToken);
        QVERIFY(readKeychain(key()).secret != first);
        // With the stale token the service would end the whole login (reuse of a rotated token).
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
    }

    void expiredStoredLoginFallsBackToTheLoginScreen()
    {
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp"), true));
        QTRY_VERIFY(readKeychain(key()).ok());
        m_app->stopApp();
        QVERIFY(m_app->demo().advance(9 * 3600)); // past the refresh token's 8 hours
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QVERIFY(waitForStart());
        QCOMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        auto *notice = child<QLabel>(login(), "loginNotice");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("expired")));
        QCOMPARE(child<QLineEdit>(login(), "emailEdit")->text(), QStringLiteral("suzuki@example.jp"));
        QVERIFY(child<QCheckBox>(login(), "rememberLoginCheck")->isChecked());
        QTRY_COMPARE(readKeychain(key()).status, CredentialStore::Answer::Status::NotFound);
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp"), true));
        QTRY_VERIFY(readKeychain(key()).ok());
    }

    void kioskNeverOffersIt()
    {
        QVERIFY(m_app->startApp(QStringLiteral("en"), true));
        QVERIFY(child<QCheckBox>(login(), "rememberLoginCheck")->isHidden());
        QVERIFY(!m_app->session()->credentialStore());
        QVERIFY(m_app->logIn(QStringLiteral("suzuki@example.jp"), false));
        QCOMPARE(readKeychain(key()).status, CredentialStore::Answer::Status::NotFound);
        QVERIFY(!QSettings().contains(QStringLiteral("email")));
    }

private:
    std::optional<AppDriver> m_app;
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
