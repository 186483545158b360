// ワンタイムパスワード through the real screen: the masked address, the countdown, a pasted code, a wrong code with
// the attempts left, five wrong codes, the expired code (mock clock) and 再送信.
#include "service/Session.h"
#include "support/AppDriver.h"
#include "ui/OtpForm.h"
#include "ui/OtpScreen.h"

#include <QClipboard>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTimer>

using namespace clickar;
using namespace clickar::test;

class TestOtp : public AppTestCase
{
    Q_OBJECT

public:
    TestOtp()
        : AppTestCase(QStringLiteral("en"))
    {}

private:
    QWidget *otp() const { return m_app->screenWidget("otpScreen"); }
    QLineEdit *codeEdit() const { return child<QLineEdit>(otp(), "otpEdit"); }
    QPushButton *verifyButton() const { return child<QPushButton>(otp(), "verifyButton"); }
    QPushButton *resendButton() const { return child<QPushButton>(otp(), "resendButton"); }
    QLabel *message() const { return child<QLabel>(otp(), "otpError"); }

    static QString wrongCodeFor(const QString &code)
    {
        QString wrong = code;
        wrong[0] = QChar(u'0' + (code.at(0).digitValue() + 1) % 10);
        return wrong;
    }

    bool enter(const QString &code)
    {
        return m_app->typeInto(codeEdit(), code) && verifyButton()->isEnabled() && m_app->click(verifyButton());
    }

private slots:
    void init()
    {
        AppTestCase::init();
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(m_app->submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
    }

    // After the code is accepted, every /me fails (503) until the fault is lifted.
    void failAccountAfterTheCode(QMetaObject::Connection *connection)
    {
        *connection = connect(&m_app->mock(), &MockRenewalService::requestServed, this,
                              [this](const QByteArray &method, const QString &path, int status) {
                                  if (method == "POST" && path == QStringLiteral("/api/v1/auth/otp") && status == 200)
                                      m_app->appClient().setExtraHeader("X-Mock-Fault", "status=503");
                              });
    }
    int meStatus(const QString &accessToken)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(m_app->serverUrl().toString() + QStringLiteral("/api/v1/me")));
        request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
        QNetworkReply *reply = manager.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            return 0;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    void accountNotReadAfterTheCodeOffersRetry()
    {
        QMetaObject::Connection connection;
        failAccountAfterTheCode(&connection);
        QVERIFY(enter(m_app->demo().latestOtp()));
        QTRY_COMPARE_WITH_TIMEOUT(verifyButton()->text(), QStringLiteral("Retry"), 20000);
        QCOMPARE(m_app->screen(), QStringLiteral("otpScreen"));
        QVERIFY2(message()->text().contains(QStringLiteral("need not be entered again")),
                 qPrintable(message()->text()));
        QVERIFY(verifyButton()->isEnabled());
        QVERIFY(!resendButton()->isEnabled());
        QVERIFY(m_app->session()->loginUnfinished());
        disconnect(connection);
        m_app->appClient().setExtraHeader("X-Mock-Fault", {});
        // The same tokens: no new code, no new login.
        QSignalSpy served(&m_app->mock(), &MockRenewalService::requestServed);
        QVERIFY(m_app->click(verifyButton()));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
        for (const QList<QVariant> &request : served)
            QVERIFY(!request.at(1).toString().startsWith(QStringLiteral("/api/v1/auth/")));
    }

    void abandonedLoginEndsTheServiceSession()
    {
        QMetaObject::Connection connection;
        failAccountAfterTheCode(&connection);
        QVERIFY(enter(m_app->demo().latestOtp()));
        QTRY_COMPARE_WITH_TIMEOUT(verifyButton()->text(), QStringLiteral("Retry"), 20000);
        const QString token = m_app->session()->tokens().accessToken;
        QVERIFY(!token.isEmpty());
        disconnect(connection);
        m_app->appClient().setExtraHeader("X-Mock-Fault", {});
        QSignalSpy served(&m_app->mock(), &MockRenewalService::requestServed);
        QVERIFY(m_app->click(child<QPushButton>(otp(), "otpBackButton")));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        QTRY_VERIFY(std::any_of(served.cbegin(), served.cend(), [](const QList<QVariant> &r) {
            return r.at(0).toByteArray() == "POST" && r.at(1).toString() == QStringLiteral("/api/v1/auth/logout") &&
                   r.at(2).toInt() == 204;
        }));
        QCOMPARE(meStatus(token), 401);
        QVERIFY(!m_app->session()->loginUnfinished());
    }

    // Quitting (the window's close button, Alt+F4, the window manager: a close event) while the login is unfinished
    // — at 再試行 after /me failed, or with /me still on its way — ends the service's session before the window goes.
    void quittingAnUnfinishedLoginEndsTheServiceSession_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<bool>("quit");
        QTest::newRow("at Retry, window closed") << QByteArray("status=503") << false;
        QTest::newRow("at Retry, application quit") << QByteArray("status=503") << true;
        QTest::newRow("account on its way, window closed") << QByteArray("latency=4000") << false;
    }
    void quittingAnUnfinishedLoginEndsTheServiceSession()
    {
        QFETCH(QByteArray, fault);
        QFETCH(bool, quit);
        const QMetaObject::Connection connection =
            connect(&m_app->mock(), &MockRenewalService::requestServed, this,
                    [this, fault](const QByteArray &method, const QString &path, int status) {
                        if (method == "POST" && path == QStringLiteral("/api/v1/auth/otp") && status == 200)
                            m_app->appClient().setExtraHeader("X-Mock-Fault", fault);
                    });
        QVERIFY(enter(m_app->demo().latestOtp()));
        if (fault.startsWith("status"))
            QTRY_COMPARE_WITH_TIMEOUT(verifyButton()->text(), QStringLiteral("Retry"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->session()->loginUnfinished(), 20000);
        const QString token = m_app->session()->tokens().accessToken;
        QVERIFY(!token.isEmpty());
        disconnect(connection);
        m_app->appClient().setExtraHeader("X-Mock-Fault", {});
        QSignalSpy served(&m_app->mock(), &MockRenewalService::requestServed);
        const auto loggedOut = [&served] {
            return std::any_of(served.cbegin(), served.cend(), [](const QList<QVariant> &r) {
                return r.at(0).toByteArray() == "POST" && r.at(1).toString() == QStringLiteral("/api/v1/auth/logout") &&
                       r.at(2).toInt() == 204;
            });
        };
        if (quit) {
            // The application's event loop, as main() runs it, told to quit (it closes the windows first).
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            QTimer guard; // a stuck quit fails instead of hanging
            guard.setSingleShot(true);
            connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
            guard.start(30000);
            QCOMPARE(QApplication::exec(), 0);
        } else {
            m_app->window()->close();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->window()->isVisible(), 20000);
        QVERIFY(loggedOut()); // answered before the window went
        QCOMPARE(meStatus(token), 401);
        QVERIFY(!m_app->session()->loginUnfinished());
    }

    void showsMaskedAddressAndCountdown()
    {
        QVERIFY(child<QLabel>(otp(), "otpSentTo")->text().contains(QStringLiteral("ta****@example.jp")));
        QVERIFY(!child<QLabel>(otp(), "otpSentTo")->text().contains(QStringLiteral("tanaka@")));
        const QString countdown = child<QLabel>(otp(), "otpCountdown")->text();
        QVERIFY2(countdown.contains(QStringLiteral("4:5")) || countdown.contains(QStringLiteral("5:00")),
                 qPrintable(countdown));
        QVERIFY(!verifyButton()->isEnabled()); // six digits first
        QVERIFY(m_app->typeInto(codeEdit(), QStringLiteral("12a3"), QStringLiteral("123")));
        QCOMPARE(codeEdit()->text(), QStringLiteral("123"));
        QVERIFY(!verifyButton()->isEnabled());
    }

    void pastedCodeWorks()
    {
        // As copied from a mail: full-width digits and a space in the middle.
        const QString code = m_app->demo().latestOtp();
        QString pasted = QStringLiteral("コード: ");
        for (int i = 0; i < code.size(); ++i)
            pasted += (i == 3 ? QStringLiteral(" ") : QString()) + QChar(0xFF10 + code.at(i).digitValue());
        QCOMPARE(OtpForm::normalise(QStringLiteral("Your code is 123456.")), QStringLiteral("123456"));
        QApplication::clipboard()->setText(pasted);
        QVERIFY(m_app->tabTo(codeEdit()));
        QVERIFY(m_app->pressKey(Qt::Key_V, Qt::ControlModifier));
        QCOMPARE(codeEdit()->text(), code);
        QVERIFY(verifyButton()->isEnabled());
        QVERIFY(m_app->pressKey(Qt::Key_Return));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
    }

    void wrongCodeShowsAttemptsLeft()
    {
        const QString code = m_app->demo().latestOtp();
        QVERIFY(enter(wrongCodeFor(code)));
        QTRY_VERIFY(message()->isVisible() && verifyButton()->isEnabled());
        QVERIFY2(message()->text().contains(QStringLiteral("incorrect")), qPrintable(message()->text()));
        QVERIFY2(message()->text().contains(QStringLiteral("4 more")), qPrintable(message()->text()));
        QCOMPARE(m_app->screen(), QStringLiteral("otpScreen"));
        QVERIFY(enter(code));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
    }

    void fiveWrongCodesEndTheLogin()
    {
        const QString wrong = wrongCodeFor(m_app->demo().latestOtp());
        for (int left = 4; left >= 1; --left) {
            QVERIFY(enter(wrong));
            QTRY_VERIFY(message()->text().contains(QStringLiteral("%1 more").arg(left)));
        }
        QVERIFY(enter(wrong));
        QTRY_VERIFY(message()->text().contains(QStringLiteral("too many times")));
        QVERIFY(!codeEdit()->isEnabled()); // nothing more can be typed
        QVERIFY(!verifyButton()->isEnabled());
        QVERIFY(!resendButton()->isEnabled());
        QVERIFY(m_app->click(child<QPushButton>(otp(), "otpBackButton")));
        QCOMPARE(m_app->screen(), QStringLiteral("loginScreen"));
    }

    void expiredCodeThenResend()
    {
        const QString code = m_app->demo().latestOtp();
        QVERIFY(m_app->demo().advance(301)); // the service's clock: the code is now past its 300 s
        QVERIFY(enter(code));
        QTRY_VERIFY(message()->text().contains(QStringLiteral("expired")));
        QVERIFY(child<QLabel>(otp(), "otpCountdown")->text().contains(QStringLiteral("expired")));
        QVERIFY(!verifyButton()->isEnabled());
        QVERIFY(resendButton()->isEnabled());
        QVERIFY(resendButton()->isDefault());

        QVERIFY(m_app->click(resendButton()));
        QTRY_VERIFY(message()->text().contains(QStringLiteral("new one-time password has been sent")));
        const QString fresh = m_app->demo().latestOtp();
        QVERIFY(codeEdit()->text().isEmpty());
        QVERIFY(child<QLabel>(otp(), "otpCountdown")->text().contains(QStringLiteral("Valid for")));
        QVERIFY(enter(fresh));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
    }

    void resendReplacesTheCode()
    {
        const QString first = m_app->demo().latestOtp();
        QSignalSpy mails(&m_app->demo().mock(), &MockRenewalService::mailSent);
        QVERIFY(m_app->click(resendButton()));
        QTRY_COMPARE(mails.size(), 1);
        QTRY_VERIFY(resendButton()->isEnabled());
        const QString second = m_app->demo().latestOtp();
        if (second == first)
            QSKIP("the random new code equals the old one (one in a million)");
        QVERIFY(enter(first));
        QTRY_VERIFY(message()->text().contains(QStringLiteral("incorrect")));
        QVERIFY(enter(second));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
    }

    void countdownReachesZero()
    {
        auto *screen = qobject_cast<OtpScreen *>(otp());
        screen->start(QStringLiteral("ta****@example.jp"), 1);
        QVERIFY(m_app->typeInto(codeEdit(), QStringLiteral("123456")));
        QTRY_VERIFY(child<QLabel>(otp(), "otpCountdown")->text().contains(QStringLiteral("expired")));
        QVERIFY(!verifyButton()->isEnabled());
        QVERIFY(message()->text().contains(QStringLiteral("Resend")));
    }

private:
};

QTEST_MAIN(TestOtp)
#include "tst_otp.moc"
