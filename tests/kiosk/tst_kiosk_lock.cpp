// Kiosk mode keeps the window full screen and open: the close request (the close button, Alt+F4 and the window
// manager all arrive as one), Esc and Alt+F4 as keys do not end it; the administrator leaves with the PIN on the PIN
// pad (Ctrl+Alt+Q or a long press in the top-left corner), five wrong PINs lock the pad for five minutes.
#include "support/AppDriver.h"
#include "ui/KioskGuard.h"
#include "ui/KioskPin.h"
#include "ui/KioskPinDialog.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QSignalSpy>

using namespace clickar;

namespace {
const QString adminPin = QStringLiteral("482916");
} // namespace

class TestKioskLock : public QObject
{
    Q_OBJECT

private:
    std::optional<test::AppDriver> m_d;

    KioskGuard *guard() const { return m_d->app()->kioskGuard(); }

    bool openPadByKeys()
    {
        // Closing the pad leaves no window active under the offscreen platform (a window manager gives the focus
        // back to the main window).
        if (!QApplication::activeWindow()) {
            m_d->window()->activateWindow();
            if (!QTest::qWaitForWindowActive(m_d->window()))
                return false;
        }
        if (!m_d->pressKey(Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier))
            return false;
        return m_d->waitFor([this] { return guard()->pinPad() && QApplication::activeWindow() == guard()->pinPad(); });
    }

    // Enters `pin` on the pad's buttons and presses 「キオスクモードを終了」.
    bool enterOnPad(const QString &pin)
    {
        KioskPinDialog *pad = guard()->pinPad();
        for (const QChar digit : pin) {
            if (!m_d->click(test::child<QPushButton>(pad, qPrintable(QStringLiteral("numberPad_") + digit))))
                return false;
        }
        return m_d->click(test::child<QPushButton>(pad, "kioskPinLeave"));
    }

private slots:
    void init()
    {
        m_d.emplace();
        QSettings().setValue(QLatin1String(KioskPin::settingsKey), KioskPin::hash(adminPin));
        QVERIFY(m_d->startApp(QStringLiteral("ja"), true));
        QVERIFY(guard());
    }

    void cleanup() { m_d.reset(); }

    void fullScreenWithoutFrame()
    {
        QVERIFY(m_d->window()->windowState() & Qt::WindowFullScreen);
        QVERIFY(m_d->window()->windowFlags() & Qt::FramelessWindowHint);
        // The demo mail panel stays docked (it cannot be floated or moved away).
        auto *dock = m_d->window()->findChild<QDockWidget *>(QStringLiteral("mailDock"));
        QVERIFY(dock && dock->isVisible());
        QCOMPARE(dock->features(), QDockWidget::NoDockWidgetFeatures);
        // Leaving full screen (a window manager's key) puts it back.
        m_d->window()->setWindowState(Qt::WindowNoState);
        QTRY_VERIFY(m_d->window()->windowState() & Qt::WindowFullScreen);
    }

    void closeAttemptsAreRefused()
    {
        QVERIFY(!m_d->window()->close());
        QCloseEvent close; // what the close button, Alt+F4 and the window manager's request deliver
        QApplication::sendEvent(m_d->window(), &close);
        QVERIFY(!close.isAccepted());
        QVERIFY(m_d->pressKey(Qt::Key_Escape));
        QVERIFY(m_d->pressKey(Qt::Key_F4, Qt::AltModifier));
        QTest::qWait(0);
        QVERIFY(m_d->window()->isVisible());
        QCOMPARE(m_d->screen(), QStringLiteral("loginScreen"));
    }

    void rightPinLeaves()
    {
        QSignalSpy leave(guard(), &KioskGuard::leaveRequested);
        QVERIFY(openPadByKeys());
        QVERIFY(m_d->typeInto("kioskPinEdit", QStringLiteral("1111"))); // typed, and then cleared by the pad
        QVERIFY(m_d->click(test::child<QPushButton>(guard()->pinPad(), "kioskPinLeave")));
        QVERIFY(m_d->window()->isVisible());
        QVERIFY(m_d->text("kioskPinMessage").contains(QStringLiteral("Attempts left: 4")));
        QVERIFY(enterOnPad(adminPin));
        QTRY_COMPARE(leave.size(), 1);
        QTRY_VERIFY(!m_d->window()->isVisible());
    }

    void cancelKeepsTheKiosk()
    {
        QVERIFY(openPadByKeys());
        QVERIFY(m_d->click(test::child<QPushButton>(guard()->pinPad(), "kioskPinCancel")));
        QTRY_VERIFY(!guard()->pinPad());
        QVERIFY(m_d->window()->isVisible());
        QVERIFY(!m_d->window()->close());
    }

    void longPressInTheCornerOpensThePad()
    {
        guard()->setLongPressMs(200);
        QWidget *corner = m_d->window()->childAt(6, 6);
        QVERIFY(corner);
        QTest::mousePress(corner, Qt::LeftButton, {}, corner->mapFrom(m_d->window(), QPoint(6, 6)));
        QTRY_VERIFY(guard()->pinPad() && guard()->pinPad()->isVisible());
        const int boxes = MessageBoxes::count();
        QTest::mouseRelease(corner, Qt::LeftButton, {}, corner->mapFrom(m_d->window(), QPoint(6, 6)));
        QCOMPARE(MessageBoxes::count(), boxes); // the button in the corner (「デモデータを初期化」) was not clicked
        // A short press elsewhere opens nothing.
        QVERIFY(m_d->click(test::child<QPushButton>(guard()->pinPad(), "kioskPinCancel")));
        QTRY_VERIFY(!guard()->pinPad());
        QWidget *middle = m_d->window()->childAt(m_d->window()->rect().center());
        QTest::mousePress(middle, Qt::LeftButton, {}, middle->mapFrom(m_d->window(), m_d->window()->rect().center()));
        QTest::qWait(400);
        QTest::mouseRelease(middle, Qt::LeftButton, {}, middle->mapFrom(m_d->window(), m_d->window()->rect().center()));
        QVERIFY(!guard()->pinPad());
    }

    void fiveWrongPinsLockThePad()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        guard()->pin().setClock([&now] { return now; });
        QSignalSpy leave(guard(), &KioskGuard::leaveRequested);
        QVERIFY(openPadByKeys());
        for (int i = 0; i < 5; ++i)
            QVERIFY(enterOnPad(QStringLiteral("0000")));
        auto *edit = test::child<QLineEdit>(guard()->pinPad(), "kioskPinEdit");
        auto *leaveButton = test::child<QPushButton>(guard()->pinPad(), "kioskPinLeave");
        QVERIFY(!edit->isEnabled());
        QVERIFY(!leaveButton->isEnabled());
        QVERIFY(m_d->text("kioskPinMessage").contains(QStringLiteral("locked")));
        // Closed and opened again: still locked.
        QVERIFY(m_d->click(test::child<QPushButton>(guard()->pinPad(), "kioskPinCancel")));
        QTRY_VERIFY(!guard()->pinPad());
        QVERIFY(openPadByKeys());
        QVERIFY(!test::child<QLineEdit>(guard()->pinPad(), "kioskPinEdit")->isEnabled());
        QCOMPARE(leave.size(), 0);
        // Five minutes later the pad takes PINs again.
        now = now.addSecs(KioskPin::lockSeconds);
        QTRY_VERIFY(test::child<QLineEdit>(guard()->pinPad(), "kioskPinEdit")->isEnabled());
        QVERIFY(enterOnPad(adminPin));
        QTRY_COMPARE(leave.size(), 1);
    }
};

QTEST_MAIN(TestKioskLock)
#include "tst_kiosk_lock.moc"
