// What a screen reader gets: the accessibility tree (QAccessibleInterface) of every screen and wizard page, walked
// from the main window. Every interactive control and every object that can take the focus has a name; every field
// and combo box is labelled by its label (the buddy relation AT-SPI reports as labelled-by); every screen has a Tab
// stop (counted in the focus chain), MyPage after the renewal too; no link hides inside a label's text (the help
// dialog's websites are buttons). MyPage's contract list has a header over every column, its row buttons are push
// buttons of the tree in the Tab order, and each row starts with a Tab stop that names the whole contract.
#include "support/AppDriver.h"
#include "ui/ContractList.h"
#include "ui/HelpDialog.h"
#include "ui/MessageBoxes.h"
#include "wizard/RenewalWizard.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>

using namespace clickar;

class TestAccessibility : public test::AppTestCase
{
    Q_OBJECT

public:
    TestAccessibility()
        : test::AppTestCase(QStringLiteral("en"))
    {}

private:
    static bool interactive(QAccessible::Role role)
    {
        switch (role) {
        case QAccessible::PushButton:
        case QAccessible::CheckBox:
        case QAccessible::RadioButton:
        case QAccessible::ComboBox:
        case QAccessible::EditableText:
        case QAccessible::Link:
        case QAccessible::ButtonMenu:
        case QAccessible::SpinBox:
        case QAccessible::Slider:
            return true;
        default:
            return false;
        }
    }
    static QString describe(QAccessibleInterface *iface)
    {
        QObject *object = iface->object();
        return QStringLiteral("%1 (%2, role %3)")
            .arg(object ? object->objectName() : QStringLiteral("?"),
                 object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"))
            .arg(int(iface->role()));
    }
    // The problems under `iface`, only in what is shown and only in `scope` (the screen, not the mail panel).
    static void walk(QAccessibleInterface *iface, QWidget *scope, QStringList &problems, int depth = 0)
    {
        if (!iface || depth > 60 || iface->state().invisible)
            return;
        auto *widget = qobject_cast<QWidget *>(iface->object());
        const bool inScope = widget && (widget == scope || scope->isAncestorOf(widget));
        if (inScope && widget->isVisible()) {
            const bool focusable = (widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled();
            const QString name = iface->text(QAccessible::Name).trimmed();
            if ((interactive(iface->role()) || focusable) && name.isEmpty())
                problems.append(QStringLiteral("no name: ") + describe(iface));
            if ((iface->role() == QAccessible::EditableText || iface->role() == QAccessible::ComboBox) &&
                iface->relations(QAccessible::Label).isEmpty())
                problems.append(QStringLiteral("no label: ") + describe(iface));
            // A link in a label's rich text takes the focus, but a screen reader says nothing of it.
            if (auto *label = qobject_cast<QLabel *>(widget);
                label && label->text().contains(QStringLiteral("<a ")) &&
                (label->textInteractionFlags() & Qt::LinksAccessibleByKeyboard))
                problems.append(QStringLiteral("a link inside a label: ") + describe(iface));
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), scope, problems, depth + 1);
    }
    // The names in the accessibility tree under `iface` (cells and headers included).
    static void names(QAccessibleInterface *iface, QHash<QString, QAccessible::Role> &found, int depth = 0)
    {
        if (!iface || depth > 60)
            return;
        found.insert(iface->text(QAccessible::Name).trimmed(), iface->role());
        for (int i = 0; i < iface->childCount(); ++i)
            names(iface->child(i), found, depth + 1);
    }
    // MyPage's list: a header over every column, each row button a named push button of the tree, and each row
    // started by a Tab stop whose name says every column of the contract.
    static void checkContracts(QWidget *scope, QStringList &problems)
    {
        auto *list = scope->findChild<ContractList *>(QStringLiteral("contractsTable"));
        if (!list || !list->isVisible())
            return;
        QHash<QString, QAccessible::Role> found;
        names(QAccessible::queryAccessibleInterface(list), found);
        QStringList headers;
        for (int column = 0; column < ContractList::ColumnCount; ++column) {
            auto *header = list->findChild<QLabel *>(QStringLiteral("contractsHeader%1").arg(column));
            headers.append(header ? header->text().trimmed() : QString());
            if (headers.last().isEmpty() || found.value(headers.last()) != QAccessible::StaticText)
                problems.append(QStringLiteral("no header on column %1").arg(column));
        }
        for (const QPushButton *button : list->findChildren<QPushButton *>()) {
            if (button->accessibleName().isEmpty() || found.value(button->accessibleName()) != QAccessible::PushButton)
                problems.append(QStringLiteral("not in the accessibility tree: ") + button->objectName());
        }
        for (int row = 0; row < list->rowCount(); ++row) {
            QLabel *heading = list->rowHeading(row);
            const QString name = heading->accessibleName();
            bool complete = (heading->focusPolicy() & Qt::TabFocus) && found.contains(name);
            for (int column = 0; column < ContractList::ActionColumn; ++column)
                complete = complete && name.contains(headers.at(column));
            if (!complete || !name.contains(list->text(row, ContractList::PolicyColumn)))
                problems.append(QStringLiteral("row %1 does not say its contract: ").arg(row) + name);
        }
    }
    bool checkWidget(const QString &what, QWidget *root, QWidget *scope)
    {
        QStringList problems;
        walk(QAccessible::queryAccessibleInterface(root), scope, problems);
        checkContracts(scope, problems);
        int tabStops = 0;
        for (QWidget *w : scope->findChildren<QWidget *>())
            tabStops += (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(scope) && w->isEnabled() ? 1 : 0;
        if (tabStops == 0)
            problems.append(QStringLiteral("no Tab stop"));
        if (!problems.isEmpty())
            qWarning().noquote() << what << ":\n  " << problems.join(QStringLiteral("\n  "));
        return problems.isEmpty();
    }
    bool checkScreen(const QString &what)
    {
        QWidget *scope = m_app->window()->currentScreen();
        if (m_app->wizard() && scope == m_app->wizard())
            scope = m_app->page();
        return checkWidget(what, m_app->window(), scope);
    }
    // The help dialog of the current page, with its contacts loaded.
    bool checkHelp(const QString &what)
    {
        if (!m_app->click(m_app->wizard()->button(QWizard::HelpButton)))
            return false;
        HelpDialog *dialog = nullptr;
        if (!test::AppDriver::waitFor([&] {
                dialog = m_app->wizard()->findChild<HelpDialog *>(QStringLiteral("helpDialog"));
                return dialog && dialog->isVisible() &&
                       dialog->findChild<QPushButton *>(QStringLiteral("insurerWebsite"));
            })) {
            qWarning("the help dialog shows no website");
            return false;
        }
        const bool ok = checkWidget(what, dialog, dialog);
        return m_app->click(dialog->findChild<QPushButton *>(QStringLiteral("helpCloseButton"))) && ok;
    }

private slots:
    void everyScreenIsNamedAndLabelled()
    {
        bool ok = checkScreen(QStringLiteral("login"));
        QVERIFY(m_app->submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
        ok = checkScreen(QStringLiteral("one-time password")) && ok;
        QVERIFY(m_app->enterOtp());
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
        QTRY_VERIFY(m_app->find<QWidget>("contractsTable")->isVisible());
        ok = checkScreen(QStringLiteral("MyPage")) && ok;
        QVERIFY(m_app->openGuide());
        ok = checkScreen(QStringLiteral("guide")) && ok;
        QVERIFY(m_app->proceedToWizard());
        for (int id = PreConfirmationPageId; id <= CompletionPageId; ++id) {
            QTRY_COMPARE(m_app->pageId(), id);
            if (id == DisclosurePageId)
                QVERIFY(m_app->readDisclosureToEnd());
            ok = checkScreen(QStringLiteral("page %1").arg(id)) && ok;
            if (id == PreConfirmationPageId)
                ok = checkHelp(QStringLiteral("help")) && ok;
            if (id < CompletionPageId)
                QVERIFY(m_app->passPage());
        }
        // Back at MyPage with the contract renewed: no button in the list, still a Tab stop.
        QVERIFY(m_app->click(m_app->wizard()->button(QWizard::FinishButton)));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("myPageScreen"));
        auto *table = m_app->find<ContractList>("contractsTable");
        QTRY_VERIFY(table->isVisible() && table->rowCount() > 0 && !table->findChild<QPushButton *>());
        ok = checkScreen(QStringLiteral("MyPage after the renewal")) && ok;
        QVERIFY2(ok, "see the warnings above");
    }

    // A renewal under way: MyPage opens on its 「続きから」, Tab goes on to 「更新のご案内」, and Shift+Tab back to the
    // row's start, which names the contract and takes Return for the row's first button.
    void theRowButtonsAreInTheTabOrder()
    {
        QVERIFY(m_app->openWizardAfter(Step::Basic));
        const QString policy = m_app->prepared().policyNumber;
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        m_app->find<QAction>("logoutAction")->trigger();
        QTRY_COMPARE(m_app->screen(), QStringLiteral("loginScreen"));
        QVERIFY(m_app->logIn(QStringLiteral("tanaka@example.jp")));
        QPointer<QPushButton> resume;
        QTRY_VERIFY(resume = m_app->window()->findChild<QPushButton *>(QStringLiteral("continueButton_") + policy));
        auto *guide = m_app->find<QPushButton>(qPrintable(QStringLiteral("renewButton_") + policy));
        QVERIFY(guide);
        QTRY_COMPARE(QApplication::focusWidget(), resume.get());
        QVERIFY(checkScreen(QStringLiteral("MyPage with a renewal under way")));

        QVERIFY(m_app->pressKey(Qt::Key_Tab));
        QCOMPARE(QApplication::focusWidget(), guide);
        QVERIFY(m_app->pressKey(Qt::Key_Backtab));
        QVERIFY(m_app->pressKey(Qt::Key_Backtab));
        auto *list = m_app->find<ContractList>("contractsTable");
        QCOMPARE(QApplication::focusWidget(), list->rowHeading(0));
        const QAccessibleInterface *focused = QAccessible::queryAccessibleInterface(QApplication::focusWidget());
        QVERIFY2(focused->text(QAccessible::Name).contains(policy) &&
                     focused->text(QAccessible::Name).contains(QStringLiteral("In progress (3/9)")),
                 qPrintable(focused->text(QAccessible::Name)));
        QVERIFY(m_app->pressKey(Qt::Key_Return));
        QTRY_COMPARE(m_app->pageId(), int(CoveragePageId));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
