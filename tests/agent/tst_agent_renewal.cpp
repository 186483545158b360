// Renewing on a customer's behalf: the banner on every screen, the attestation boxes on pages 1, 7 and 8 (Next
// disabled until ticked) sent as agentAttested, the thank-you mail to the customer; 「次のお客さま」 from the
// completion page (its default button) and from the top bar (Alt+N), which asks mid-wizard and keeps the draft; after
// each customer nothing of them is left anywhere but in the agency's own queue and today's list.
#include "service/Session.h"
#include "support/AppDriver.h"
#include "support/CustomerTraces.h"
#include "ui/AgentDesk.h"
#include "ui/AgentHomeScreen.h"
#include "ui/CustomerQueueModel.h"
#include "ui/MailPanel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBoxes.h"
#include "ui/ServedPerson.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace clickar;

namespace {
const QString agentEmail = QStringLiteral("agent@example.jp");
const QString agentPassword = QStringLiteral("Agent#2026");

// Customers whose names share nothing with the agent's (山本 太郎) or the agency's.
const QStringList customers = {QStringLiteral("7023450030"), QStringLiteral("7023450027"), QStringLiteral("7023450022"),
                               QStringLiteral("7023450028"), QStringLiteral("7023450026")};

} // namespace

class TestAgentRenewal : public test::AppTestCase
{
    Q_OBJECT

    test::AppDriver &d() { return *m_app; }
    MainWindow *window() { return d().window(); }
    QLineEdit *searchField() { return d().find<QLineEdit>("customerSearch"); }
    QTableView *queue() { return d().find<QTableView>("customerQueue"); }
    QAbstractButton *nextButton() { return d().next(); }

    bool logInAgent()
    {
        return d().logIn(agentEmail, agentPassword) &&
               d().waitFor([this] { return queue() && queue()->model()->rowCount() == 30; });
    }

    QString banner()
    {
        ServedPerson *customer = window()->servedPerson();
        auto *label = customer ? customer->findChild<QLabel *>(QStringLiteral("agentBanner")) : nullptr;
        return label && label->isVisible() ? label->text() : QString();
    }

    // Ticks the page's other boxes first: Next stays disabled until the attestation is ticked too.
    void attestOnThisPage()
    {
        auto *attestation = d().find<QCheckBox>("agentAttestation");
        QVERIFY(attestation);
        QCOMPARE(attestation->text(), QStringLiteral("I explained this to the customer &and confirmed their wishes"));
        QVERIFY(attestation->isVisible());
        QVERIFY(!attestation->isChecked());
        // Everything else filled (fillPage() ticks the attestation too): untick it and Next is disabled.
        QVERIFY(d().fillPage());
        QVERIFY(d().setChecked("agentAttestation", false));
        QTRY_VERIFY(!nextButton()->isEnabled());
        QVERIFY(d().check("agentAttestation"));
        QTRY_VERIFY(nextButton()->isEnabled());
    }

    // After 次のお客さま: the queue with an empty search field holding the focus, and nothing of the customer in any
    // widget, object, model, window, the mail panel or the clipboard — outside the agency's queue and today's list,
    // which list the agency's customers by design.
    void expectNothingOf(const QString &policyNumber)
    {
        QTRY_COMPARE(d().screen(), QStringLiteral("agentHomeScreen"));
        QTRY_VERIFY(!window()->servedPerson());
        QVERIFY(!window()->servedPerson());
        QVERIFY(!window()->wizard());
        QVERIFY(d().session()->isSignedIn());
        QVERIFY(searchField()->text().isEmpty());
        QVERIFY(!searchField()->isUndoAvailable());
        QTRY_COMPARE(QApplication::focusWidget(), searchField());
        if (!d().waitFor([this] { return queue()->model()->rowCount() == 30; }))
            QFAIL(qPrintable(QStringLiteral("the queue did not come back: ") + d().text("searchState")));
        const QList<test::Trace> traces = test::customerTraces(d(), test::customerEmail(policyNumber));
        QVERIFY2(traces.isEmpty(), qPrintable(test::TraceWalker::describe(traces, 50)));
    }

private slots:
    void renewOnBehalfEndToEnd()
    {
        QVERIFY(logInAgent());
        const QString policy = customers.first();
        QVERIFY(d().openCustomer(policy));
        const QString expectedBanner =
            QStringLiteral("山本 太郎 (サンプル保険サービス株式会社) is renewing on behalf of 村上 結衣");
        QCOMPARE(banner(), expectedBanner);
        QVERIFY(d().proceedToWizard());
        QVERIFY(d().controller().isOnBehalf());
        QCOMPARE(banner(), expectedBanner);

        // 1 事前確認
        attestOnThisPage();
        QVERIFY(d().clickNext(BasicInfoPageId));
        QVERIFY(d().renewal().isConfirmed(Step::Preconfirm));
        // 2–6: no attestation, the banner stays.
        for (int page = BasicInfoPageId; page < DisclosurePageId; ++page) {
            QVERIFY(!d().page()->findChild<QCheckBox *>(QStringLiteral("agentAttestation")));
            QCOMPARE(banner(), expectedBanner);
            QVERIFY(d().passPage());
        }
        // 7 重要事項等確認
        QCOMPARE(d().pageId(), int(DisclosurePageId));
        attestOnThisPage();
        QVERIFY(d().clickNext(ApplicationPageId));
        // 8 お申込み
        attestOnThisPage();
        QVERIFY(d().clickNext(CompletionPageId));
        QCOMPARE(banner(), expectedBanner);
        QVERIFY(d().controller().submittedRequest()->agentAttested);

        // The mail went to the customer, and the page says so.
        QStringList bodies;
        QTRY_COMPARE(d().thankYouMails(&bodies), 1);
        QVERIFY(d().find<QLabel>("thankYouMail")->text().contains(QStringLiteral("customer's registered address")));
        QVERIFY(d().find<QLabel>("thankYouMail")->text().contains(QStringLiteral("ko****@example.jp")));
        const QString newPolicy = d().text("newPolicyNumber");

        // 次のお客さま is the completion page's default button.
        QAbstractButton *finish = d().wizard()->button(QWizard::FinishButton);
        QCOMPARE(finish->text(), QStringLiteral("Next customer"));
        QVERIFY(qobject_cast<QPushButton *>(finish)->isDefault());
        QSignalSpy ended(window()->agentDesk(), &AgentDesk::customerEnded);
        QVERIFY(d().pressKey(Qt::Key_Return));
        QTRY_COMPARE(ended.size(), 1);
        expectNothingOf(policy);

        // 本日の完了 and the queue's status.
        auto *completed = d().find<QListWidget>("completedToday");
        QCOMPARE(completed->count(), 1);
        QVERIFY(completed->item(0)->text().contains(policy));
        QVERIFY(completed->item(0)->text().contains(newPolicy));
        QVERIFY(d().text("queueCounts").endsWith(QStringLiteral("Completed today 1")));
        QCOMPARE(window()->agentDesk()->completed().size(), 1);
        QVERIFY(d().typeInto(searchField(), policy));
        QTRY_COMPARE(queue()->model()->rowCount(), 1);
        QCOMPARE(queue()->model()->index(0, CustomerQueueModel::StatusColumn).data().toString(),
                 QStringLiteral("Renewed"));
    }

    void leavingMidWizardAsksAndKeepsTheDraft()
    {
        QVERIFY(logInAgent());
        const QString policy = customers.at(1);
        QVERIFY(d().openCustomer(policy));
        QVERIFY(d().proceedToWizard());
        QVERIFY(d().reachPage(CoveragePageId));
        const QPointer<RenewalWizard> wizard = d().wizard();

        // Alt+N asks; Cancel stays on the page.
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(d().pressKey(Qt::Key_N, Qt::AltModifier));
        QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("kept on the service")));
        QCOMPARE(d().pageId(), int(CoveragePageId));
        QVERIFY(wizard);

        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(d().pressKey(Qt::Key_N, Qt::AltModifier));
        QTRY_VERIFY(!wizard);
        expectNothingOf(policy);

        // The queue shows the draft in progress; opening the customer again resumes where the agent left.
        QVERIFY(d().typeInto(searchField(), policy));
        QTRY_COMPARE(queue()->model()->rowCount(), 1);
        QCOMPARE(queue()->model()->index(0, CustomerQueueModel::StatusColumn).data().toString(),
                 QStringLiteral("In progress 3/9")); // the page it continues at, as MyPage counts it
        QVERIFY(d().typeInto(searchField(), QString()));
        QVERIFY(d().openCustomer(policy));
        QVERIFY(d().proceedToWizard());
        QCOMPARE(d().pageId(), int(CoveragePageId));
        QVERIFY(d().controller().isOnBehalf());
    }

    // Leaving mid-wizard keeps what was typed on the page and not yet confirmed, as closing the window does: it is
    // there again when the customer is opened again.
    void leavingKeepsThePagesUnconfirmedInputs()
    {
        QVERIFY(logInAgent());
        const QString policy = customers.at(2);
        QVERIFY(d().openCustomer(policy));
        QVERIFY(d().proceedToWizard());
        QVERIFY(d().reachPage(CustomerPaymentPageId));
        QVERIFY(d().typeInto("phoneEdit", QStringLiteral("090-1111-2222")));
        QVERIFY(d().typeInto("address2Edit", QStringLiteral("Room 5")));
        const QString renewalId = d().renewal().id;
        const QPointer<RenewalWizard> wizard = d().wizard();

        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        QVERIFY(d().pressKey(Qt::Key_N, Qt::AltModifier));
        QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("also on this page and not yet confirmed, is kept")));
        QTRY_VERIFY(!wizard);
        expectNothingOf(policy);
        const std::optional<Renewal> kept = d().serviceRenewal(renewalId);
        QVERIFY(kept);
        QVERIFY(!kept->isConfirmed(Step::Customer));
        const QJsonObject customer = kept->unconfirmedInputs.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(), QStringLiteral("090-1111-2222"));

        QVERIFY(d().openCustomer(policy));
        QVERIFY(d().proceedToWizard());
        QCOMPARE(d().pageId(), int(CustomerPaymentPageId));
        QCOMPARE(d().find<QLineEdit>("phoneEdit")->text(), QStringLiteral("090-1111-2222"));
        QCOMPARE(d().find<QLineEdit>("address2Edit")->text(), QStringLiteral("Room 5"));
    }

    // The app always sends the attestation the boxes record; a request without it (as another client might send)
    // is refused by the service with a message for the field, and nothing is confirmed.
    void serviceRefusesAMissingAttestation()
    {
        QVERIFY(logInAgent());
        QVERIFY(d().openCustomer(customers.at(3)));
        QVERIFY(d().proceedToWizard());
        std::optional<ApiError> refused;
        connect(d().controller().steps(), &StepSaver::stepFailed, this,
                [&refused](Step, const ApiError &error) { refused = error; });
        d().controller().confirmStep(Step::Preconfirm, {}); // what page 1 would send without agentAttested
        QTRY_VERIFY(refused.has_value());
        QCOMPARE(refused->status, 422);
        QVERIFY(!refused->fieldMessages().value(QStringLiteral("agentAttested")).isEmpty());
        QVERIFY(!d().renewal().isConfirmed(Step::Preconfirm));
        // Through the page, with the box: accepted.
        QVERIFY(d().passPage());
        QVERIFY(d().renewal().isConfirmed(Step::Preconfirm));
    }

    void guideBackReturnsToTheQueue()
    {
        QVERIFY(logInAgent());
        QVERIFY(d().openCustomer(customers.at(2)));
        QCOMPARE(d().find<QAbstractButton>("guideBackButton")->text(), QStringLiteral("&Back to the queue"));
        QVERIFY(d().click("guideBackButton"));
        expectNothingOf(customers.at(2));
    }

    // Five customers one after another, 次のお客さま after each; the walk for the last one's traces after each.
    void fiveCustomersInARow()
    {
        QVERIFY(logInAgent());
        for (const QString &policy : customers) {
            QVERIFY(d().openCustomer(policy));
            QVERIFY(d().proceedToWizard());
            QVERIFY(d().reachPage(CompletionPageId));
            QCOMPARE(d().thankYouMails(), int(customers.indexOf(policy)) + 1);
            QVERIFY(d().pressKey(Qt::Key_Return)); // the default button: 次のお客さま
            expectNothingOf(policy);
        }
        QCOMPARE(d().find<QListWidget>("completedToday")->count(), 5);
    }
};

QTEST_MAIN(TestAgentRenewal)
#include "tst_agent_renewal.moc"
