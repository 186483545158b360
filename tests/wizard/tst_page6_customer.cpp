// Page 6 お客さま情報・支払情報: the customer's data from the service, every validation message (郵便番号, 電話番号 as
// in RATING.md §5), the payment method re-quoted by the service, and input kept through errors, conflicts and Back.
#include "PageDriver.h"
#include "ui/Format.h"
#include "wizard/CustomerPaymentPage.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>

using namespace clickar;

class TestCustomerPage : public QObject
{
    Q_OBJECT

private:
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        bool latin1 = true;
        for (const QChar c : text)
            latin1 = latin1 && c.unicode() < 0x80;
        if (latin1)
            return QTest::keyClicks(edit, text);
        // Japanese and full-width text arrive as an input method's commit, as from a Japanese IME.
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(edit, &commit);
    }
    static QString shownError(test::PageFixture &f, const char *name)
    {
        auto *label = f.find<QLabel>(name);
        if (!label)
            return QStringLiteral("<missing>");
        return label->isVisible() ? label->text() : QString();
    }
    bool startAtPage6(test::PageFixture &f)
    {
        return f.start(Step::Decision) && f.wizard->currentId() == CustomerPaymentPageId &&
               test::check(f.wizard.get(), "customerConfirmed");
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheCustomerFromTheService()
    {
        test::PageFixture f;
        QVERIFY(startAtPage6(f));
        const Customer &c = f.service.customer;
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
        QVERIFY2(amount.contains(format::yen(f.service.quote.perInstallment)), qPrintable(amount));
        QVERIFY2(amount.contains(format::yen(f.service.quote.firstInstallment)), qPrintable(amount));
        QVERIFY(amount.contains(QStringLiteral("¥2,930")) && amount.contains(QStringLiteral("¥2,980")));
        QVERIFY(test::forwardButton(f.wizard.get())->isEnabled());
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
        test::PageFixture f;
        QVERIFY(startAtPage6(f));
        retype(f.find<QLineEdit>("postalCodeEdit"), typed);
        QCOMPARE(shownError(f, "postalCodeError"), message);
        QCOMPARE(test::forwardButton(f.wizard.get())->isEnabled(), message.isEmpty());
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
        test::PageFixture f;
        QVERIFY(startAtPage6(f));
        retype(f.find<QLineEdit>("phoneEdit"), typed);
        QCOMPARE(shownError(f, "phoneError"), message);
        QCOMPARE(test::forwardButton(f.wizard.get())->isEnabled(), message.isEmpty());
    }

    void fullWidthInputIsAccepted()
    {
        test::PageFixture f;
        QVERIFY(startAtPage6(f));
        auto *phone = f.find<QLineEdit>("phoneEdit");
        retype(phone, QStringLiteral("０３－１２３４－５６７８"));
        QCOMPARE(shownError(f, "phoneError"), QString());
        QTest::keyClick(phone, Qt::Key_Tab); // editingFinished: shown as the service receives it
        QCOMPARE(phone->text(), QStringLiteral("03-1234-5678"));
        QCOMPARE(CustomerPaymentPage::normalized(QStringLiteral("１５０ー０００１")), QStringLiteral("150-0001"));
    }

    void addressIsRequired()
    {
        test::PageFixture f;
        QVERIFY(startAtPage6(f));
        retype(f.find<QLineEdit>("address1Edit"), QString());
        QCOMPARE(shownError(f, "address1Error"), QStringLiteral("Enter the city, street and number."));
        QVERIFY(!test::forwardButton(f.wizard.get())->isEnabled());
        f.find<QComboBox>("prefectureCombo")->setCurrentIndex(0);
        QCOMPARE(shownError(f, "prefectureError"), QStringLiteral("Choose a prefecture."));
        retype(f.find<QLineEdit>("address1Edit"), QStringLiteral("千代田区丸の内1-1"));
        QCOMPARE(shownError(f, "address1Error"), QString());
        QVERIFY(!test::forwardButton(f.wizard.get())->isEnabled());
        QVERIFY(test::selectData(f.find<QComboBox>("prefectureCombo"), QStringLiteral("大阪府")));
        QCOMPARE(shownError(f, "prefectureError"), QString());
        QVERIFY(test::forwardButton(f.wizard.get())->isEnabled());
        // The building is optional.
        retype(f.find<QLineEdit>("address2Edit"), QString());
        QVERIFY(test::forwardButton(f.wizard.get())->isEnabled());
        QVERIFY(test::clickForwardTo(f.wizard.get(), DisclosurePageId));
        const std::optional<Renewal> saved = f.fetch();
        QVERIFY(saved);
        QCOMPARE(saved->customer.prefecture, QStringLiteral("大阪府"));
        QCOMPARE(saved->customer.address1, QStringLiteral("千代田区丸の内1-1"));
        QCOMPARE(saved->customer.address2, QString());
    }

    void changingThePaymentMethodRequotes()
    {
        test::PageFixture f;
        QVERIFY(startAtPage6(f));
        // What the service quotes for a single payment, asked directly.
        const auto lump = test::await<Quote>([&](QObject *c, auto done) {
            f.demo.client().quote(f.service.id, {{QStringLiteral("paymentMethod"), QStringLiteral("lump")}}, c, done);
        });
        QVERIFY(lump && lump->ok());
        QCOMPARE(lump->value().installments, 1);
        auto *combo = f.find<QComboBox>("paymentMethodCombo");
        auto *amount = f.find<QLabel>("amountPerPayment");
        QVERIFY(test::selectData(combo, QStringLiteral("lump")));
        QTRY_COMPARE(amount->text(), QStringLiteral("%1, paid once").arg(format::yen(lump->value().annualPremium)));
        QVERIFY(f.controller->quoteRequestsSent() > 0);
        // Saved with the page: the service's renewal now pays once.
        QVERIFY(test::clickForwardTo(f.wizard.get(), DisclosurePageId));
        const std::optional<Renewal> saved = f.fetch();
        QVERIFY(saved);
        QCOMPARE(saved->customer.paymentMethod, QStringLiteral("lump"));
        QCOMPARE(saved->quote.installments, 1);
        QCOMPARE(saved->quote.annualPremium, lump->value().annualPremium);
    }

    void aConflictKeepsWhatWasTyped()
    {
        test::PageFixture f;
        QVERIFY(startAtPage6(f));
        auto *phone = f.find<QLineEdit>("phoneEdit");
        retype(phone, QStringLiteral("03-9876-5432"));
        QVERIFY(test::confirmViaService(f.demo.client(), f.service, Step::Decision)); // another window
        test::forwardButton(f.wizard.get())->click();
        QTRY_VERIFY(f.find<QLabel>("pageStatus")->text().contains(QStringLiteral("changed elsewhere")));
        QCOMPARE(f.wizard->currentId(), int(CustomerPaymentPageId));
        QCOMPARE(phone->text(), QStringLiteral("03-9876-5432"));
        QVERIFY(test::clickForwardTo(f.wizard.get(), DisclosurePageId));
        const std::optional<Renewal> saved = f.fetch();
        QVERIFY(saved);
        QCOMPARE(saved->customer.phone, QStringLiteral("03-9876-5432"));
    }

    void aRefusalKeepsWhatWasTyped()
    {
        test::PageFixture f;
        QVERIFY(startAtPage6(f));
        auto *address2 = f.find<QLineEdit>("address2Edit");
        retype(address2, QStringLiteral("サンプルタワー2001"));
        f.demo.client().setExtraHeader("X-Mock-Fault", "status=500");
        test::forwardButton(f.wizard.get())->click();
        QTRY_VERIFY(f.find<QLabel>("pageStatus")->property("error").toBool());
        f.demo.client().setExtraHeader("X-Mock-Fault", {});
        QCOMPARE(f.wizard->currentId(), int(CustomerPaymentPageId));
        QCOMPARE(address2->text(), QStringLiteral("サンプルタワー2001"));
        QVERIFY(f.find<QCheckBox>("customerConfirmed")->isChecked());
        QVERIFY(test::clickForwardTo(f.wizard.get(), DisclosurePageId));
    }

    void backThenChangeIsSavedAgain()
    {
        test::PageFixture f;
        QVERIFY(startAtPage6(f));
        QVERIFY(test::clickForwardTo(f.wizard.get(), DisclosurePageId));
        f.wizard->button(QWizard::BackButton)->click();
        QCOMPARE(f.wizard->currentId(), int(CustomerPaymentPageId));
        auto *employee = f.find<QLineEdit>("employeeNumberEdit");
        retype(employee, QStringLiteral("S-999999"));
        QVERIFY(test::check(f.wizard.get(), "customerConfirmed"));
        QVERIFY(test::clickForwardTo(f.wizard.get(), DisclosurePageId));
        const std::optional<Renewal> saved = f.fetch();
        QVERIFY(saved);
        QCOMPARE(saved->customer.employeeNumber, QStringLiteral("S-999999"));
    }
};

QTEST_MAIN(TestCustomerPage)
#include "tst_page6_customer.moc"
