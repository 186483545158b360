#pragma once
// Shared by the tests/mypage tests: the real app (ClickarApp, MainWindow) talking HTTP to a mock service that
// outlives it, so a test can "restart" the app against the same service; widgets found by object name.

#include "service/CredentialStore.h"
#include "support/TestSupport.h"
#include "ui/ClickarApp.h"
#include "ui/MainWindow.h"
#include "ui/ReloginDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace clickar::test {

inline const QString demoPassword = QStringLiteral("Clickar#2026");

// Runs a void helper that uses QVERIFY/QTRY_*, and stops the calling test if it failed.
#define MYPAGE_CALL(expression)                                                                                        \
    do {                                                                                                               \
        expression;                                                                                                    \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

template<typename T> T *child(QObject *root, const char *name)
{
    return root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

inline QString screenOf(MainWindow *window)
{
    return window && window->currentScreen() ? window->currentScreen()->objectName() : QString();
}

// One running app against `demo` (not embedded: the service survives the app, like a real one).
struct AppHarness
{
    explicit AppHarness(DemoService &service)
        : demo(service)
    {}

    void start(bool kiosk = false)
    {
        app.reset();
        AppOptions options;
        options.server = demo.mock().serverUrl();
        options.language = QStringLiteral("en");
        options.kiosk = kiosk;
        app = std::make_unique<ClickarApp>(options);
        QString error;
        QVERIFY2(app->start(&error), qPrintable(error));
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void stop() { app.reset(); }
    MainWindow *window() const { return app ? app->window() : nullptr; }
    Session *session() const { return app ? app->session() : nullptr; }
    QString screen() const { return screenOf(window()); }
    QWidget *screenWidget(const char *name) const { return child<QWidget>(window(), name); }

    // Types the address and password and presses ログイン; stops at whatever the service answers.
    void submitLogin(const QString &email, const QString &password = demoPassword, bool remember = false)
    {
        QWidget *login = screenWidget("loginScreen");
        auto *emailEdit = child<QLineEdit>(login, "emailEdit");
        auto *passwordEdit = child<QLineEdit>(login, "passwordEdit");
        auto *rememberBox = child<QCheckBox>(login, "rememberLoginCheck");
        QVERIFY(emailEdit && passwordEdit && rememberBox);
        emailEdit->clear();
        passwordEdit->clear();
        QTest::keyClicks(emailEdit, email);
        QTest::keyClicks(passwordEdit, password);
        if (rememberBox->isChecked() != remember)
            rememberBox->click();
        QCOMPARE(rememberBox->isChecked(), remember);
        child<QPushButton>(login, "loginButton")->click();
    }

    // Enters the newest one-time password on the OTP screen and confirms it.
    void enterLatestOtp()
    {
        QTRY_COMPARE(screen(), QStringLiteral("otpScreen"));
        QWidget *otp = screenWidget("otpScreen");
        const QString code = demo.latestOtp();
        QCOMPARE(code.size(), 6);
        auto *edit = child<QLineEdit>(otp, "otpEdit");
        edit->clear();
        QTest::keyClicks(edit, code);
        child<QPushButton>(otp, "verifyButton")->click();
    }

    // A whole login through the screens, ending on マイページトップ.
    void logIn(const QString &email, bool remember = false)
    {
        MYPAGE_CALL(submitLogin(email, demoPassword, remember));
        QTRY_VERIFY(screen() == QStringLiteral("otpScreen") || screen() == QStringLiteral("myPageScreen"));
        if (screen() == QStringLiteral("otpScreen"))
            MYPAGE_CALL(enterLatestOtp());
        QTRY_COMPARE(screen(), QStringLiteral("myPageScreen"));
    }

    DemoService &demo;
    std::unique_ptr<ClickarApp> app;
};

// The keychain entries of this test executable (CredentialStore uses the application name as the service).
inline CredentialStore::Answer readKeychain(const QString &key)
{
    CredentialStore store(QCoreApplication::applicationName());
    CredentialStore::Answer answer;
    bool done = false;
    QObject context;
    store.read(key, &context, [&](const CredentialStore::Answer &a) {
        answer = a;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        answer.technical = QStringLiteral("no answer from the keychain");
    return answer;
}

inline void clearKeychain(const QString &key)
{
    CredentialStore store(QCoreApplication::applicationName());
    bool done = false;
    QObject context;
    store.remove(key, &context, [&](const CredentialStore::Answer &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
}

// The same key ClickarApp gives the saved login of this service.
inline QString keychainKeyFor(DemoService &demo)
{
    return QStringLiteral("refresh-token/") +
           demo.mock()
               .serverUrl()
               .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
               .toString();
}

} // namespace clickar::test
