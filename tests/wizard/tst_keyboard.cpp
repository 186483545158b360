// The renewal with the keyboard alone, in the full main window with the demo mail panel: every page opens with the
// focus on its first input (never on the mail panel, 中断する or a scroll area), Return on a complete page moves on,
// the plans of page 3 are chosen with the arrow keys or a click anywhere on their column, the driver-range question
// takes Return as OK and Esc as Cancel, and ログアウト is a Tab stop.
#include "support/AppDriver.h"
#include "ui/MailPanel.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace clickar;

class TestKeyboard : public test::AppTestCase
{
    Q_OBJECT

private:
    // The first input or box of the page a Tab would reach (past the texts to read): where the page should open.
    static QWidget *firstTabStop(QWidget *page)
    {
        for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
                !qobject_cast<QAbstractScrollArea *>(w))
                return w;
        }
        return nullptr;
    }

    // Answers the next modal message box by pressing `key` in it, as a person would (the box is really shown).
    static void pressInNextBox(Qt::Key key)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, key] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible() || !QApplication::focusWidget() ||
                !box->isAncestorOf(QApplication::focusWidget()))
                return;
            timer->stop();
            timer->deleteLater();
            QTest::keyClick(QApplication::focusWidget(), key);
        });
        timer->start();
    }

private slots:
    void everyPageOpensOnItsFirstInputAndReturnMovesOn()
    {
        QVERIFY(m_app->openWizard(QStringLiteral("tanaka@example.jp")));
        for (int id = PreConfirmationPageId; id <= ApplicationPageId; ++id) {
            QTRY_COMPARE(m_app->pageId(), id);
            QWidget *page = m_app->page();
            QTRY_VERIFY2(QApplication::focusWidget() && page->isAncestorOf(QApplication::focusWidget()),
                         qPrintable(QStringLiteral("page %1").arg(id)));
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(!qobject_cast<QAbstractScrollArea *>(focus), qPrintable(QStringLiteral("page %1").arg(id)));
            QCOMPARE(focus, firstTabStop(page));
            if (id == ApplicationPageId)
                break; // the commit page sends the application: tested with a click elsewhere
            if (id == DisclosurePageId) {
                // Read to the end in the viewer, closed with Esc: back on the page to tick its boxes.
                QVERIFY(m_app->readDisclosureToEnd());
                QTRY_VERIFY(QApplication::activeWindow() &&
                            QApplication::activeWindow()->objectName() == QStringLiteral("pdfViewerWindow"));
                QVERIFY(m_app->pressKey(Qt::Key_Escape));
                QTRY_COMPARE(QApplication::activeWindow(), m_app->window());
            }
            QVERIFY(m_app->fillPage());
            QVERIFY(m_app->next()->isEnabled());
            QVERIFY(m_app->pressKey(Qt::Key_Return));
            QTRY_COMPARE(m_app->pageId(), id + 1);
        }
    }

    void plansChosenWithArrowKeysAndSpace()
    {
        QVERIFY(m_app->openWizardAfter(Step::Basic));
        QCOMPARE(m_app->pageId(), int(CoveragePageId));
        const QList<Plan> offered = m_app->renewal().plans;
        QVERIFY(offered.size() >= 2);
        const QStringList plans = {offered.at(0).id, offered.at(1).id};
        auto *first = m_app->find<QRadioButton>(qPrintable(QStringLiteral("plan_") + plans.at(0)));
        auto *second = m_app->find<QRadioButton>(qPrintable(QStringLiteral("plan_") + plans.at(1)));
        QVERIFY(m_app->click(first));
        QVERIFY(first->isChecked());
        QCOMPARE(QApplication::focusWidget(), first);
        QVERIFY(m_app->pressKey(Qt::Key_Right));
        QTRY_VERIFY(second->isChecked());
        QCOMPARE(QApplication::focusWidget(), second);
        QVERIFY(m_app->pressKey(Qt::Key_Left));
        QTRY_VERIFY(first->isChecked());
        QVERIFY(m_app->pressKey(Qt::Key_Right));
        QVERIFY(m_app->pressKey(Qt::Key_Space));
        QTRY_VERIFY(second->isChecked());
    }

    void aClickAnywhereOnAPlansColumnChoosesIt()
    {
        QVERIFY(m_app->openWizardAfter(Step::Basic));
        const QStringList plans = {m_app->renewal().plans.first().id, m_app->renewal().plans.last().id};
        for (const QString &plan : {plans.last(), plans.first()}) {
            auto *premium = m_app->find<QLabel>(qPrintable(QStringLiteral("annualPremium_") + plan));
            QTest::mouseClick(premium, Qt::LeftButton, Qt::NoModifier, premium->rect().center());
            QTRY_VERIFY(m_app->find<QRadioButton>(qPrintable(QStringLiteral("plan_") + plan))->isChecked());
            QCOMPARE(QApplication::focusWidget(),
                     m_app->find<QRadioButton>(qPrintable(QStringLiteral("plan_") + plan)));
        }
    }

    void driverRangeQuestionTakesReturnAndEscape()
    {
        QVERIFY(m_app->openWizardAfter(Step::Preconfirm));
        QCOMPARE(m_app->pageId(), int(BasicInfoPageId));
        auto *range = m_app->find<QCheckBox>("driverRangeConfirmed");
        pressInNextBox(Qt::Key_Escape);
        QVERIFY(m_app->click(range));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(!range->isChecked());
        pressInNextBox(Qt::Key_Return);
        QVERIFY(m_app->click(range));
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(range->isChecked());
    }

    void logoutIsATabStop()
    {
        QVERIFY(m_app->logIn(QStringLiteral("tanaka@example.jp")));
        auto *toolbar = m_app->window()->findChild<QToolBar *>(QStringLiteral("accountToolbar"));
        QWidget *logout = toolbar->widgetForAction(toolbar->findChild<QAction *>(QStringLiteral("logoutAction")));
        QVERIFY(logout);
        QVERIFY(m_app->tabTo(logout));
        QVERIFY(m_app->pressKey(Qt::Key_Space));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("loginScreen"));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
