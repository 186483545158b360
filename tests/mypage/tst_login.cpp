// マイページログイン through the real screen: inline validation, Enter, the busy state, every service error in
// plain words (wrong credentials never say which part, a lockout says the minutes left, a network error offers
// 再試行) and the registration note.
#include "support/AppDriver.h"
#include "ui/LinkButton.h"
#include "ui/LoginScreen.h"

#include <QDesktopServices>

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTcpServer>

using namespace clickar;
using namespace clickar::test;

// Where QDesktopServices would have sent the person's browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestLogin : public AppTestCase
{
    Q_OBJECT

public:
    TestLogin()
        : AppTestCase(QStringLiteral("en"))
    {}

private slots:

    void inlineValidationBeforeAnyRequest()
    {
        QSignalSpy requests(&m_app->demo().mock(), &MockRenewalService::requestServed);
        QWidget *login = m_app->screenWidget("loginScreen");
        auto *emailError = child<QLabel>(login, "emailError");
        auto *passwordError = child<QLabel>(login, "passwordError");
        QVERIFY(m_app->click(child<QPushButton>(login, "loginButton")));
        QVERIFY(emailError->isVisible());
        QCOMPARE(emailError->text(), QStringLiteral("Enter your email address."));
        QVERIFY(passwordError->isVisible());
        QVERIFY(child<QLineEdit>(login, "emailEdit")->hasFocus());

        // Inline: the message follows what is typed.
        QVERIFY(m_app->typeInto(child<QLineEdit>(login, "emailEdit"), QStringLiteral("tanaka")));
        QVERIFY(emailError->text().contains(QStringLiteral("name@example.jp")));
        QVERIFY(m_app->typeKeys(QStringLiteral("@example.jp"))); // on from there
        QVERIFY(!emailError->isVisible());
        QVERIFY(m_app->typeInto(child<QLineEdit>(login, "passwordEdit"), QStringLiteral("x")));
        QVERIFY(!passwordError->isVisible());
        // None but the registration address the screen asks for (GET /support).
        for (const QList<QVariant> &request : std::as_const(requests))
            QVERIFY2(request.at(1).toString().endsWith(QStringLiteral("/support")),
                     qPrintable(request.at(1).toString()));
        QVERIFY(!LoginScreen::looksLikeEmail(QStringLiteral("a b@example.jp")));
        QVERIFY(LoginScreen::looksLikeEmail(QStringLiteral(" tanaka@example.jp ")));
    }

    void enterSubmitsAndShowsBusy()
    {
        QWidget *login = m_app->screenWidget("loginScreen");
        auto *email = child<QLineEdit>(login, "emailEdit");
        auto *password = child<QLineEdit>(login, "passwordEdit");
        auto *button = child<QPushButton>(login, "loginButton");
        QVERIFY(m_app->typeInto(email, QStringLiteral("tanaka@example.jp")));
        QVERIFY(m_app->pressKey(Qt::Key_Return)); // no password yet: Enter moves on to it
        QVERIFY(password->hasFocus());
        QVERIFY(m_app->typeKeys(test::demoPassword));
        QVERIFY(m_app->pressKey(Qt::Key_Return));
        // Busy at once, before the answer: no second submission, the person sees it is working.
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Logging in…"));
        QVERIFY(child<QProgressBar>(login, "loginProgress")->isVisible());
        QVERIFY(password->isReadOnly());
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
        QVERIFY(button->isEnabled());
    }

    void wrongCredentialsNeverSayWhichPart()
    {
        QVERIFY(m_app->submitLogin(QStringLiteral("tanaka@example.jp"), QStringLiteral("wrong-password")));
        QWidget *login = m_app->screenWidget("loginScreen");
        auto *error = child<QLabel>(login, "loginError");
        QTRY_VERIFY(error->isVisible());
        const QString wrongPassword = error->text();
        QCOMPARE(wrongPassword, QStringLiteral("The email address or password is incorrect."));
        QVERIFY(child<QLineEdit>(login, "passwordEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(login, "passwordEdit")->hasFocus());
        QVERIFY(!child<QPushButton>(login, "loginRetryButton")->isVisible());

        QVERIFY(m_app->submitLogin(QStringLiteral("nobody@example.jp"), test::demoPassword));
        QTRY_VERIFY(error->isVisible() && child<QPushButton>(login, "loginButton")->isEnabled());
        QCOMPARE(error->text(), wrongPassword); // an unknown address reads exactly the same
        QCOMPARE(m_app->screen(), QStringLiteral("loginScreen"));
    }

    void lockoutSaysHowManyMinutesRemain()
    {
        QWidget *login = m_app->screenWidget("loginScreen");
        auto *error = child<QLabel>(login, "loginError");
        auto *button = child<QPushButton>(login, "loginButton");
        for (int attempt = 0; attempt < 5; ++attempt) {
            QVERIFY(m_app->submitLogin(QStringLiteral("sato@example.jp"), QStringLiteral("wrong")));
            QTRY_VERIFY(button->isEnabled() && error->isVisible());
        }
        // Locked now: even the right password is refused, and the screen says for how long.
        QVERIFY(m_app->submitLogin(QStringLiteral("sato@example.jp"), test::demoPassword));
        QTRY_VERIFY(button->isEnabled() && error->text().contains(QStringLiteral("locked")));
        QVERIFY2(error->text().contains(QStringLiteral("in 15 minute")), qPrintable(error->text()));
        // Another address is another account: the lockout message goes as soon as the address is changed.
        QVERIFY(m_app->typeInto("emailEdit", QStringLiteral("tanaka@example.jp")));
        QVERIFY(!error->isVisible());
        QVERIFY(m_app->demo().advance(10 * 60));
        QVERIFY(m_app->submitLogin(QStringLiteral("sato@example.jp"), test::demoPassword));
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY(button->isEnabled());
        QVERIFY2(error->text().contains(QStringLiteral("in 5 minute")), qPrintable(error->text()));
        QVERIFY(m_app->demo().advance(5 * 60));
        QVERIFY(m_app->submitLogin(QStringLiteral("sato@example.jp"), test::demoPassword));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
    }

    void networkErrorOffersRetry()
    {
        // A port where nothing listens yet; the service comes up there before 再試行 is pressed.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(m_app->startAppAt(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("en")));
        QWidget *login = m_app->screenWidget("loginScreen");
        QVERIFY(m_app->typeInto(child<QLineEdit>(login, "emailEdit"), QStringLiteral("tanaka@example.jp")));
        QVERIFY(m_app->typeInto(child<QLineEdit>(login, "passwordEdit"), test::demoPassword));
        QVERIFY(m_app->click(child<QPushButton>(login, "loginButton")));
        auto *retry = child<QPushButton>(login, "loginRetryButton");
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(child<QLabel>(login, "loginError")->text().contains(QStringLiteral("could not be reached")));
        QCOMPARE(child<QLineEdit>(login, "passwordEdit")->text(), test::demoPassword); // nothing typed is lost

        MockOptions mockOptions;
        mockOptions.today = testToday();
        MockRenewalService service(mockOptions);
        QVERIFY(service.listen(QHostAddress::LocalHost, port));
        QVERIFY(m_app->click(retry));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
    }

    void accountWithoutOtpGoesStraightToMyPage()
    {
        QVERIFY(m_app->submitLogin(QStringLiteral("suzuki@example.jp")));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
    }

    void registrationNoteShowsWhereToRegister()
    {
        auto *note = child<QLabel>(m_app->screenWidget("loginScreen"), "registrationNote");
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("会員登録")));
        QVERIFY(note->text().contains(QStringLiteral("website")));
        // The address from GET /support, as a button that opens it (a Tab stop a screen reader names).
        auto *link = child<LinkButton>(m_app->screenWidget("loginScreen"), "registrationLink");
        QVERIFY(link);
        QTRY_VERIFY(link->isVisible());
        const QString address = QStringLiteral("https://www.example.jp/mypage/register");
        QCOMPARE(link->text(), address);
        QVERIFY2(link->accessibleName().contains(QStringLiteral("会員登録")) &&
                     link->accessibleName().contains(address),
                 qPrintable(link->accessibleName()));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        QVERIFY(m_app->tabTo(link));
        QVERIFY(m_app->pressKey(Qt::Key_Space));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl(address)});
    }

    void theEmbeddedDemoShowsTheRegistrationAddressToo()
    {
        // Its service listens only after the login screen was made: the address is asked for again.
        m_app.reset();
        AppDriver embedded;
        QVERIFY(embedded.startEmbeddedApp(QStringLiteral("en")));
        auto *link = embedded.find<QPushButton>("registrationLink");
        QVERIFY(link);
        QTRY_VERIFY_WITH_TIMEOUT(link->isVisible(), 10000);
        QCOMPARE(link->text(), QStringLiteral("https://www.example.jp/mypage/register"));
    }

    void withoutALoginSupportHasTheRegistrationAddressOnly()
    {
        // GET /support without a token: the insurer and where to register, no agency; a bad token is refused.
        RenewalClient client(m_app->appClient().server());
        const auto anonymous = await<Support>([&](QObject *c, auto done) { client.support(c, done); });
        QVERIFY(anonymous && anonymous->ok());
        QCOMPARE(anonymous->value().registrationUrl, QStringLiteral("https://www.example.jp/mypage/register"));
        QVERIFY(!anonymous->value().insurer.name.isEmpty());
        QVERIFY(!anonymous->value().agency);
        client.setExtraHeader("Authorization", "Bearer not-a-token");
        const auto refused = await<Support>([&](QObject *c, auto done) { client.support(c, done); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().status, 401);
    }

private:
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
