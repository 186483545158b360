// Kiosk mode is touch-sized: on every screen — login, one-time password with its number pad, MyPage, the guide, the
// nine wizard pages, the PDF viewer, help, the idle countdown and the PIN pad — every clickable target that is shown
// (buttons, check boxes, radio buttons, fields, combo boxes, tool buttons, scroll bars) is at least 48 × 48 px, and
// scroll areas scroll by touch. With CLICKAR_KIOSK_SHOTS=DIR (and CLICKAR_KIOSK_LANG=ja|en) each screen
// is also saved as a picture, for looking at them under Xvfb at 1280 × 800 and 1920 × 1080.
#include "support/AppDriver.h"
#include "ui/ContractList.h"
#include "ui/HelpDialog.h"
#include "ui/IdleCountdownDialog.h"
#include "ui/KioskGuard.h"
#include "ui/KioskPin.h"
#include "ui/KioskPinDialog.h"
#include "ui/LoginScreen.h"
#include "ui/Translations.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/DisclosurePage.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QTabBar>

using namespace clickar;

namespace {
constexpr int minTarget = 48;

bool isTarget(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractSlider *>(w) || qobject_cast<const QTabBar *>(w);
}

QString describe(const QWidget *w)
{
    const QString text =
        qobject_cast<const QAbstractButton *>(w) ? static_cast<const QAbstractButton *>(w)->text().left(30) : QString();
    return QStringLiteral("%1 %2 '%3' %4×%5")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text)
        .arg(w->width())
        .arg(w->height());
}
} // namespace

class TestKioskTargets : public QObject
{
    Q_OBJECT

private:
    std::optional<test::AppDriver> m_d;
    QString m_shots;
    int m_checked = 0;

    KioskGuard *guard() const { return m_d->app()->kioskGuard(); }

    // Every shown, enabled target in `window` (a top-level window) must be at least 48 × 48.
    void checkTargets(QWidget *window, const QString &name)
    {
        QTest::qWait(50); // layouts settle
        QStringList small;
        int targets = 0;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!isTarget(w) || !w->isVisible() || !w->isEnabled() || w->window() != window)
                continue;
            ++targets;
            // A scroll bar is a target across its thickness (its length is the content's).
            const auto *bar = qobject_cast<QScrollBar *>(w);
            const bool tooSmall = bar ? (bar->orientation() == Qt::Vertical ? w->width() : w->height()) < minTarget
                                      : (w->width() < minTarget || w->height() < minTarget);
            if (tooSmall)
                small.append(describe(w));
        }
        m_checked += targets;
        if (!m_shots.isEmpty()) {
            const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
            window->grab().save(path);
        }
        QVERIFY2(targets > 0, qPrintable(name));
        QVERIFY2(small.isEmpty(), qPrintable(name + QStringLiteral(": ") + small.join(QStringLiteral("; "))));
    }

    void checkScreen(const QString &name) { checkTargets(m_d->window(), name); }

private slots:
    void initTestCase()
    {
        m_shots = qEnvironmentVariable("CLICKAR_KIOSK_SHOTS");
        if (!m_shots.isEmpty()) {
            QDir().mkpath(m_shots);
            installTranslations(qEnvironmentVariable("CLICKAR_KIOSK_LANG", QStringLiteral("ja")));
        }
    }

    void init()
    {
        m_d.emplace();
        QSettings().setValue(QLatin1String(KioskPin::settingsKey), KioskPin::hash(QStringLiteral("5555")));
        QVERIFY(m_d->startApp(QStringLiteral("ja"), true));
    }

    void cleanup() { m_d.reset(); }

    void everyScreenIsTouchSized()
    {
        // The registration address is there to read, but opens no browser at a kiosk (it would leave the app).
        auto *link = m_d->find<QPushButton>("registrationLink");
        QVERIFY(link);
        QTRY_VERIFY(link->isVisible());
        QVERIFY(!link->isEnabled());
        checkScreen(QStringLiteral("01-login"));
        QVERIFY(m_d->submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(m_d->screen(), QStringLiteral("otpScreen"));
        QTRY_VERIFY(m_d->find<QWidget>("numberPad") && m_d->find<QWidget>("numberPad")->isVisible());
        checkScreen(QStringLiteral("02-otp"));
        QVERIFY(m_d->enterOtp());
        QTRY_COMPARE(m_d->screen(), QStringLiteral("myPageScreen"));
        QTRY_VERIFY(m_d->find<ContractList>("contractsTable")->rowCount() > 0);
        checkScreen(QStringLiteral("03-mypage"));
        QVERIFY(m_d->openGuide());
        checkScreen(QStringLiteral("04-guide"));
        QVERIFY(m_d->proceedToWizard());
        for (int page = PreConfirmationPageId; page <= CompletionPageId; ++page) {
            QVERIFY(m_d->reachPage(page));
            QVERIFY(m_d->fillPage() || page == CompletionPageId);
            checkScreen(QStringLiteral("1%1-page").arg(page));
            if (page == DisclosurePageId) {
                auto *disclosure = qobject_cast<DisclosurePage *>(m_d->wizard()->currentPage());
                QVERIFY(disclosure && disclosure->viewer());
                checkTargets(disclosure->viewer()->window(), QStringLiteral("17-pdf-viewer"));
                m_d->window()->activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(m_d->window()));
            }
            if (page == CoveragePageId) {
                QTest::mouseClick(m_d->wizard()->button(QWizard::HelpButton), Qt::LeftButton);
                QTRY_VERIFY(m_d->wizard()->helpDialog() && m_d->wizard()->helpDialog()->isVisible());
                checkTargets(m_d->wizard()->helpDialog(), QStringLiteral("13-help"));
                m_d->wizard()->helpDialog()->close();
                m_d->window()->activateWindow();
                QVERIFY(QTest::qWaitForWindowActive(m_d->window()));
            }
        }
        QVERIFY(m_checked > 50);
    }

    void dialogsAreTouchSized()
    {
        guard()->countdown()->start(30);
        QTRY_VERIFY(guard()->countdown()->isVisible());
        checkTargets(guard()->countdown(), QStringLiteral("20-idle-countdown"));
        guard()->countdown()->stop();
        guard()->openPinPad();
        QTRY_VERIFY(guard()->pinPad() && guard()->pinPad()->isVisible());
        checkTargets(guard()->pinPad(), QStringLiteral("21-pin-pad"));
    }

    // Every scroll area shown takes a finger's drag (a QScroller on its viewport, for touch input).
    void scrollAreasHaveScrollers()
    {
        QVERIFY(m_d->openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(m_d->reachPage(PreConfirmationPageId));
        int areas = 0;
        for (QAbstractScrollArea *shown : m_d->window()->findChildren<QAbstractScrollArea *>()) {
            if (shown->isVisible()) {
                ++areas;
                QVERIFY2(QScroller::hasScroller(shown->viewport()), qPrintable(shown->objectName()));
            }
        }
        QVERIFY(areas > 0);
    }

    // A finger dragged up page 1's text scrolls it down, as on the kiosk's touch screen: real touch points from a
    // touch screen device, pressed, moved and lifted on the page's viewport.
    void aFingerDragScrollsThePage()
    {
        QVERIFY(m_d->openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(m_d->reachPage(PreConfirmationPageId));
        auto *area = m_d->page()->findChild<QScrollArea *>();
        QVERIFY(area);
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 100); // the text is longer than the screen
        QCOMPARE(area->verticalScrollBar()->value(), 0);
        static QPointingDevice *finger = QTest::createTouchDevice(QInputDevice::DeviceType::TouchScreen);
        QWidget *viewport = area->viewport();
        const QPoint from(viewport->width() / 2, viewport->height() * 3 / 4);
        QTest::touchEvent(viewport, finger).press(0, from, viewport);
        for (int step = 1; step <= 10; ++step)
            QTest::touchEvent(viewport, finger).move(0, from - QPoint(0, step * 20), viewport);
        QTest::touchEvent(viewport, finger).release(0, from - QPoint(0, 200), viewport);
        // The scroller moves the content at its frame rate (and flicks on after the finger is lifted): how far it
        // has gone depends on the time the moves took, that it went down does not.
        QTRY_VERIFY(area->verticalScrollBar()->value() > 20);
        QTRY_COMPARE(QScroller::scroller(viewport)->state(), QScroller::Inactive);
        // And a finger dragged down brings the top back.
        const QPoint top(viewport->width() / 2, viewport->height() / 4);
        QTest::touchEvent(viewport, finger).press(0, top, viewport);
        for (int step = 1; step <= 15; ++step)
            QTest::touchEvent(viewport, finger).move(0, top + QPoint(0, step * 20), viewport);
        QTest::touchEvent(viewport, finger).release(0, top + QPoint(0, 300), viewport);
        QTRY_COMPARE(area->verticalScrollBar()->value(), 0);
    }
};

QTEST_MAIN(TestKioskTargets)
#include "tst_kiosk_targets.moc"
