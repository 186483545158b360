#pragma once

#include "RenewalPage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace clickar {

// 6 お客さま情報・支払情報: address, phone, group and the payment method.
class CustomerPaymentPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit CustomerPaymentPage(RenewalController *controller, QWidget *parent = nullptr);

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;

private:
    QLineEdit *addEdit(const QString &label, const QString &objectName);

    QLineEdit *m_postalCode;
    QLineEdit *m_prefecture;
    QLineEdit *m_address1;
    QLineEdit *m_address2;
    QLineEdit *m_phone;
    QLabel *m_email;
    QLabel *m_group;
    QLineEdit *m_employeeNumber;
    QComboBox *m_paymentMethod;
    QLabel *m_amount;
    QFormLayout *m_form;
};

} // namespace clickar
