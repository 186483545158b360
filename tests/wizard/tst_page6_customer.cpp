// Page 6 お客さま情報・支払情報: the customer's data from the service, every validation message (郵便番号, 電話番号 as
// in docs/rating.md §7), the payment method re-quoted by the service, and input kept through errors, conflicts and
// Back.
#include "support/AppDriver.h"
#include "ui/Format.h"
#include "wizard/CustomerPaymentPage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

using namespace clickar;

class TestCustomerPage : public QObject
{
    Q_OBJECT

private:
    static QString shownError(test::AppDriver &f, const char *name)
    {
        auto *label = f.find<QLabel>(name);
        if (!label)
            return QStringLiteral("<missing>");
        return label->isVisible() ? label->text() : QString();
    }
    static bool startAtPage6(test::AppDriver &f)
    {
        return f.startApp() && f.openWizardAfter(Step::Decision) && f.wizard()->currentId() == CustomerPaymentPageId &&
               f.check("customerConfirmed");
    }

private slots:
    void showsTheCustomerFromTheService()
    {
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        const Customer &c = f.prepared().customer;
        QCOMPARE(f.find<QLineEdit>("postalCodeEdit")->text(), c.postalCode);
        QCOMPARE(f.find<QComboBox>("prefectureCombo")->currentData().toString(), c.prefecture);
        QCOMPARE(f.find<QLineEdit>("address1Edit")->text(), c.address1);
        QCOMPARE(f.find<QLineEdit>("address2Edit")->text(), c.address2);
        QCOMPARE(f.find<QLineEdit>("phoneEdit")->text(), c.phone);
        QCOMPARE(f.find<QLineEdit>("employeeNumberEdit")->text(), c.employeeNumber);
        QCOMPARE(f.find<QLabel>("maskedEmail")->text(), c.maskedEmail);
        QVERIFY(c.maskedEmail.contains(u'*'));
        QCOMPARE(f.find<QLabel>("groupName")->text(), c.groupName);
        QCOMPARE(f.find<QComboBox>("paymentMethodCombo")->currentData().toString(), QStringLiteral("payroll12"));
        const QString amount = f.find<QLabel>("amountPerPayment")->text();
        QVERIFY2(amount.contains(format::yen(f.prepared().quote.perInstallment)), qPrintable(amount));
        QVERIFY2(amount.contains(format::yen(f.prepared().quote.firstInstallment)), qPrintable(amount));
        QVERIFY(amount.contains(QStringLiteral("¥2,930")) && amount.contains(QStringLiteral("¥2,980")));
        QVERIFY(f.next()->isEnabled());
    }

    void freeTextIsText_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("paste");    // a control character cannot be typed, only pasted
        QTest::addColumn<QString>("after"); // what the message shows before the character ("": at the start)
        QTest::newRow("RLO in address1") << QByteArray("address1") << QStringLiteral("1-2\u202E3") << false
                                         << QStringLiteral("1-2");
        QTest::newRow("zero width in address2")
            << QByteArray("address2") << QStringLiteral("A\u200B棟") << false << QStringLiteral("A");
        QTest::newRow("isolate in employeeNumber")
            << QByteArray("employeeNumber") << QStringLiteral("\u2066E-1") << false << QString();
        QTest::newRow("NUL in address2") << QByteArray("address2") << QString::fromUtf16(u"A\0B", 3) << true
                                         << QStringLiteral("A");
        QTest::newRow("after a long text") << QByteArray("address1") << QStringLiteral("渋谷区神宮前1-2-3\u200B")
                                           << false << QStringLiteral("…神宮前1-2-3");
    }
    void freeTextIsText()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, text);
        QFETCH(bool, paste);
        QFETCH(QString, after);
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        auto *edit = f.find<QLineEdit>((field + "Edit").constData());
        if (paste) {
            QVERIFY(f.typeInto(edit, QStringLiteral("x")));
            QApplication::clipboard()->setText(text);
            QVERIFY(f.pressKey(Qt::Key_A, Qt::ControlModifier));
            QVERIFY(f.pressKey(Qt::Key_V, Qt::ControlModifier));
            QCOMPARE(edit->text(), text);
        } else {
            QVERIFY(f.typeInto(edit, text));
        }
        // The character cannot be seen: the message says where it is.
        QCOMPARE(shownError(f, (field + "Error").constData()),
                 after.isEmpty() ? QStringLiteral("The first character cannot be used here (a control or invisible "
                                                  "character). Please remove it.")
                                 : QStringLiteral("The character after “%1” cannot be used here (a control or "
                                                  "invisible character). Please remove it.")
                                       .arg(after));
        QVERIFY(!f.next()->isEnabled());
        QVERIFY(f.typeInto(edit, QStringLiteral("1-2-3")));
        QCOMPARE(shownError(f, (field + "Error").constData()), QString());
        QVERIFY(f.next()->isEnabled());
    }

    void postalCodeIsValidated_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the postal code.");
        QTest::newRow("no hyphen") << QStringLiteral("1500001")
                                   << QStringLiteral("Enter the postal code in the form 123-4567.");
        QTest::newRow("short") << QStringLiteral("150-001")
                               << QStringLiteral("Enter the postal code in the form 123-4567.");
        QTest::newRow("letters") << QStringLiteral("15O-0001")
                                 << QStringLiteral("Enter the postal code in the form 123-4567.");
        QTest::newRow("valid") << QStringLiteral("100-0001") << QString();
    }
    void postalCodeIsValidated()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        QVERIFY(f.typeInto(f.find<QLineEdit>("postalCodeEdit"), typed));
        QCOMPARE(shownError(f, "postalCodeError"), message);
        QCOMPARE(f.next()->isEnabled(), message.isEmpty());
    }

    void phoneIsValidated_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        const QString format = QStringLiteral("Enter a Japanese phone number such as 03-1234-5678 or 090-1234-5678.");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a phone number.");
        for (const char *valid : {"03-1234-5678", "0312345678", "045-123-4567", "0466-12-3456", "090-1234-5678",
                                  "080-1234-5678", "070-1234-5678", "09012345678"})
            QTest::newRow(valid) << QString::fromLatin1(valid) << QString();
        for (const char *invalid : {"03-1234-567", "090-123-45678", "0901234567", "1234567890", "03-12345678",
                                    "020-1234-5678", "03-1234-5678-9", "+81-3-1234-5678", "03 1234 5678"})
            QTest::newRow(invalid) << QString::fromLatin1(invalid) << format;
    }
    void phoneIsValidated()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        QVERIFY(f.typeInto(f.find<QLineEdit>("phoneEdit"), typed));
        QCOMPARE(shownError(f, "phoneError"), message);
        QCOMPARE(f.next()->isEnabled(), message.isEmpty());
    }

    void fullWidthInputIsAccepted()
    {
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        auto *phone = f.find<QLineEdit>("phoneEdit");
        QVERIFY(f.typeInto(phone, QStringLiteral("０３－１２３４－５６７８")));
        QCOMPARE(shownError(f, "phoneError"), QString());
        QVERIFY(f.pressKey(Qt::Key_Tab)); // editingFinished: shown as the service receives it
        QCOMPARE(phone->text(), QStringLiteral("03-1234-5678"));
        QCOMPARE(CustomerPaymentPage::normalized(QStringLiteral("１５０ー０００１")), QStringLiteral("150-0001"));
    }

    void addressIsRequired()
    {
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        QVERIFY(f.typeInto(f.find<QLineEdit>("address1Edit"), QString()));
        QCOMPARE(shownError(f, "address1Error"), QStringLiteral("Enter the city, street and number."));
        QVERIFY(!f.next()->isEnabled());
        f.find<QComboBox>("prefectureCombo")->setCurrentIndex(0);
        QCOMPARE(shownError(f, "prefectureError"), QStringLiteral("Choose a prefecture."));
        QVERIFY(f.typeInto(f.find<QLineEdit>("address1Edit"), QStringLiteral("千代田区丸の内1-1")));
        QCOMPARE(shownError(f, "address1Error"), QString());
        QVERIFY(!f.next()->isEnabled());
        QVERIFY(test::AppDriver::choose(f.find<QComboBox>("prefectureCombo"), QStringLiteral("大阪府")));
        QCOMPARE(shownError(f, "prefectureError"), QString());
        QVERIFY(f.next()->isEnabled());
        // The building is optional.
        QVERIFY(f.typeInto(f.find<QLineEdit>("address2Edit"), QString()));
        QVERIFY(f.next()->isEnabled());
        QVERIFY(f.clickNext(DisclosurePageId));
        const std::optional<Renewal> saved = f.serviceRenewal();
        QVERIFY(saved);
        QCOMPARE(saved->customer.prefecture, QStringLiteral("大阪府"));
        QCOMPARE(saved->customer.address1, QStringLiteral("千代田区丸の内1-1"));
        QCOMPARE(saved->customer.address2, QString());
    }

    void changingThePaymentMethodRequotes()
    {
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        // What the service quotes for a single payment, asked directly.
        const auto lump = test::await<Quote>([&](QObject *c, auto done) {
            f.service().quote(f.prepared().id, {{QStringLiteral("paymentMethod"), QStringLiteral("lump")}}, c, done);
        });
        QVERIFY(lump && lump->ok());
        QCOMPARE(lump->value().installments, 1);
        auto *combo = f.find<QComboBox>("paymentMethodCombo");
        auto *amount = f.find<QLabel>("amountPerPayment");
        QVERIFY(test::AppDriver::choose(combo, QStringLiteral("lump")));
        QTRY_COMPARE(amount->text(), QStringLiteral("%1, paid once").arg(format::yen(lump->value().annualPremium)));
        QVERIFY(f.controller().quoteRequestsSent() > 0);
        // Saved with the page: the service's renewal now pays once.
        QVERIFY(f.clickNext(DisclosurePageId));
        const std::optional<Renewal> saved = f.serviceRenewal();
        QVERIFY(saved);
        QCOMPARE(saved->customer.paymentMethod, QStringLiteral("lump"));
        QCOMPARE(saved->quote.installments, 1);
        QCOMPARE(saved->quote.annualPremium, lump->value().annualPremium);
    }

    void aConflictKeepsWhatWasTyped()
    {
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        auto *phone = f.find<QLineEdit>("phoneEdit");
        QVERIFY(f.typeInto(phone, QStringLiteral("03-9876-5432")));
        QVERIFY(f.confirmViaService(f.prepared(), Step::Decision)); // another window
        QVERIFY(f.click(f.next()));
        QTRY_VERIFY(f.find<QLabel>("pageStatus")->text().contains(QStringLiteral("changed elsewhere")));
        QCOMPARE(f.wizard()->currentId(), int(CustomerPaymentPageId));
        QCOMPARE(phone->text(), QStringLiteral("03-9876-5432"));
        QVERIFY(f.clickNext(DisclosurePageId));
        const std::optional<Renewal> saved = f.serviceRenewal();
        QVERIFY(saved);
        QCOMPARE(saved->customer.phone, QStringLiteral("03-9876-5432"));
    }

    void aRefusalKeepsWhatWasTyped()
    {
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        auto *address2 = f.find<QLineEdit>("address2Edit");
        QVERIFY(f.typeInto(address2, QStringLiteral("サンプルタワー2001")));
        f.appClient().setExtraHeader("X-Mock-Fault", "status=500");
        QVERIFY(f.click(f.next()));
        QTRY_VERIFY(f.find<QLabel>("pageStatus")->property("error").toBool());
        f.appClient().setExtraHeader("X-Mock-Fault", {});
        QCOMPARE(f.wizard()->currentId(), int(CustomerPaymentPageId));
        QCOMPARE(address2->text(), QStringLiteral("サンプルタワー2001"));
        QVERIFY(f.find<QCheckBox>("customerConfirmed")->isChecked());
        QVERIFY(f.clickNext(DisclosurePageId));
    }

    void backThenChangeIsSavedAgain()
    {
        test::AppDriver f;
        QVERIFY(startAtPage6(f));
        QVERIFY(f.clickNext(DisclosurePageId));
        QVERIFY(f.click(f.wizard()->button(QWizard::BackButton)));
        QCOMPARE(f.wizard()->currentId(), int(CustomerPaymentPageId));
        auto *employee = f.find<QLineEdit>("employeeNumberEdit");
        QVERIFY(f.typeInto(employee, QStringLiteral("S-999999")));
        QVERIFY(f.check("customerConfirmed"));
        QVERIFY(f.clickNext(DisclosurePageId));
        const std::optional<Renewal> saved = f.serviceRenewal();
        QVERIFY(saved);
        QCOMPARE(saved->customer.employeeNumber, QStringLiteral("S-999999"));
    }
};

QTEST_MAIN(TestCustomerPage)
#include "tst_page6_customer.moc"
