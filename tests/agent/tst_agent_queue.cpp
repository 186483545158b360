// The agent's home: login as agent@example.jp (one-time password from the demo mail panel), the work queue in
// deadline order with its counts and the agency in the top bar, sorting and the keyboard, search as you type by each
// key, a search with no result, a failing search and its retry, answers to an older search dropped; a policyholder
// sees none of it.
#include "support/AppDriver.h"
#include "ui/AgentDesk.h"
#include "ui/AgentHomeScreen.h"
#include "ui/CustomerQueueModel.h"
#include "ui/MailPanel.h"
#include "ui/MainWindow.h"
#include "ui/ServedPerson.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace clickar;

namespace {
const QString agentEmail = QStringLiteral("agent@example.jp");
const QString agentPassword = QStringLiteral("Agent#2026");
} // namespace

class TestAgentQueue : public test::AppTestCase
{
    Q_OBJECT

    test::AppDriver &d() { return *m_app; }
    QTableView *queue() { return d().find<QTableView>("customerQueue"); }
    QLineEdit *searchField() { return d().find<QLineEdit>("customerSearch"); }
    int rows() { return queue()->model()->rowCount(); }
    QString cell(int row, int column) { return queue()->model()->index(row, column).data().toString(); }
    QStringList column(int column)
    {
        QStringList values;
        for (int row = 0; row < rows(); ++row)
            values << cell(row, column);
        return values;
    }
    QList<Contract> serviceContracts()
    {
        const auto answer =
            test::await<QList<Contract>>([this](QObject *c, auto done) { d().service().contracts({}, c, done); });
        return answer && answer->ok() ? answer->value() : QList<Contract>{};
    }
    bool logInAgent()
    {
        return d().logIn(agentEmail, agentPassword) &&
               d().waitFor([this] { return queue() && queue()->model()->rowCount() == 30; });
    }

private slots:
    void loginWithTheCodeFromTheMailPanel()
    {
        test::AppDriver embedded;
        QVERIFY(embedded.startEmbeddedApp());
        QVERIFY(embedded.submitLogin(agentEmail, agentPassword));
        QTRY_COMPARE(embedded.screen(), QStringLiteral("otpScreen"));
        auto *code = test::child<QLabel>(embedded.mailPanel(), "mailOtpCode");
        QTRY_VERIFY(!code->text().isEmpty());
        QVERIFY(embedded.typeInto("otpEdit", code->text()));
        QVERIFY(embedded.click("verifyButton"));
        QTRY_COMPARE(embedded.screen(), QStringLiteral("agentHomeScreen"));
        QVERIFY(embedded.window()->agentDesk());
        QCOMPARE(embedded.window()->servedPerson(), nullptr); // nobody is served at the queue
        QTRY_COMPARE(embedded.find<QTableView>("customerQueue")->model()->rowCount(), 30);
        // The search field has the focus: the agent can type at once.
        QTRY_COMPARE(QApplication::focusWidget(), embedded.find<QLineEdit>("customerSearch"));
    }

    void topBarShowsTheAgency()
    {
        QVERIFY(logInAgent());
        auto *agency = d().window()->findChild<QLabel *>(QStringLiteral("agencyName"));
        QVERIFY(agency && agency->isVisible());
        QVERIFY(agency->text().contains(QStringLiteral("サンプル保険サービス株式会社")));
        QVERIFY(agency->text().contains(QStringLiteral("AG-0001")));
        QAction *next = d().window()->nextCustomerAction();
        QVERIFY(next->isVisible());
        QCOMPARE(next->shortcut(), QKeySequence(Qt::ALT | Qt::Key_N));
    }

    void queueIsOrderedByDeadlineWithCounts()
    {
        QVERIFY(logInAgent());
        const QList<Contract> contracts = serviceContracts();
        QCOMPARE(contracts.size(), 30);
        QList<Contract> byDeadline = contracts;
        std::stable_sort(byDeadline.begin(), byDeadline.end(),
                         [](const Contract &a, const Contract &b) { return a.renewalDeadline < b.renewalDeadline; });
        QStringList expected;
        for (const Contract &c : byDeadline)
            expected << c.policyNumber;
        QCOMPARE(column(CustomerQueueModel::PolicyColumn), expected);
        // Kanji and kana of the name, the group, the vehicle, the days left and the status of the first row.
        const Contract &first = byDeadline.first();
        QCOMPARE(cell(0, CustomerQueueModel::NameColumn), first.holderName + u'\n' + first.holderKana);
        QCOMPARE(cell(0, CustomerQueueModel::GroupColumn), first.groupName);
        QVERIFY(cell(0, CustomerQueueModel::VehicleColumn).contains(first.registration));
        QCOMPARE(cell(0, CustomerQueueModel::DaysLeftColumn), QStringLiteral("%1 day(s)").arg(*first.daysLeft));
        QCOMPARE(cell(0, CustomerQueueModel::StatusColumn), QStringLiteral("Ready to renew"));
        int dueThisMonth = 0;
        for (const Contract &c : contracts)
            dueThisMonth += c.renewalDeadline.month() == test::testToday().month() ? 1 : 0;
        QVERIFY(dueThisMonth > 0 && dueThisMonth < 30);
        QCOMPARE(d().text("queueCounts"),
                 QStringLiteral("Due this month %1 · In progress 0 · Completed today 0").arg(dueThisMonth));
    }

    void sortsByEachColumnAndOpensWithEnter()
    {
        QVERIFY(logInAgent());
        // By kana (五十音順): a click on the header.
        QHeaderView *header = queue()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(CustomerQueueModel::NameColumn) + 5, 5));
        QStringList kana;
        for (const QString &name : column(CustomerQueueModel::NameColumn))
            kana << name.section(u'\n', 1);
        QStringList sorted = kana;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(kana, sorted);
        for (int c = 0; c < CustomerQueueModel::ColumnCount; ++c) {
            queue()->sortByColumn(c, Qt::DescendingOrder);
            QCOMPARE(rows(), 30);
        }
        // From the search: Down into the table, Down once more, Enter opens that customer.
        queue()->sortByColumn(CustomerQueueModel::MaturityColumn, Qt::AscendingOrder);
        QTest::mouseClick(searchField(), Qt::LeftButton);
        QVERIFY(d().pressKey(Qt::Key_Down));
        QCOMPARE(QApplication::focusWidget(), queue());
        QVERIFY(d().pressKey(Qt::Key_Down));
        const QString second = cell(1, CustomerQueueModel::PolicyColumn);
        QVERIFY(d().pressKey(Qt::Key_Return));
        QTRY_COMPARE(d().screen(), QStringLiteral("guideScreen"));
        QVERIFY(d().window()->servedPerson());
        auto *banner = d().window()->servedPerson()->findChild<QLabel *>(QStringLiteral("agentBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(!second.isEmpty());
    }

    void searchByEachKey_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QStringList murakami{QStringLiteral("7023450030")};
        QTest::newRow("policy number prefix") << QStringLiteral("702345003") << murakami;
        QTest::newRow("katakana") << QStringLiteral("ムラカミ") << murakami;
        QTest::newRow("hiragana") << QStringLiteral("むらかみ") << murakami;
        QTest::newRow("half-width kana") << QStringLiteral("ﾑﾗｶﾐ ﾕｲ") << murakami;
        QTest::newRow("kanji") << QStringLiteral("村上") << murakami;
    }

    void searchByEachKey()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QVERIFY(logInAgent());
        QVERIFY(d().typeInto(searchField(), query));
        QTRY_COMPARE(column(CustomerQueueModel::PolicyColumn), expected);
        QVERIFY(!d().find<QLabel>("searchState")->isVisible());
    }

    void searchByGroup()
    {
        QVERIFY(logInAgent());
        QVERIFY(d().typeInto(searchField(), QStringLiteral("東都電機")));
        QTRY_COMPARE(rows(), 10);
        for (const QString &group : column(CustomerQueueModel::GroupColumn))
            QCOMPARE(group, QStringLiteral("東都電機株式会社"));
        // Emptied again: the whole queue.
        QVERIFY(d().typeInto(searchField(), QString()));
        QTRY_COMPARE(rows(), 30);
    }

    void searchWithNoResult()
    {
        QVERIFY(logInAgent());
        QVERIFY(d().typeInto(searchField(), QStringLiteral("該当なし")));
        QTRY_COMPARE(rows(), 0);
        QTRY_VERIFY(d().find<QLabel>("searchState")->isVisible());
        QCOMPARE(d().text("searchState"), QStringLiteral("No customer matches."));
        QVERIFY(!d().find<QPushButton>("retrySearchButton")->isVisible());
        // Enter with nothing found opens nothing.
        QVERIFY(d().pressKey(Qt::Key_Return));
        QCOMPARE(d().screen(), QStringLiteral("agentHomeScreen"));
    }

    void failingSearchCanBeRetried()
    {
        QVERIFY(logInAgent());
        d().appClient().setExtraHeader("X-Mock-Fault", "status=503");
        QVERIFY(d().typeInto(searchField(), QStringLiteral("むらかみ")));
        auto *retry = d().find<QPushButton>("retrySearchButton");
        QTRY_VERIFY(retry->isVisible());
        QVERIFY(d().find<QLabel>("searchState")->isVisible());
        QVERIFY(d().find<QLabel>("searchState")->property("error").toBool());
        QCOMPARE(rows(), 0);
        d().appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(d().click(retry));
        QTRY_COMPARE(column(CustomerQueueModel::PolicyColumn), QStringList{QStringLiteral("7023450030")});
        QVERIFY(!retry->isVisible());
        QVERIFY(!d().find<QLabel>("searchState")->isVisible());
    }

    void spinnerWhileWaitingAndStaleAnswersDropped()
    {
        QVERIFY(logInAgent());
        const qsizetype before = d().demo().requestsServed("GET", QStringLiteral("/contracts"));
        // A slow answer to the first search, a quick one to what the agent typed next.
        d().appClient().setExtraHeader("X-Mock-Fault", "latency=1500");
        QVERIFY(d().typeInto(searchField(), QStringLiteral("むらかみ")));
        QTRY_VERIFY(d().find<QProgressBar>("searchSpinner")->isVisible());
        d().appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(d().typeInto(searchField(), QStringLiteral("東都電機")));
        QTRY_COMPARE(rows(), 10);
        // The slow answer comes last and is dropped.
        QTRY_VERIFY_WITH_TIMEOUT(d().demo().requestsServed("GET", QStringLiteral("/contracts")) >= before + 2, 15000);
        QTRY_VERIFY(!d().find<QProgressBar>("searchSpinner")->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(rows(), 10);
        QCOMPARE(searchField()->text(), QStringLiteral("東都電機"));
    }

    void ctrlFFocusesTheSearch()
    {
        QVERIFY(logInAgent());
        QTest::mouseClick(queue()->viewport(), Qt::LeftButton, {},
                          queue()->visualRect(queue()->model()->index(2, 0)).center());
        QCOMPARE(QApplication::focusWidget(), queue());
        QVERIFY(d().pressKey(Qt::Key_F, Qt::ControlModifier));
        QCOMPARE(QApplication::focusWidget(), searchField());
    }

    void policyholderSeesNoAgentControls()
    {
        QVERIFY(d().logIn(QStringLiteral("tanaka@example.jp")));
        QCOMPARE(d().screen(), QStringLiteral("myPageScreen"));
        QVERIFY(!d().window()->agentDesk());
        QVERIFY(!d().window()->nextCustomerAction()->isVisible());
        QVERIFY(!d().window()->findChild<QLabel *>(QStringLiteral("agencyName"))->isVisible());
        QVERIFY(d().openGuide() && d().proceedToWizard());
        QVERIFY(!d().controller().isOnBehalf());
        QVERIFY(!d().window()->findChild<QLabel *>(QStringLiteral("agentBanner")));
        QVERIFY(!d().wizard()->findChild<QCheckBox *>(QStringLiteral("agentAttestation")));
        QVERIFY(d().reachPage(ApplicationPageId));
        QVERIFY(!d().wizard()->findChild<QCheckBox *>(QStringLiteral("agentAttestation")));
        QCOMPARE(d().wizard()->buttonText(QWizard::FinishButton), QStringLiteral("Close"));
    }
};

QTEST_MAIN(TestAgentQueue)
#include "tst_agent_queue.moc"
