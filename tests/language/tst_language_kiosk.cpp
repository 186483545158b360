// The language switch at a kiosk: the idle countdown 「操作がないため…」 (built once, shown again and again), the
// administrator's PIN pad while it is open, and the completion page's countdown with 「終了する」 follow the language;
// the idle wipe brings the next person back to Japanese.
#include "support/AppDriver.h"
#include "support/LanguageCheck.h"
#include "ui/IdleCountdownDialog.h"
#include "ui/KioskGuard.h"
#include "ui/KioskPin.h"
#include "ui/LanguageSwitch.h"
#include "ui/Translations.h"
#include "wizard/PageIds.h"

#include <QToolButton>

using namespace clickar;
using namespace clickar::test;

namespace {
const QString tanaka = QStringLiteral("tanaka@example.jp");
} // namespace

class TestLanguageKiosk : public QObject
{
    Q_OBJECT

    std::optional<AppDriver> m_app;

    AppDriver &d() { return *m_app; }
    KioskGuard *guard() { return d().app()->kioskGuard(); }
    IdleCountdownDialog *countdown() { return guard()->countdown(); }

    void expectNothingLeftIn(const QString &oldLanguage)
    {
        AppDriver::waitFor([oldLanguage] { return leftInOldLanguage(oldLanguage).isEmpty(); }, 10000);
        const QStringList left = leftInOldLanguage(oldLanguage);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }

private slots:
    void init()
    {
        installTranslations(ja);
        m_app.emplace();
        QSettings().setValue(QLatin1String(KioskPin::settingsKey), KioskPin::hash(QStringLiteral("4821")));
        QVERIFY(d().startApp(ja, true));
        QVERIFY(guard());
    }

    void cleanup()
    {
        m_app.reset();
        installTranslations(ja);
    }

    // The countdown after a switch speaks the new language, and the wipe at its end returns to Japanese.
    void idleCountdownFollowsAndTheWipeReturnsToJapanese()
    {
        QVERIFY(d().logIn(tanaka));
        QVERIFY(switchLanguage(d(), en));
        guard()->setIdleTimeoutSeconds(1);
        guard()->setCountdownSeconds(2);
        QSignalSpy wiped(guard(), &KioskGuard::wiped);
        QVERIFY(d().pressKey(Qt::Key_Tab)); // the idle clock starts again from here
        QTRY_VERIFY(countdown()->isVisible());
        expectNothingLeftIn(ja);
        QCOMPARE(countdown()->windowTitle(), QStringLiteral("Are you still there?"));
        QCOMPARE(child<QPushButton>(countdown(), "idleContinueButton")->text(), QStringLiteral("Continue"));
        QVERIFY(child<QLabel>(countdown(), "idleCountdownText")->text().contains(QStringLiteral("first screen")));

        QTRY_COMPARE_WITH_TIMEOUT(wiped.size(), 1, 10000);
        QCOMPARE(d().app()->languageSwitch()->language(), ja);
        QCOMPARE(d().screen(), QStringLiteral("loginScreen"));
        expectNothingLeftIn(en);
        // The next person's countdown is in Japanese again.
        guard()->setCountdownSeconds(30);
        d().window()->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), d().window());
        QTest::mouseClick(d().find<QLineEdit>("emailEdit"), Qt::LeftButton); // someone touches the login screen
        QTRY_VERIFY(countdown()->isVisible());
        expectNothingLeftIn(en);
        QVERIFY(child<QPushButton>(countdown(), "idleContinueButton")->text() != QStringLiteral("Continue"));
    }

    // The PIN pad open, a wrong PIN tried and the next digits typed: the switch (its button or the shortcut)
    // retranslates the pad, keeps the digits and leaves the focus in the PIN field.
    void pinPadFollows()
    {
        QVERIFY(d().pressKey(Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier));
        QDialog *pad = nullptr;
        QTRY_VERIFY((pad = d().window()->findChild<QDialog *>(QStringLiteral("kioskPinDialog"))) && pad->isVisible());
        auto *edit = child<QLineEdit>(pad, "kioskPinEdit");
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QVERIFY(d().typeKeys(QStringLiteral("1111")));
        QVERIFY(d().pressKey(Qt::Key_Return));
        auto *message = child<QLabel>(pad, "kioskPinMessage");
        QVERIFY(message->isVisible());
        QVERIFY(d().typeKeys(QStringLiteral("48")));
        auto *language = child<QToolButton>(pad, "languageButton");
        QVERIFY(language && language->isVisible());
        QCOMPARE(language->text(), QStringLiteral("English"));
        QTest::mouseClick(language, Qt::LeftButton);
        QCOMPARE(d().app()->languageSwitch()->language(), en);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        expectNothingLeftIn(ja);
        QCOMPARE(pad->windowTitle(), QStringLiteral("Leave kiosk mode"));
        QVERIFY(message->text().startsWith(QStringLiteral("The PIN is not correct.")));
        QCOMPARE(edit->text(), QStringLiteral("48"));
        QCOMPARE(QApplication::focusWidget(), edit);
        QCOMPARE(language->text(), QStringLiteral("日本語"));
        QVERIFY(switchLanguage(d(), ja)); // the shortcut, from the PIN field
        expectNothingLeftIn(en);
        QCOMPARE(edit->text(), QStringLiteral("48"));
        QCOMPARE(QApplication::focusWidget(), edit);
        QVERIFY(d().typeKeys(QStringLiteral("21")));
        QSignalSpy leaving(guard(), &KioskGuard::leaveRequested);
        QVERIFY(d().pressKey(Qt::Key_Return)); // 4821: the right PIN still works
        QTRY_COMPARE(leaving.size(), 1);
    }

    // After a kiosk renewal: 「終了する」 and the countdown back to the first screen follow.
    void completionCountdownFollows()
    {
        QVERIFY(d().openWizard(tanaka));
        QVERIFY(d().reachPage(CompletionPageId));
        auto *finish = d().find<QPushButton>("finishNowButton");
        QTRY_VERIFY(finish && finish->isVisible());
        const QString finishJa = finish->text();
        QVERIFY(switchLanguage(d(), en));
        expectNothingLeftIn(ja);
        QCOMPARE(finish->text(), QStringLiteral("Finish"));
        QVERIFY(d().text("returnCountdown").startsWith(QStringLiteral("Returning to the first screen in")));
        QVERIFY(switchLanguage(d(), ja));
        expectNothingLeftIn(en);
        QCOMPARE(finish->text(), finishJa);
    }
};

QTEST_MAIN(TestLanguageKiosk)
#include "tst_language_kiosk.moc"
