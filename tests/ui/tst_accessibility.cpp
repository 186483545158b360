// What a screen reader gets: the accessibility tree (QAccessibleInterface) of every screen and wizard page, walked
// from the main window. Every interactive control and every object that can take the focus has a name; every field
// and combo box is labelled by its label (the buddy relation AT-SPI reports as labelled-by); every screen has a Tab
// stop (counted in the focus chain: MyPage's row buttons are cell widgets, which Qt's table does not expose as
// children in the accessibility tree).
#include "support/AppDriver.h"

#include <QAccessible>

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
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), scope, problems, depth + 1);
    }
    bool checkScreen(const QString &what)
    {
        QWidget *scope = m_app->window()->currentScreen();
        if (m_app->wizard() && scope == m_app->wizard())
            scope = m_app->page();
        QStringList problems;
        walk(QAccessible::queryAccessibleInterface(m_app->window()), scope, problems);
        int tabStops = 0;
        for (QWidget *w : scope->findChildren<QWidget *>())
            tabStops += (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(scope) && w->isEnabled() ? 1 : 0;
        if (tabStops == 0)
            problems.append(QStringLiteral("no Tab stop"));
        if (!problems.isEmpty())
            qWarning().noquote() << what << ":\n  " << problems.join(QStringLiteral("\n  "));
        return problems.isEmpty();
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
            if (id < CompletionPageId)
                QVERIFY(m_app->passPage());
        }
        QVERIFY2(ok, "see the warnings above");
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
