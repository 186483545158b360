// Every validated field of pages 4 and 6 typed as a person types — focused with a click, then one key at a time
// to whatever has the focus — in the full main window with the demo mail panel: each field keeps the focus and
// the whole value, while its validity (and with it Next) changes under the typing, and ticking the page's box
// leaves the focus on the box.
#include "support/AppDriver.h"
#include "ui/MailPanel.h"

#include <QApplication>

using namespace clickar;

class TestTypedInput : public QObject
{
    Q_OBJECT

private:
    std::optional<test::AppDriver> d;

    // The focus after the last key is where the person left it: on `widget`.
    static bool hasFocus(QWidget *widget) { return QApplication::focusWidget() == widget; }

private slots:
    void init()
    {
        d.emplace();
        QVERIFY(d->startApp());
        QVERIFY(d->mailPanel() && d->mailPanel()->isVisible());
    }
    void cleanup() { d.reset(); }

    void page4BirthDateTypedKeyByKey()
    {
        QVERIFY(d->openWizardAfter(Step::Coverage));
        QCOMPARE(d->pageId(), int(ContractDetailsPageId));
        d->chooseLicenceMonth(d->renewal().newPeriod.start.addYears(1));
        auto *birth = d->find<QLineEdit>("youngestBirthDateEdit");
        // Valid → invalid (partial) → valid again as the keys arrive: Next goes off and on meanwhile.
        QVERIFY(d->typeInto(birth, QStringLiteral("1985/07/07")));
        QVERIFY(hasFocus(birth));
        QVERIFY(d->check("detailsConfirmed"));
        QVERIFY(hasFocus(d->find<QCheckBox>("detailsConfirmed")));
        QVERIFY(d->next()->isEnabled());
        QVERIFY(d->typeInto(birth, QStringLiteral("1990/04/01")));
        QVERIFY(d->next()->isEnabled());
        QVERIFY(d->clickNext(DecisionPageId));
        QCOMPARE(d->serviceRenewal()->drivers.youngest->birthDate, QDate(1990, 4, 1));
    }

    void page6FieldsTypedKeyByKey()
    {
        QVERIFY(d->openWizardAfter(Step::Decision));
        QCOMPARE(d->pageId(), int(CustomerPaymentPageId));
        QVERIFY(d->check("customerConfirmed"));
        QVERIFY(hasFocus(d->find<QCheckBox>("customerConfirmed")));
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
            auto *edit = d->find<QLineEdit>(f.field);
            QVERIFY2(d->typeInto(edit, f.value), f.field);
            QVERIFY2(hasFocus(edit), f.field);
            QVERIFY2(d->next()->isEnabled(), f.field);
        }
        QVERIFY(d->clickNext(DisclosurePageId));
        const Customer saved = d->serviceRenewal()->customer;
        QCOMPARE(saved.postalCode, QStringLiteral("100-0001"));
        QCOMPARE(saved.address1, QStringLiteral("千代田区千代田1-1"));
        QCOMPARE(saved.phone, QStringLiteral("090-1234-5678"));
        QCOMPARE(saved.employeeNumber, QStringLiteral("S-123456"));
    }

    void tabLeavesAFieldForTheNextOne()
    {
        QVERIFY(d->openWizardAfter(Step::Decision));
        auto *postal = d->find<QLineEdit>("postalCodeEdit");
        QVERIFY(d->typeInto(postal, QStringLiteral("１５０ー０００１")));
        QVERIFY(d->pressKey(Qt::Key_Tab));
        QCOMPARE(postal->text(), QStringLiteral("150-0001")); // normalised when the field is left
        QCOMPARE(QApplication::focusWidget(), d->find<QComboBox>("prefectureCombo"));
        QVERIFY(d->tabTo(d->find<QLineEdit>("phoneEdit")));
        QVERIFY(d->typeKeys(QStringLiteral("03-1234-5678")));
        QCOMPARE(d->find<QLineEdit>("phoneEdit")->text(), QStringLiteral("03-1234-5678"));
    }
};

QTEST_MAIN(TestTypedInput)
#include "tst_typed_input.moc"
