// Closing loses nothing: what was typed on a page but not confirmed is kept with the draft when the window is
// closed or 中断する is pressed (PUT /renewals/{id}/inputs/{step}), MyPage then shows the contract as
// 「手続き中（n/9）」 with 「続きから」, which opens the wizard at that page with the inputs back; while the
// application is on its way, closing waits for its answer.
#include "support/AppDriver.h"
#include "ui/ContractList.h"

#include <QStatusBar>

using namespace clickar;

class TestCloseKeepsInputs : public test::AppTestCase
{
    Q_OBJECT

public:
    TestCloseKeepsInputs()
        : test::AppTestCase(QStringLiteral("en"))
    {}

private:
    // MyPage has shown the contracts it reloaded (the table is rebuilt then, its buttons with it).
    bool myPageLoaded()
    {
        return m_app->waitFor([&] {
            auto *progress = m_app->window()->findChild<QWidget *>(QStringLiteral("contractsProgress"));
            return m_app->screen() == QStringLiteral("myPageScreen") && progress && !progress->isVisible();
        });
    }
    // The status shown on MyPage for the prepared contract.
    QString myPageStatus()
    {
        auto *table = m_app->find<ContractList>("contractsTable");
        for (int row = 0; table && row < table->rowCount(); ++row) {
            if (table->text(row, ContractList::PolicyColumn) == m_app->prepared().policyNumber)
                return table->text(row, ContractList::StatusColumn);
        }
        return {};
    }
    bool continueFromMyPage(int expectedPage)
    {
        const QString button = QStringLiteral("continueButton_") + m_app->prepared().policyNumber;
        return myPageLoaded() &&
               m_app->waitFor([&] { return m_app->window()->findChild<QPushButton *>(button) != nullptr; }) &&
               m_app->click(qPrintable(button)) && m_app->waitFor([&] { return m_app->pageId() == expectedPage; });
    }

private slots:
    void closingTheWindowKeepsWhatWasTyped()
    {
        QVERIFY(m_app->openWizardAfter(Step::Decision));
        QCOMPARE(m_app->pageId(), int(CustomerPaymentPageId));
        QVERIFY(m_app->typeInto("postalCodeEdit", QStringLiteral("100-0001")));
        QVERIFY(m_app->typeInto("phoneEdit", QStringLiteral("090-1111-2222")));
        QVERIFY(m_app->typeInto("address2Edit", QStringLiteral("Room 5")));
        m_app->window()->close(); // as the window manager's close button or Alt+F4
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->window()->isVisible(), 15000);
        const std::optional<Renewal> kept = m_app->serviceRenewal(m_app->prepared().id);
        QVERIFY(kept);
        QVERIFY(!kept->isConfirmed(Step::Customer));
        const QJsonObject customer = kept->unconfirmedInputs.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("postalCode")).toString(), QStringLiteral("100-0001"));
        QCOMPARE(customer.value(QStringLiteral("phone")).toString(), QStringLiteral("090-1111-2222"));

        // Next time: MyPage says where the renewal stands, 「続きから」 brings the page back as it was left.
        QVERIFY(m_app->startApp(QStringLiteral("en")));
        QVERIFY(m_app->logIn(QStringLiteral("tanaka@example.jp")));
        QVERIFY(myPageLoaded());
        QTRY_COMPARE(myPageStatus(), QStringLiteral("In progress (6/9)"));
        QVERIFY(continueFromMyPage(CustomerPaymentPageId));
        QCOMPARE(m_app->find<QLineEdit>("postalCodeEdit")->text(), QStringLiteral("100-0001"));
        QCOMPARE(m_app->find<QLineEdit>("phoneEdit")->text(), QStringLiteral("090-1111-2222"));
        QCOMPARE(m_app->find<QLineEdit>("address2Edit")->text(), QStringLiteral("Room 5"));
        // Confirming the page sends them; what was kept is dropped then.
        QVERIFY(m_app->passPage());
        QVERIFY(!m_app->serviceRenewal()->unconfirmedInputs.contains(QStringLiteral("customer")));
    }

    void interruptSaysTheProgressIsSaved()
    {
        QVERIFY(m_app->openWizardAfter(Step::Coverage));
        QCOMPARE(m_app->pageId(), int(ContractDetailsPageId));
        QVERIFY(m_app->typeInto("youngestBirthDateEdit", QStringLiteral("1990/04"))); // not a whole date yet
        QVERIFY(m_app->click(m_app->wizard()->button(QWizard::CancelButton)));
        QVERIFY(myPageLoaded());
        QTRY_VERIFY(m_app->find<QLabel>("myPageNotice")->isVisible());
        QVERIFY(m_app->text("myPageNotice").contains(QStringLiteral("saved")));
        QTRY_COMPARE(myPageStatus(), QStringLiteral("In progress (4/9)"));
        QVERIFY(continueFromMyPage(ContractDetailsPageId));
        QCOMPARE(m_app->find<QLineEdit>("youngestBirthDateEdit")->text(), QStringLiteral("1990/04"));
        QVERIFY(!m_app->find<QLabel>("myPageNotice")->isVisible());
    }

    void closingWaitsForTheApplicationOnItsWay()
    {
        QVERIFY(m_app->openWizardAfter(Step::Disclosure));
        QCOMPARE(m_app->pageId(), int(ApplicationPageId));
        QVERIFY(m_app->fillPage());
        m_app->appClient().setExtraHeader("X-Mock-Fault", "latency=1500");
        QVERIFY(m_app->click(m_app->next()));
        m_app->appClient().setExtraHeader("X-Mock-Fault", {});
        QVERIFY(m_app->controller().isSubmitting());
        m_app->window()->close();
        QVERIFY(m_app->window()->isVisible()); // waits for the answer, and says so
        QVERIFY(m_app->window()->statusBar()->currentMessage().contains(QStringLiteral("being sent")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app->window()->isVisible(), 15000);
        QCOMPARE(m_app->serviceRenewal(m_app->prepared().id)->status, QStringLiteral("submitted"));
    }
};

QTEST_MAIN(TestCloseKeepsInputs)
#include "tst_close_keeps_inputs.moc"
