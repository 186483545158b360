// The login and one-time password fields typed as a person types — focused with a click, then one key at a time to
// whatever has the focus — in the full main window with the demo mail panel: the messages and buttons that follow
// the typing never take the focus away, and every key lands in the field.
#include "support/AppDriver.h"
#include "ui/MailPanel.h"

#include <QApplication>

using namespace clickar;

class TestTypedLogin : public QObject
{
    Q_OBJECT

private:
    std::optional<test::AppDriver> d;

private slots:
    void init()
    {
        d.emplace();
        QVERIFY(d->startApp(QStringLiteral("en")));
        QVERIFY(d->mailPanel() && d->mailPanel()->isVisible());
    }
    void cleanup() { d.reset(); }

    void loginFieldsKeepTheFocusWhileValidated()
    {
        auto *email = d->find<QLineEdit>("emailEdit");
        auto *password = d->find<QLineEdit>("passwordEdit");
        // The address turns valid at its last keys; the message under it goes away meanwhile.
        QVERIFY(d->typeInto(email, QStringLiteral("tanaka@example.jp")));
        QCOMPARE(QApplication::focusWidget(), email);
        QVERIFY(!d->find<QLabel>("emailError")->isVisible());
        // Tab to the password, as a person would, and type it there.
        QVERIFY(d->pressKey(Qt::Key_Tab));
        QCOMPARE(QApplication::focusWidget(), password);
        QVERIFY(d->typeKeys(test::demoPassword));
        QCOMPARE(password->text(), test::demoPassword);
        QCOMPARE(QApplication::focusWidget(), password);
        QVERIFY(d->pressKey(Qt::Key_Return));
        QTRY_COMPARE(d->screen(), QStringLiteral("otpScreen"));
    }

    void otpFieldKeepsTheFocusUntilTheSixthDigit()
    {
        QVERIFY(d->submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(d->screen(), QStringLiteral("otpScreen"));
        auto *code = d->find<QLineEdit>("otpEdit");
        QTRY_COMPARE(QApplication::focusWidget(), code); // the screen puts the cursor in the field
        const QString otp = d->demo().latestOtp();
        QCOMPARE(otp.size(), 6);
        // 認証 turns on with the sixth digit; the focus stays in the field, so Enter confirms.
        QVERIFY(d->typeInto(code, otp));
        QVERIFY(d->find<QPushButton>("verifyButton")->isEnabled());
        QCOMPARE(QApplication::focusWidget(), code);
        QVERIFY(d->pressKey(Qt::Key_Return));
        QTRY_COMPARE(d->screen(), QStringLiteral("myPageScreen"));
    }

    void busyButtonsLeaveTheFocusOnTheirScreen()
    {
        // A button disabled while its request is on its way (ログイン, 認証, 「すすむ」, 次へ) hands the focus on
        // within the screen it is on, never to the demo mail panel; a new screen takes the focus along.
        const auto onScreen = [this] {
            QWidget *focus = QApplication::focusWidget();
            return focus && d->window()->currentScreen()->isAncestorOf(focus);
        };
        QVERIFY(d->submitLogin(QStringLiteral("tanaka@example.jp")));
        QVERIFY(onScreen());
        QTRY_COMPARE(d->screen(), QStringLiteral("otpScreen"));
        QVERIFY(onScreen());
        QVERIFY(d->enterOtp());
        QVERIFY(onScreen());
        QTRY_COMPARE(d->screen(), QStringLiteral("myPageScreen"));
        QVERIFY(d->openGuide());
        QVERIFY(onScreen());
        QVERIFY(d->proceedToWizard());
        QTRY_VERIFY(onScreen());
        QVERIFY(d->check("preconfirmChecked"));
        QVERIFY(d->clickNext(BasicInfoPageId));
        QTRY_VERIFY(onScreen());
        QVERIFY(!d->mailPanel()->isAncestorOf(QApplication::focusWidget()));
    }
};

QTEST_MAIN(TestTypedLogin)
#include "tst_typed_login.moc"
