// The language switch on the agent's screens: the work queue (its headers, cells, counts, the search field and its
// messages, 本日の完了), the 代行中 banner and the guide's way back to the queue, and the question before leaving a
// customer, open when the switch comes. After each switch no visible text of the app is left in the old language,
// and the search text, the selected row, the sort order and the focus are as they were.
#include "support/AppDriver.h"
#include "support/LanguageCheck.h"
#include "ui/AgentDesk.h"
#include "ui/CustomerQueueModel.h"
#include "ui/LanguageSwitch.h"
#include "ui/MainWindow.h"
#include "ui/ServedPerson.h"
#include "ui/Translations.h"
#include "wizard/PageIds.h"

#include <QHeaderView>
#include <QListWidget>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QWizard>

using namespace clickar;
using namespace clickar::test;

namespace {
const QString agentEmail = QStringLiteral("agent@example.jp");
const QString agentPassword = QStringLiteral("Agent#2026");
} // namespace

class TestLanguageAgent : public QObject
{
    Q_OBJECT

    std::optional<AppDriver> m_app;

    AppDriver &d() { return *m_app; }
    QTableView *queue() { return d().find<QTableView>("customerQueue"); }
    QLineEdit *searchField() { return d().find<QLineEdit>("customerSearch"); }
    QString currentPolicy()
    {
        return queue()->currentIndex().siblingAtColumn(CustomerQueueModel::PolicyColumn).data().toString();
    }
    QStringList policies()
    {
        QStringList values;
        for (int row = 0; row < queue()->model()->rowCount(); ++row)
            values << queue()->model()->index(row, CustomerQueueModel::PolicyColumn).data().toString();
        return values;
    }

    bool logInAgent()
    {
        return d().logIn(agentEmail, agentPassword) &&
               d().waitFor([this] { return queue() && queue()->model()->rowCount() == 30; });
    }

    // Switches to `to`; nothing of the app is left in the other language (the service's content fetched again first).
    void switchAndCheck(const QString &to)
    {
        const QString from = to == en ? ja : en;
        QVERIFY(switchLanguage(d(), to));
        AppDriver::waitFor([from] { return leftInOldLanguage(from).isEmpty(); }, 10000);
        const QStringList left = leftInOldLanguage(from);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }

    QString banner()
    {
        ServedPerson *customer = d().window()->servedPerson();
        auto *label = customer ? customer->findChild<QLabel *>(QStringLiteral("agentBanner")) : nullptr;
        return label && label->isVisible() ? label->text() : QString();
    }

private slots:
    void init()
    {
        installTranslations(ja);
        m_app.emplace();
        QVERIFY(d().startApp(ja));
    }

    void cleanup()
    {
        m_app.reset();
        installTranslations(ja);
    }

    // The queue sorted by status, searched, a row selected in it with the focus there: all of it stays.
    void workQueueKeepsSearchSelectionSortAndFocus()
    {
        QVERIFY(logInAgent());
        QVERIFY(d().text("queueCounts").startsWith(QStringLiteral("今月満期")));
        QVERIFY(d().typeInto(searchField(), QStringLiteral("702345001")));
        QTRY_VERIFY(queue()->model()->rowCount() > 3 && queue()->model()->rowCount() < 30);
        QHeaderView *header = queue()->horizontalHeader();
        const int statusX = header->sectionViewportPosition(CustomerQueueModel::StatusColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(statusX, header->height() / 2));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(statusX, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(CustomerQueueModel::StatusColumn));
        const Qt::SortOrder order = header->sortIndicatorOrder();
        QTest::mouseClick(searchField(), Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), searchField());
        QVERIFY(d().pressKey(Qt::Key_Down)); // into the results
        QVERIFY(d().pressKey(Qt::Key_Down));
        QVERIFY(d().pressKey(Qt::Key_Down));
        QCOMPARE(QApplication::focusWidget(), queue());
        const QString selected = currentPolicy();
        const int row = queue()->currentIndex().row();
        QCOMPARE(row, 2);
        const QStringList order0 = policies();

        for (const QString &language : {en, ja}) {
            switchAndCheck(language);
            QCOMPARE(searchField()->text(), QStringLiteral("702345001"));
            QCOMPARE(policies(), order0);
            QCOMPARE(header->sortIndicatorSection(), int(CustomerQueueModel::StatusColumn));
            QCOMPARE(header->sortIndicatorOrder(), order);
            QCOMPARE(currentPolicy(), selected);
            QCOMPARE(queue()->currentIndex().row(), row);
            QVERIFY(queue()->selectionModel()->isRowSelected(row, {}));
            QCOMPARE(QApplication::focusWidget(), queue());
            if (language == en) {
                QCOMPARE(queue()->model()->headerData(CustomerQueueModel::PolicyColumn, Qt::Horizontal).toString(),
                         QStringLiteral("Policy number"));
                QVERIFY(d().text("queueCounts").startsWith(QStringLiteral("Due this month")));
                QVERIFY(d().window()
                            ->findChild<QLabel *>(QStringLiteral("agencyName"))
                            ->text()
                            .contains(QStringLiteral("agency code")));
            }
        }
        // The agent types on in the field as before.
        QVERIFY(d().typeInto(searchField(), QStringLiteral("7023450030")));
        QTRY_COMPARE(policies(), QStringList{QStringLiteral("7023450030")});
    }

    void searchMessagesFollow()
    {
        QVERIFY(logInAgent());
        QVERIFY(d().typeInto(searchField(), QStringLiteral("存在しない名前")));
        auto *state = d().find<QLabel>("searchState");
        QTRY_VERIFY(state->isVisible());
        const QString noMatch = state->text();
        switchAndCheck(en);
        QCOMPARE(state->text(), QStringLiteral("No customer matches."));
        QCOMPARE(searchField()->text(), QStringLiteral("存在しない名前"));
        QCOMPARE(QApplication::focusWidget(), searchField());
        switchAndCheck(ja);
        QCOMPARE(state->text(), noMatch);

        // A failing search: its message and 再試行 follow, and the retry still works.
        d().appClient().setExtraHeader("X-Mock-Fault", "status=503");
        QVERIFY(d().typeInto(searchField(), QStringLiteral("むらかみ")));
        auto *retry = d().find<QPushButton>("retrySearchButton");
        QTRY_VERIFY(retry->isVisible());
        switchAndCheck(en);
        QVERIFY(retry->isVisible());
        QCOMPARE(retry->text(), QStringLiteral("Retry"));
        QVERIFY(state->text().startsWith(QStringLiteral("The customers could not be loaded.")));
        QVERIFY(state->property("error").toBool());
        d().appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(d().click(retry));
        QTRY_COMPARE(policies(), QStringList{QStringLiteral("7023450030")});
        QVERIFY(!state->isVisible());
    }

    // On a customer's behalf: the banner, the guide's way back (to the queue, not MyPage), the attestation.
    void customerScreensFollow()
    {
        QVERIFY(logInAgent());
        QVERIFY(d().openCustomer(QStringLiteral("7023450030")));
        QVERIFY(banner().contains(QStringLiteral("代行中")));
        auto *back = d().find<QPushButton>("guideBackButton");
        const QString backJa = back->text();
        switchAndCheck(en);
        QCOMPARE(banner(),
                 QStringLiteral("山本 太郎 (サンプル保険サービス株式会社) is renewing on behalf of 村上 結衣"));
        QCOMPARE(back->text(), QStringLiteral("&Back to the queue"));
        switchAndCheck(ja);
        QCOMPARE(back->text(), backJa);
        QVERIFY(d().proceedToWizard());
        QVERIFY(d().fillPage());
        switchAndCheck(en);
        QCOMPARE(d().page()->findChild<QCheckBox *>(QStringLiteral("agentAttestation"))->text(),
                 QStringLiteral("I explained this to the customer &and confirmed their wishes"));
        QVERIFY(d().page()->findChild<QCheckBox *>(QStringLiteral("agentAttestation"))->isChecked());
        QVERIFY(banner().endsWith(QStringLiteral("村上 結衣")));
        switchAndCheck(ja);
        QVERIFY(banner().contains(QStringLiteral("代行中")));
    }

    // 本日の完了 after a renewal, and the completion page itself.
    void completedTodayFollows()
    {
        QVERIFY(logInAgent());
        QVERIFY(d().openCustomer(QStringLiteral("7023450030")));
        QVERIFY(d().proceedToWizard());
        QVERIFY(d().reachPage(CompletionPageId));
        switchAndCheck(en);
        QCOMPARE(d().wizard()->button(QWizard::FinishButton)->text(), QStringLiteral("Next customer"));
        switchAndCheck(ja);
        QSignalSpy ended(d().window()->agentDesk(), &AgentDesk::customerEnded);
        QVERIFY(d().pressKey(Qt::Key_Return)); // 次のお客さま
        QTRY_COMPARE(ended.size(), 1);
        auto *completed = d().find<QListWidget>("completedToday");
        QTRY_COMPARE(completed->count(), 1);
        QVERIFY(completed->isVisible());
        QTest::mouseClick(completed->viewport(), Qt::LeftButton, {},
                          completed->visualItemRect(completed->item(0)).center());
        QVERIFY(completed->item(0)->isSelected());
        const QString item = completed->item(0)->text();
        switchAndCheck(en);
        QVERIFY(completed->item(0)->text().contains(QStringLiteral("new policy number")));
        QVERIFY(completed->item(0)->isSelected());
        QCOMPARE(QApplication::focusWidget(), completed);
        QVERIFY(d().text("queueCounts").endsWith(QStringLiteral("Completed today 1")));
        switchAndCheck(ja);
        QCOMPARE(completed->item(0)->text(), item);
    }

    // 「次のお客さま」 mid-wizard asks first; the question follows a switch while it is open (its own 「English」
    // button, and the shortcut), and the focus stays on its button.
    void leaveCustomerQuestionFollows()
    {
        QVERIFY(logInAgent());
        QVERIFY(d().openCustomer(QStringLiteral("7023450030")));
        QVERIFY(d().proceedToWizard());
        QVERIFY(d().reachPage(CoveragePageId));
        QString before, afterButton, afterShortcut, title;
        QPointer<QWidget> focusBefore, focusAfter;
        bool buttonShown = false;
        bool focusKept = false;
        QStringList left;
        auto *poll = new QTimer(this);
        poll->setInterval(10);
        int ticks = 0;
        connect(poll, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            if (!box->isAncestorOf(QApplication::focusWidget())) { // the box's window is activated a little later
                if (++ticks == 300)
                    box->reject(); // never focused: fails below
                return;
            }
            poll->stop();
            before = box->text();
            focusBefore = QApplication::focusWidget();
            auto *language = box->findChild<QToolButton *>(QStringLiteral("languageButton"));
            buttonShown = language && language->isVisible() && language->text() == QStringLiteral("English");
            if (language)
                QTest::mouseClick(language, Qt::LeftButton); // 「English」 on the box itself
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            afterButton = box->text();
            title = box->windowTitle();
            // The service's content (page 3's plans) comes again in English while the question is open.
            AppDriver::waitFor([] { return leftInOldLanguage(ja).isEmpty(); }, 10000);
            left = leftInOldLanguage(ja);
            if (focusBefore)
                focusBefore->setFocus();      // the click took it; a key must come from where it was
            QVERIFY(switchLanguage(d(), ja)); // and back, by the shortcut
            QCoreApplication::processEvents();
            afterShortcut = box->text();
            focusAfter = QApplication::focusWidget();
            focusKept = focusBefore && focusAfter == focusBefore && box->isAncestorOf(focusAfter);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // stay with the customer
        });
        poll->start();
        QVERIFY(d().pressKey(Qt::Key_N, Qt::AltModifier));
        QTRY_VERIFY(!poll->isActive());
        QVERIFY(buttonShown);
        QVERIFY(before.contains(QStringLiteral("お客さま")) || before.contains(QStringLiteral("手続き")));
        QVERIFY2(afterButton.startsWith(QStringLiteral("Leave this customer's renewal?")), qPrintable(afterButton));
        QCOMPARE(title, QStringLiteral("Next customer"));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        QCOMPARE(afterShortcut, before);
        QVERIFY(focusKept); // (the box is gone now)
        // Esc kept the customer: still on page 3.
        QCOMPARE(d().pageId(), int(CoveragePageId));
        QVERIFY(d().window()->servedPerson());
    }
};

QTEST_MAIN(TestLanguageAgent)
#include "tst_language_agent.moc"
