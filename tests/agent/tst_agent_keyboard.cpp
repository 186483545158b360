// The agent's keyboard: five customers renewed one after another from the queue with keys alone (a customer who
// changes nothing), 次のお客さま by the completion page's default button (Return) or Alt+N, and after each the
// walk for every trace of the customer. The key presses are counted (a chord such as Alt+C as one) and printed —
// from opening the customer to the completion page, and for the whole round from the empty search field to the next
// empty search field. Every box, choice and button of a step has a visible mnemonic, none used twice on a screen, in
// Japanese and English.
#include "support/AppDriver.h"
#include "support/CustomerTraces.h"
#include "ui/AgentDesk.h"
#include "ui/MainWindow.h"
#include "ui/MessageBoxes.h"
#include "ui/PdfViewer.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace clickar;

namespace {
const QStringList customers = {QStringLiteral("7023450030"), QStringLiteral("7023450027"), QStringLiteral("7023450022"),
                               QStringLiteral("7023450028"), QStringLiteral("7023450026")};
// Key presses after opening a customer who changes nothing (docs/product.md "Keys"): one chord per box and choice,
// Return per page, the licence month (Down, Tab, End), the document (Alt+O, Ctrl+End, Esc) — 30.
// KEYDEBUG=1 prints where the keys go.
constexpr int budget = 30;

// The Alt+letter of a text with a mnemonic (「確認しました(&C)」, "The above is &correct"); empty if it has none.
QKeySequence mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text);
}
} // namespace

class TestAgentKeyboard : public test::AppTestCase
{
    Q_OBJECT

    test::AppDriver &d() { return *m_app; }
    int m_keys = 0;

    bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_keys;
        if (qEnvironmentVariableIsSet("KEYDEBUG"))
            qInfo("  key %s on page %d (%d)", qPrintable(QKeySequence(key | modifiers).toString()), d().pageId(),
                  m_keys);
        return d().pressKey(key, modifiers);
    }
    bool typeText(const QString &text)
    {
        m_keys += static_cast<int>(text.size());
        return d().typeKeys(text);
    }
    // One chord, Alt+`letter`, ticks the box or chooses the option `name` of the current page.
    bool chord(const char *name, Qt::Key letter)
    {
        auto *button = d().page() ? d().page()->findChild<QAbstractButton *>(QString::fromLatin1(name)) : nullptr;
        if (!button || !d().waitFor([button] { return button->isEnabled(); }))
            return false;
        if (mnemonicOf(button->text()) != QKeySequence(Qt::ALT | letter)) {
            qWarning("%s shows no Alt+%c: %s", name, char(letter), qPrintable(button->text()));
            return false;
        }
        if (!press(letter, Qt::AltModifier))
            return false;
        return button->isChecked(); // at once: the Return typed right after it finds the page complete
    }
    // Return: the wizard's default button (Next, or 申し込む on page 8).
    bool next(int expected)
    {
        if (!d().waitFor([this] { return d().next() && d().next()->isEnabled(); }) || !press(Qt::Key_Return))
            return false;
        return d().waitFor([this, expected] { return d().pageId() == expected; }, 20000);
    }
    bool focusIs(QWidget *widget)
    {
        return d().waitFor([widget] { return widget && QApplication::focusWidget() == widget; });
    }

    // One customer, keys only, from the queue's empty search field; the key presses after opening the customer.
    int renewWithKeys(const QString &policy, bool altN)
    {
        auto *search = d().find<QLineEdit>("customerSearch");
        if (!focusIs(search))
            return -1;
        auto *queue = d().find<QAbstractItemView>("customerQueue");
        if (!typeText(policy) || !d().waitFor([queue] { return queue->model()->rowCount() == 1; }) ||
            !press(Qt::Key_Return)) // Enter opens the first (only) match
            return -1;
        if (!d().waitFor([this] { return d().screen() == QStringLiteral("guideScreen"); }))
            return -1;
        const int atOpening = m_keys;
        // The guide: 「更新手続きへ進む(&P)」.
        auto *proceed = d().find<QAbstractButton>("proceedButton");
        if (!d().waitFor([proceed] { return proceed->isEnabled(); }) ||
            mnemonicOf(proceed->text()) != QKeySequence(Qt::ALT | Qt::Key_P) || !press(Qt::Key_P, Qt::AltModifier))
            return -1;
        if (!d().waitFor([this] { return d().pageId() == PreConfirmationPageId; }))
            return -1;
        // 1 事前確認
        if (!chord("preconfirmChecked", Qt::Key_C) || !chord("agentAttestation", Qt::Key_A) || !next(BasicInfoPageId))
            return -1;
        // 2 ①契約基本情報: the driver range is confirmed with its question (Return answers OK).
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        ++m_keys;
        if (!chord("driverRangeConfirmed", Qt::Key_D) || !chord("basicConfirmed", Qt::Key_C) || !next(CoveragePageId))
            return -1;
        // 3 ②補償内容
        if (!chord("coverageConfirmed", Qt::Key_C) || !next(ContractDetailsPageId))
            return -1;
        // 4 ③契約詳細: the next licence renewal (not known to the service yet), where the page opens: the first year
        // offered (Down), December (Tab, End) — a month of the first year is always after the new term's start.
        auto *year = d().find<QComboBox>("nextLicenceYearCombo");
        auto *month = d().find<QComboBox>("nextLicenceMonthCombo");
        if (year->currentIndex() <= 0) {
            if (!focusIs(year) || !press(Qt::Key_Down) || !press(Qt::Key_Tab) || !focusIs(month) || !press(Qt::Key_End))
                return -1;
        }
        if (!chord("detailsConfirmed", Qt::Key_C) || !next(DecisionPageId))
            return -1;
        // 5 ④決定プラン, 6 お客さま情報・支払情報
        if (!chord("decisionConfirmed", Qt::Key_C) || !next(CustomerPaymentPageId))
            return -1;
        if (!chord("customerConfirmed", Qt::Key_C) || !next(DisclosurePageId))
            return -1;
        // 7 重要事項等確認: the document opened (Alt+O), Ctrl+End to its end, Esc back to the page.
        auto *page = qobject_cast<DisclosurePage *>(d().page());
        auto *open = d().find<QAbstractButton>("openDisclosureButton");
        if (mnemonicOf(open->text()) != QKeySequence(Qt::ALT | Qt::Key_O) || !press(Qt::Key_O, Qt::AltModifier) ||
            !d().waitFor([page] { return page->viewer() && page->viewer()->isLoaded(); }) ||
            !d().waitFor([page] { return page->viewer()->isActiveWindow(); }))
            return -1;
        if (!press(Qt::Key_End, Qt::ControlModifier) || !d().waitFor([page] { return page->hasReadToEnd(); }) ||
            !press(Qt::Key_Escape) || !d().waitFor([page] { return !page->viewer(); }) ||
            !d().waitFor([this] { return QApplication::activeWindow() == d().window(); }))
            return -1;
        if (!chord("eDeliveryConsent", Qt::Key_E) || !chord("noticesConfirmed", Qt::Key_C) ||
            !chord("agentAttestation", Qt::Key_A) || !next(ApplicationPageId))
            return -1;
        // 8 お申込み: ドライバーカード 必要 (Alt+R), ご案内 Web・メール (Alt+W), the attestation, Return applies.
        if (!chord("driverCard0", Qt::Key_R) || !chord("nextNotice0", Qt::Key_W) ||
            !chord("agentAttestation", Qt::Key_A) || !next(CompletionPageId))
            return -1;
        const int afterOpening = m_keys - atOpening;
        // 9: 次のお客さま, the default button (Return) or Alt+N in the top bar.
        if (!(altN ? press(Qt::Key_N, Qt::AltModifier) : press(Qt::Key_Return)) ||
            !d().waitFor([this] { return d().screen() == QStringLiteral("agentHomeScreen"); }))
            return -1;
        return afterOpening;
    }

    // The Alt+ shortcuts shown on the window now — mnemonics of its visible buttons, boxes and labels, and its
    // actions' shortcuts — each with what shows it.
    QMultiMap<QKeySequence, QString> altShortcuts()
    {
        QMultiMap<QKeySequence, QString> shortcuts;
        QWidget *window = d().window();
        const auto add = [&shortcuts](const QKeySequence &key, const QString &what) {
            if (!key.isEmpty() && (key[0].keyboardModifiers() & Qt::AltModifier))
                shortcuts.insert(key, what);
        };
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(mnemonicOf(button->text()), button->objectName() + QLatin1Char(' ') + button->text());
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                add(mnemonicOf(box->title()), box->title());
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                add(mnemonicOf(label->text()), label->text());
        }
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->isVisible())
                add(action->shortcut(), action->objectName());
        }
        return shortcuts;
    }
    // No Alt+ shortcut twice on the window, and every box and choice of the page has one — but page 3's plans, named
    // by the service and chosen with the arrow keys in their comparison.
    bool checkShortcuts(const QString &where)
    {
        const QMultiMap<QKeySequence, QString> shortcuts = altShortcuts();
        bool ok = true;
        for (const QKeySequence &key : shortcuts.uniqueKeys()) {
            if (shortcuts.count(key) > 1) {
                qWarning("%s: %s twice: %s", qPrintable(where), qPrintable(key.toString()),
                         qPrintable(shortcuts.values(key).join(QStringLiteral(" | "))));
                ok = false;
            }
        }
        QWidget *screen = d().wizard() && d().window()->currentScreen() == d().wizard() ? d().page() : nullptr;
        for (QAbstractButton *box : screen ? screen->findChildren<QAbstractButton *>() : QList<QAbstractButton *>()) {
            const bool plan = box->parentWidget() && box->parentWidget()->inherits("clickar::PlanComparison");
            if ((qobject_cast<QCheckBox *>(box) || qobject_cast<QRadioButton *>(box)) && box->isVisible() && !plan &&
                mnemonicOf(box->text()).isEmpty()) {
                qWarning("%s: %s has no mnemonic: %s", qPrintable(where), qPrintable(box->objectName()),
                         qPrintable(box->text()));
                ok = false;
            }
        }
        return ok;
    }

private slots:
    void fiveCustomersWithTheKeyboardAlone()
    {
        QVERIFY(d().logIn(QStringLiteral("agent@example.jp"), QStringLiteral("Agent#2026")));
        QTRY_COMPARE(d().find<QAbstractItemView>("customerQueue")->model()->rowCount(), 30);
        for (const QString &policy : customers) {
            const int before = m_keys;
            const bool altN = customers.indexOf(policy) % 2 == 1;
            const int keys = renewWithKeys(policy, altN);
            QVERIFY2(keys > 0, qPrintable(QStringLiteral("the keyboard renewal of %1 stopped on %2, page %3")
                                              .arg(policy, d().screen())
                                              .arg(d().pageId())));
            qInfo("%s: %d key presses after opening the customer, %d for the whole round", qPrintable(policy), keys,
                  m_keys - before);
            QVERIFY2(keys <= budget, qPrintable(QStringLiteral("%1 key presses").arg(keys)));
            // Back at the queue, nothing of the customer anywhere, the search field empty and holding the focus.
            QTRY_VERIFY(!d().window()->servedPerson());
            QTRY_COMPARE(QApplication::focusWidget(), d().find<QWidget>("customerSearch"));
            QVERIFY(d().find<QLineEdit>("customerSearch")->text().isEmpty());
            QTRY_COMPARE(d().find<QAbstractItemView>("customerQueue")->model()->rowCount(), 30);
            const QList<test::Trace> traces = test::customerTraces(d(), test::customerEmail(policy));
            QVERIFY2(traces.isEmpty(), qPrintable(test::TraceWalker::describe(traces, 50)));
        }
        QCOMPARE(d().window()->agentDesk()->completed().size(), customers.size());
    }

    void mnemonicsAreUniqueOnEveryScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            QTest::addRow("agent %s", qPrintable(language))
                << language << QStringLiteral("agent@example.jp") << QStringLiteral("Agent#2026");
            QTest::addRow("policyholder %s", qPrintable(language))
                << language << QStringLiteral("tanaka@example.jp") << test::demoPassword;
        }
    }

    void mnemonicsAreUniqueOnEveryScreen()
    {
        QFETCH(QString, language);
        QFETCH(QString, email);
        QFETCH(QString, password);
        m_app.emplace();
        QVERIFY(d().startApp(language));
        QVERIFY(d().logIn(email, password));
        const bool agent = email.startsWith(QStringLiteral("agent"));
        QVERIFY(checkShortcuts(agent ? QStringLiteral("queue") : QStringLiteral("MyPage")));
        QVERIFY(agent ? d().openCustomer(customers.first()) : d().openGuide());
        QVERIFY(checkShortcuts(QStringLiteral("guide")));
        QVERIFY(d().proceedToWizard());
        for (int page = PreConfirmationPageId; page <= CompletionPageId; ++page) {
            QVERIFY(d().reachPage(page));
            QVERIFY(checkShortcuts(QStringLiteral("page %1").arg(page)));
        }
    }
};

QTEST_MAIN(TestAgentKeyboard)
#include "tst_agent_keyboard.moc"
