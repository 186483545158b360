#include "CustomerPaymentPage.h"

#include "Codes.h"
#include "Format.h"
#include "Labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QWizard>

namespace clickar {

CustomerPaymentPage::CustomerPaymentPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Customer, parent)
{
    setTitle(tr("Customer and payment information"));
    setSubTitle(tr("Check your address, phone number and how you pay."));
    setButtonText(QWizard::NextButton, tr("Next (Important matters)"));
    auto *box = new QGroupBox(tr("Customer information"), this);
    m_form = new QFormLayout(box);
    m_postalCode = addEdit(tr("Postal code"), QStringLiteral("postalCodeEdit"));
    m_prefecture = addEdit(tr("Prefecture"), QStringLiteral("prefectureEdit"));
    m_address1 = addEdit(tr("City, street and number"), QStringLiteral("address1Edit"));
    m_address2 = addEdit(tr("Building"), QStringLiteral("address2Edit"));
    m_phone = addEdit(tr("Phone number"), QStringLiteral("phoneEdit"));
    m_email = new QLabel(this);
    m_form->addRow(tr("Email"), m_email);
    m_group = new QLabel(this);
    m_form->addRow(tr("Group"), m_group);
    m_employeeNumber = addEdit(tr("Department / employee number"), QStringLiteral("employeeNumberEdit"));
    m_paymentMethod = new QComboBox(this);
    m_paymentMethod->setObjectName(QStringLiteral("paymentMethodCombo"));
    for (const QString &code : codes::paymentMethods)
        m_paymentMethod->addItem(labels::paymentMethod(code), code);
    m_form->addRow(tr("Payment method"), m_paymentMethod);
    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("amountPerPayment"));
    m_form->addRow(tr("Amount per payment"), m_amount);
    contentLayout()->addWidget(box);
    contentLayout()->addStretch();
    addConfirmation(QStringLiteral("customerConfirmed"), tr("The above is correct"));
}

QLineEdit *CustomerPaymentPage::addEdit(const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    m_form->addRow(label, edit);
    return edit;
}

void CustomerPaymentPage::showRenewal(const Renewal &renewal)
{
    const Customer &c = renewal.customer;
    m_postalCode->setText(c.postalCode);
    m_prefecture->setText(c.prefecture);
    m_address1->setText(c.address1);
    m_address2->setText(c.address2);
    m_phone->setText(c.phone);
    m_email->setText(c.maskedEmail);
    m_group->setText(c.groupName);
    m_employeeNumber->setText(c.employeeNumber);
    m_paymentMethod->setCurrentIndex(qMax(0, m_paymentMethod->findData(c.paymentMethod)));
    const Quote &q = renewal.quote;
    m_amount->setText(
        q.installments == 12
            ? tr("%1 per month (first month %2)").arg(format::yen(q.perInstallment), format::yen(q.firstInstallment))
            : tr("%1 once").arg(format::yen(q.annualPremium)));
}

QJsonObject CustomerPaymentPage::stepFields() const
{
    return {{QStringLiteral("postalCode"), m_postalCode->text().trimmed()},
            {QStringLiteral("prefecture"), m_prefecture->text().trimmed()},
            {QStringLiteral("address1"), m_address1->text().trimmed()},
            {QStringLiteral("address2"), m_address2->text().trimmed()},
            {QStringLiteral("phone"), m_phone->text().trimmed()},
            {QStringLiteral("employeeNumber"), m_employeeNumber->text().trimmed()},
            {QStringLiteral("paymentMethod"), m_paymentMethod->currentData().toString()}};
}

} // namespace clickar
