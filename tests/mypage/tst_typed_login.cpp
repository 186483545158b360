// The login and one-time password fields typed as a person types — focused with a click, then one key at a time to
// whatever has the focus — in the full main window with the demo mail panel: the messages and buttons that follow
// the typing never take the focus away, and every key lands in the field.
#include "support/AppDriver.h"
#include "ui/MailPanel.h"

#include <QApplication>

using namespace clickar;

class TestTypedLogin : public test::AppTestCase
{
    Q_OBJECT

public:
    TestTypedLogin()
        : test::AppTestCase(QStringLiteral("en"))
    {}

private slots:
    void loginFieldsKeepTheFocusWhileValidated()
    {
        auto *email = m_app->find<QLineEdit>("emailEdit");
        auto *password = m_app->find<QLineEdit>("passwordEdit");
        // The address turns valid at its last keys; the message under it goes away meanwhile.
        QVERIFY(m_app->typeInto(email, QStringLiteral("tanaka@example.jp")));
        QCOMPARE(QApplication::focusWidget(), email);
        QVERIFY(!m_app->find<QLabel>("emailError")->isVisible());
        // Tab to the password, as a person would, and type it there.
        QVERIFY(m_app->pressKey(Qt::Key_Tab));
        QCOMPARE(QApplication::focusWidget(), password);
        QVERIFY(m_app->typeKeys(test::demoPassword));
        QCOMPARE(password->text(), test::demoPassword);
        QCOMPARE(QApplication::focusWidget(), password);
        QVERIFY(m_app->pressKey(Qt::Key_Return));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
    }

    void otpFieldKeepsTheFocusUntilTheSixthDigit()
    {
        QVERIFY(m_app->submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
        auto *code = m_app->find<QLineEdit>("otpEdit");
        QTRY_COMPARE(QApplication::focusWidget(), code); // the screen puts the cursor in the field
        const QString otp = m_app->demo().latestOtp();
        QCOMPARE(otp.size(), 6);
        // 認証 turns on with the sixth digit; the focus stays in the field, so Enter confirms.
        QVERIFY(m_app->typeInto(code, otp));
        QVERIFY(m_app->find<QPushButton>("verifyButton")->isEnabled());
        QCOMPARE(QApplication::focusWidget(), code);
        QVERIFY(m_app->pressKey(Qt::Key_Return));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
    }

    void busyButtonsLeaveTheFocusOnTheirScreen()
    {
        // A button disabled while its request is on its way (ログイン, 認証, 「すすむ」, 次へ) hands the focus on
        // within the screen it is on, never to the demo mail panel; a new screen takes the focus along.
        const auto onScreen = [this] {
            QWidget *focus = QApplication::focusWidget();
            return focus && m_app->window()->currentScreen()->isAncestorOf(focus);
        };
        QVERIFY(m_app->submitLogin(QStringLiteral("tanaka@example.jp")));
        QVERIFY(onScreen());
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
        QVERIFY(onScreen());
        QVERIFY(m_app->enterOtp());
        QVERIFY(onScreen());
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
        QVERIFY(m_app->openGuide());
        QVERIFY(onScreen());
        QVERIFY(m_app->proceedToWizard());
        QTRY_VERIFY(onScreen());
        QVERIFY(m_app->check("preconfirmChecked"));
        QVERIFY(m_app->clickNext(BasicInfoPageId));
        QTRY_VERIFY(onScreen());
        QVERIFY(!m_app->mailPanel()->isAncestorOf(QApplication::focusWidget()));
    }
};

QTEST_MAIN(TestTypedLogin)
#include "tst_typed_login.moc"
