// The agent's keyboard: five customers renewed one after another from the queue with keys alone (a customer who
// changes nothing), the key presses counted and printed — from opening the customer to the completion page, and for
// the whole round from the empty search field to the next empty search field.
#include "support/AppDriver.h"
#include "ui/AgentDesk.h"
#include "ui/MainWindow.h"
#include "ui/MessageBoxes.h"
#include "ui/PdfViewer.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace clickar;

namespace {
const QStringList customers = {QStringLiteral("7023450030"), QStringLiteral("7023450027"), QStringLiteral("7023450022"),
                               QStringLiteral("7023450028"), QStringLiteral("7023450026")};
// Key presses after opening a customer who changes nothing: 55 today (one Space per box, the Tabs between them, an
// Enter per page, the licence month, the document). The aim is about 30 (docs/quality.md); this bound keeps what
// was reached from slipping back. KEYDEBUG=1 prints where the keys go.
constexpr int budget = 56;
} // namespace

class TestAgentKeyboard : public test::AppTestCase
{
    Q_OBJECT

    test::AppDriver &d() { return *m_app; }
    int m_keys = 0;

    bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_keys;
        return d().pressKey(key, modifiers);
    }
    bool typeText(const QString &text)
    {
        m_keys += static_cast<int>(text.size());
        return d().typeKeys(text);
    }
    // Tab until `widget` has the focus; counted.
    bool focusOn(QWidget *widget)
    {
        if (qEnvironmentVariableIsSet("KEYDEBUG"))
            qInfo("page %d: to %s from %s (%d)", d().pageId(), qPrintable(widget->objectName()),
                  QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "-", m_keys);
        for (int i = 0; widget && i < 30; ++i) {
            if (QApplication::focusWidget() == widget)
                return true;
            if (!press(Qt::Key_Tab))
                return false;
            if (qEnvironmentVariableIsSet("KEYDEBUG"))
                qInfo("   tab -> %s %s", QApplication::focusWidget()->metaObject()->className(),
                      qPrintable(QApplication::focusWidget()->objectName()));
        }
        qWarning("no focus on %s (focus: %s)", widget ? qPrintable(widget->objectName()) : "nothing",
                 QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->objectName()) : "nothing");
        return false;
    }
    bool tick(const char *name)
    {
        auto *box = d().find<QAbstractButton>(name);
        if (!box || !d().waitFor([box] { return box->isEnabled(); }) || !focusOn(box) || !press(Qt::Key_Space))
            return false;
        return box->isChecked();
    }
    // Enter: the wizard's default button (Next, or 申し込む on page 8).
    bool next(int expected)
    {
        if (!d().waitFor([this] { return d().next() && d().next()->isEnabled(); }) || !press(Qt::Key_Return))
            return false;
        return d().waitFor([this, expected] { return d().pageId() == expected; }, 20000);
    }
    bool waitForFocusIn(QWidget *area)
    {
        return d().waitFor([area] { return area && area->isAncestorOf(QApplication::focusWidget()); });
    }

    // One customer, keys only, from the queue's empty search field; the key presses after opening the customer.
    int renewWithKeys(const QString &policy)
    {
        auto *search = d().find<QLineEdit>("customerSearch");
        if (!d().waitFor([search] { return QApplication::focusWidget() == search; }))
            return -1;
        if (!typeText(policy) || !press(Qt::Key_Return)) // Enter opens the first (only) match once it is in
            return -1;
        if (!d().waitFor([this] { return d().screen() == QStringLiteral("guideScreen"); }))
            return -1;
        const int atOpening = m_keys;
        auto *proceed = d().find<QAbstractButton>("proceedButton");
        if (!d().waitFor([proceed] { return proceed->isEnabled(); }) || !focusOn(proceed) || !press(Qt::Key_Space))
            return -1;
        if (!d().waitFor([this] { return d().pageId() == PreConfirmationPageId; }))
            return -1;
        // 1 事前確認
        if (!tick("preconfirmChecked") || !tick("agentAttestation") || !next(BasicInfoPageId))
            return -1;
        // 2 ①契約基本情報: the driver range is confirmed with its question (Enter answers OK).
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        ++m_keys;
        if (!tick("driverRangeConfirmed") || !tick("basicConfirmed") || !next(CoveragePageId))
            return -1;
        // 3 ②補償内容
        if (!tick("coverageConfirmed") || !next(ContractDetailsPageId))
            return -1;
        // 4 ③契約詳細: the next licence renewal (not known to the service yet): a year later, January.
        auto *year = d().find<QComboBox>("nextLicenceYearCombo");
        auto *month = d().find<QComboBox>("nextLicenceMonthCombo");
        if (year->currentIndex() <= 0) {
            if (!focusOn(year) || !press(Qt::Key_Down) || !press(Qt::Key_Down) || !focusOn(month) ||
                !press(Qt::Key_Down))
                return -1;
        }
        if (!tick("detailsConfirmed") || !next(DecisionPageId))
            return -1;
        // 5 ④決定プラン, 6 お客さま情報・支払情報
        if (!tick("decisionConfirmed") || !next(CustomerPaymentPageId))
            return -1;
        if (!tick("customerConfirmed") || !next(DisclosurePageId))
            return -1;
        // 7 重要事項等確認: the document opened, Ctrl+End to its end, Esc back to the page.
        auto *page = qobject_cast<DisclosurePage *>(d().page());
        if (!focusOn(d().find<QWidget>("openDisclosureButton")) || !press(Qt::Key_Space) ||
            !d().waitFor([page] { return page->viewer() && page->viewer()->isLoaded(); }) ||
            !d().waitFor([page] { return page->viewer()->isActiveWindow(); }))
            return -1;
        if (!press(Qt::Key_End, Qt::ControlModifier) || !d().waitFor([page] { return page->hasReadToEnd(); }) ||
            !press(Qt::Key_Escape) || !d().waitFor([page] { return !page->viewer(); }) ||
            !d().waitFor([this] { return QApplication::activeWindow() == d().window(); }))
            return -1;
        if (!tick("eDeliveryConsent") || !tick("noticesConfirmed") || !tick("agentAttestation") ||
            !next(ApplicationPageId))
            return -1;
        // 8 お申込み: the first option of each choice (Tab goes from group to group), the attestation, Enter.
        for (const char *choice : {"driverCard0", "nextNotice0"}) {
            if (!tick(choice))
                return -1;
        }
        if (!tick("agentAttestation") || !next(CompletionPageId))
            return -1;
        const int afterOpening = m_keys - atOpening;
        // 9: Enter is 次のお客さま.
        if (!press(Qt::Key_Return) ||
            !d().waitFor([this] { return d().screen() == QStringLiteral("agentHomeScreen"); }))
            return -1;
        return afterOpening;
    }

private slots:
    void fiveCustomersWithTheKeyboardAlone()
    {
        QVERIFY(d().logIn(QStringLiteral("agent@example.jp"), QStringLiteral("Agent#2026")));
        QTRY_COMPARE(d().find<QAbstractItemView>("customerQueue")->model()->rowCount(), 30);
        for (const QString &policy : customers) {
            const int before = m_keys;
            const int keys = renewWithKeys(policy);
            QVERIFY2(keys > 0, qPrintable(QStringLiteral("the keyboard renewal of %1 stopped on %2, page %3")
                                              .arg(policy, d().screen())
                                              .arg(d().pageId())));
            qInfo("%s: %d key presses after opening the customer, %d for the whole round", qPrintable(policy), keys,
                  m_keys - before);
            QVERIFY2(keys <= budget, qPrintable(QStringLiteral("%1 key presses").arg(keys)));
            QTRY_VERIFY(!d().window()->servedPerson());
            QTRY_COMPARE(QApplication::focusWidget(), d().find<QWidget>("customerSearch"));
        }
        QCOMPARE(d().window()->agentDesk()->completed().size(), customers.size());
    }
};

QTEST_MAIN(TestAgentKeyboard)
#include "tst_agent_keyboard.moc"
