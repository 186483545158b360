// Every validated field of pages 4 and 6 typed as a person types — focused with a click, then one key at a time
// to whatever has the focus — in the full main window with the demo mail panel: each field keeps the focus and
// the whole value, while its validity (and with it Next) changes under the typing, and ticking the page's box
// leaves the focus on the box.
#include "support/AppDriver.h"
#include "ui/MailPanel.h"

#include <QApplication>

using namespace clickar;

class TestTypedInput : public test::AppTestCase
{
    Q_OBJECT

private:
    // The focus after the last key is where the person left it: on `widget`.
    static bool hasFocus(QWidget *widget) { return QApplication::focusWidget() == widget; }

private slots:
    void page4BirthDateTypedKeyByKey()
    {
        QVERIFY(m_app->openWizardAfter(Step::Coverage));
        QCOMPARE(m_app->pageId(), int(ContractDetailsPageId));
        m_app->chooseLicenceMonth(m_app->renewal().newPeriod.start.addYears(1));
        auto *birth = m_app->find<QLineEdit>("youngestBirthDateEdit");
        // Valid → invalid (partial) → valid again as the keys arrive: Next goes off and on meanwhile.
        QVERIFY(m_app->typeInto(birth, QStringLiteral("1985/07/07")));
        QVERIFY(hasFocus(birth));
        QVERIFY(m_app->check("detailsConfirmed"));
        QVERIFY(hasFocus(m_app->find<QCheckBox>("detailsConfirmed")));
        QVERIFY(m_app->next()->isEnabled());
        QVERIFY(m_app->typeInto(birth, QStringLiteral("1990/04/01")));
        QVERIFY(m_app->next()->isEnabled());
        QVERIFY(m_app->clickNext(DecisionPageId));
        QCOMPARE(m_app->serviceRenewal()->drivers.youngest->birthDate, QDate(1990, 4, 1));
    }

    void page6FieldsTypedKeyByKey()
    {
        QVERIFY(m_app->openWizardAfter(Step::Decision));
        QCOMPARE(m_app->pageId(), int(CustomerPaymentPageId));
        QVERIFY(m_app->check("customerConfirmed"));
        QVERIFY(hasFocus(m_app->find<QCheckBox>("customerConfirmed")));
        const struct
        {
            const char *field;
            QString value;
        } fields[] = {{"postalCodeEdit", QStringLiteral("100-0001")},
                      {"address1Edit", QStringLiteral("千代田区千代田1-1")},
                      {"address2Edit", QStringLiteral("サンプルハイツ101")},
                      {"phoneEdit", QStringLiteral("090-1234-5678")},
                      {"employeeNumberEdit", QStringLiteral("S-123456")}};
        for (const auto &f : fields) {
            auto *edit = m_app->find<QLineEdit>(f.field);
            QVERIFY2(m_app->typeInto(edit, f.value), f.field);
            QVERIFY2(hasFocus(edit), f.field);
            QVERIFY2(m_app->next()->isEnabled(), f.field);
        }
        QVERIFY(m_app->clickNext(DisclosurePageId));
        const Customer saved = m_app->serviceRenewal()->customer;
        QCOMPARE(saved.postalCode, QStringLiteral("100-0001"));
        QCOMPARE(saved.address1, QStringLiteral("千代田区千代田1-1"));
        QCOMPARE(saved.phone, QStringLiteral("090-1234-5678"));
        QCOMPARE(saved.employeeNumber, QStringLiteral("S-123456"));
    }

    void everyPagesBoxKeepsTheFocus()
    {
        // Ticking the box (or choosing the option) that enables Next, on every page: the focus stays on it.
        QVERIFY(m_app->openWizard(QStringLiteral("tanaka@example.jp")));
        for (int id = PreConfirmationPageId; id <= ApplicationPageId; ++id) {
            QTRY_COMPARE(m_app->pageId(), id);
            if (id == DisclosurePageId) { // the document read to its end and closed (Esc) first
                QVERIFY(m_app->readDisclosureToEnd());
                QTRY_VERIFY(QApplication::activeWindow() != m_app->window());
                QVERIFY(m_app->pressKey(Qt::Key_Escape));
                QTRY_COMPARE(QApplication::activeWindow(), m_app->window());
            }
            QVERIFY(m_app->fillPage());
            QVERIFY2(m_app->next()->isEnabled(), qPrintable(QStringLiteral("page %1").arg(id)));
            auto *box = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
            QVERIFY2(box && box->isChecked() && m_app->page()->isAncestorOf(box),
                     qPrintable(QStringLiteral("page %1: the focus is on %2")
                                    .arg(id)
                                    .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                                     : QString())));
            if (id < ApplicationPageId)
                QVERIFY(m_app->clickNext(id + 1));
        }
    }

    void tabLeavesAFieldForTheNextOne()
    {
        QVERIFY(m_app->openWizardAfter(Step::Decision));
        auto *postal = m_app->find<QLineEdit>("postalCodeEdit");
        QVERIFY(m_app->typeInto(postal, QStringLiteral("１５０ー０００１")));
        QVERIFY(m_app->pressKey(Qt::Key_Tab));
        QCOMPARE(postal->text(), QStringLiteral("150-0001")); // normalised when the field is left
        QCOMPARE(QApplication::focusWidget(), m_app->find<QComboBox>("prefectureCombo"));
        QVERIFY(m_app->tabTo(m_app->find<QLineEdit>("phoneEdit")));
        QVERIFY(m_app->typeKeys(QStringLiteral("03-1234-5678")));
        QCOMPARE(m_app->find<QLineEdit>("phoneEdit")->text(), QStringLiteral("03-1234-5678"));
    }
};

QTEST_MAIN(TestTypedInput)
#include "tst_typed_input.moc"
