// A language switch keeps every reader's place: on every wizard page, the guide, page 1's texts and the agent's work
// queue, a scroll area scrolled (by the wheel) to the middle is at the same share of its range after the switch — the
// texts change length and the service's content is fetched again — and again after the switch back. The focus stays
// where it was, also when it is in a dialog (the help window) rather than the main window.
#include "support/AppDriver.h"
#include "support/LanguageCheck.h"
#include "ui/HelpDialog.h"
#include "ui/LanguageSwitch.h"
#include "ui/PdfViewer.h"
#include "ui/Translations.h"
#include "wizard/PageIds.h"

#include <QAbstractScrollArea>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QWheelEvent>
#include <QWizard>

using namespace clickar;
using namespace clickar::test;

namespace {

double share(const QScrollBar *bar)
{
    return bar->maximum() > bar->minimum() ? double(bar->value() - bar->minimum()) / (bar->maximum() - bar->minimum())
                                           : 0.0;
}

// The wheel over the area, notch by notch, until it is about halfway down.
bool scrollToMiddle(QAbstractScrollArea *area)
{
    QScrollBar *bar = area->verticalScrollBar();
    if (bar->maximum() <= bar->minimum())
        return false;
    QWidget *viewport = area->viewport();
    const QPoint at = viewport->rect().center();
    for (int notch = 0; notch < 200 && share(bar) < 0.4; ++notch) {
        QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -40), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &wheel);
    }
    if (share(bar) >= 0.4 && share(bar) < 0.9)
        return true;
    qWarning("the wheel took the area to %f of its range", share(bar));
    return false;
}
} // namespace

class TestLanguageScroll : public QObject
{
    Q_OBJECT

    std::optional<AppDriver> m_app;

    AppDriver &d() { return *m_app; }

    // Switches both ways; after each switch (and the new content) the area is at the same share, the focus unmoved.
    void switchAndExpectPlace(QAbstractScrollArea *area)
    {
        QScrollBar *bar = area->verticalScrollBar();
        const double before = share(bar);
        const QPointer<QWidget> focus = QApplication::focusWidget();
        for (const QString &language : {en, ja}) {
            QVERIFY(switchLanguage(d(), language));
            const QString old = language == en ? ja : en;
            AppDriver::waitFor([old] { return leftInOldLanguage(old).isEmpty(); }, 10000);
            QTRY_VERIFY2(bar->maximum() > bar->minimum(),
                         qPrintable(QStringLiteral("nothing to scroll in %1 (window %2 high, area %3, max %4)")
                                        .arg(language)
                                        .arg(area->window()->height())
                                        .arg(area->height())
                                        .arg(bar->maximum())));
            QTRY_VERIFY2(qAbs(share(bar) - before) < 0.08,
                         qPrintable(QStringLiteral("%1: %2 of the range before, %3 after the switch to %4")
                                        .arg(area->objectName())
                                        .arg(before)
                                        .arg(share(bar))
                                        .arg(language)));
            // (Not in the document viewer: the offscreen platform activates its window late.)
            if (focus && !qobject_cast<PdfViewer *>(focus->window()))
                QCOMPARE(QApplication::focusWidget(), focus.data());
        }
    }

    // The scrolling body of the wizard's page (RenewalPage's scroll area).
    QScrollArea *pageArea() const
    {
        return m_app->page()->findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly);
    }

private slots:
    void init()
    {
        installTranslations(ja);
        m_app.emplace();
        QVERIFY(d().startApp(ja));
        d().window()->resize(1000, 620); // a laptop's window: every page scrolls
    }

    void cleanup()
    {
        m_app.reset();
        installTranslations(ja);
    }

    void everyWizardPage_data() { addWizardPageRows(); }

    void everyWizardPage()
    {
        QFETCH(int, page);
        QVERIFY(d().openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(d().reachPage(page));
        QVERIFY(d().fillPage());
        QScrollArea *area = pageArea();
        QVERIFY(area);
        d().window()->resize(900, 420); // every page longer than the window in both languages
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);
        QVERIFY(scrollToMiddle(area));
        switchAndExpectPlace(area);
    }

    // Page 1's texts scroll on their own, inside the page.
    void preconfirmationTexts()
    {
        QVERIFY(d().openWizard(QStringLiteral("tanaka@example.jp")));
        QTRY_VERIFY(d().page()->isAncestorOf(QApplication::focusWidget())); // on its first box
        auto *privacy = d().find<QTextBrowser>("privacyText");
        QTRY_VERIFY(privacy->verticalScrollBar()->maximum() > 0);
        QVERIFY(scrollToMiddle(privacy));
        switchAndExpectPlace(privacy);
    }

    void guide()
    {
        QVERIFY(d().logIn(QStringLiteral("tanaka@example.jp")));
        QVERIFY(d().openGuide());
        QTRY_VERIFY(d().find<QWidget>("proceedButton")->isEnabled());
        d().window()->resize(1000, 480);
        auto *area = d().screenWidget("guideScreen")->findChild<QScrollArea *>();
        QVERIFY(area);
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);
        QVERIFY(scrollToMiddle(area));
        switchAndExpectPlace(area);
    }

    void agentQueue()
    {
        QVERIFY(d().logIn(QStringLiteral("agent@example.jp"), QStringLiteral("Agent#2026")));
        auto *queue = d().find<QTableView>("customerQueue");
        QTRY_COMPARE(queue->model()->rowCount(), 30);
        QTRY_VERIFY(queue->verticalScrollBar()->maximum() > 0);
        QVERIFY(scrollToMiddle(queue));
        switchAndExpectPlace(queue);
    }

    // The focus in the help window, on its 閉じる button: still there after the switch (its 「English」 button too).
    void focusInTheHelpWindowStays()
    {
        QVERIFY(d().openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(d().reachPage(CoveragePageId));
        QVERIFY(d().click(d().wizard()->button(QWizard::HelpButton)));
        HelpDialog *help = nullptr;
        QTRY_VERIFY((help = d().wizard()->helpDialog()) && help->isVisible());
        auto *close = child<QPushButton>(help, "helpCloseButton");
        help->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), help);
        QVERIFY(d().tabTo(close));
        auto *language = child<QToolButton>(help, "languageButton");
        QVERIFY(language && language->isVisible());
        QCOMPARE(language->text(), QStringLiteral("English"));
        QVERIFY(switchLanguage(d(), en));
        AppDriver::waitFor([] { return leftInOldLanguage(ja).isEmpty(); }, 10000);
        QVERIFY2(leftInOldLanguage(ja).isEmpty(), qPrintable(leftInOldLanguage(ja).join(u'\n')));
        QCOMPARE(help->windowTitle(), QStringLiteral("Help"));
        QCOMPARE(QApplication::focusWidget(), close);
        QCOMPARE(QApplication::activeWindow(), help);
        QTest::mouseClick(language, Qt::LeftButton); // 「日本語」 on the help window itself
        QCOMPARE(d().app()->languageSwitch()->language(), ja);
        AppDriver::waitFor([] { return leftInOldLanguage(en).isEmpty(); }, 10000);
        QVERIFY2(leftInOldLanguage(en).isEmpty(), qPrintable(leftInOldLanguage(en).join(u'\n')));
        QCOMPARE(QApplication::focusWidget(), close);
    }
};

QTEST_MAIN(TestLanguageScroll)
#include "tst_language_scroll.moc"
