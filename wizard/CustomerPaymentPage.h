#pragma once

#include "wizard/RenewalPage.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace clickar {

class FieldError;

// 6 お客さま情報・支払情報: address (〒, 都道府県, 市区町村・番地, 建物) and phone, editable and checked as the service
// checks them (docs/rating.md §7); email (masked), group and department / employee number; the payment method with
// the amount per payment, re-quoted by the service when the method changes.
class CustomerPaymentPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit CustomerPaymentPage(RenewalController *controller, QWidget *parent = nullptr);
    bool isComplete() const override;

    // The checks of docs/rating.md §7, on ASCII input (see normalized()).
    static bool isValidPostalCode(const QString &code);
    static bool isValidPhone(const QString &phone);
    // Full-width digits and the dashes people type (ー, −, ‐, －) as ASCII; surrounding spaces removed.
    static QString normalized(const QString &text);
    // The field message for free text holding a character that is not text, naming where it is ("" if none).
    static QString unusableMessage(const QString &text);

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;
    QJsonValue inputsFrom(const Renewal &renewal) const override;
    void fillInputs(const Renewal &renewal) override;
    void restoreInputs(const QJsonObject &kept) override;
    void changeEvent(QEvent *event) override;

private:
    // An input row; `field` is the service's field name (its error label is "<field>Error"), empty for none.
    QLineEdit *addEdit(QFormLayout *form, const QString &objectName, const QString &field, QLabel **label,
                       FieldError **error);
    void retranslate();
    void validate();
    void showAmount();
    void onPaymentMethodChanged();

    QGroupBox *m_addressBox;
    QGroupBox *m_contactBox;
    QGroupBox *m_paymentBox;
    QLabel *m_postalLabel;
    QLineEdit *m_postalCode;
    FieldError *m_postalError;
    QLabel *m_prefectureLabel;
    QComboBox *m_prefecture;
    FieldError *m_prefectureError;
    QLabel *m_address1Label;
    QLineEdit *m_address1;
    FieldError *m_address1Error;
    QLabel *m_address2Label;
    QLineEdit *m_address2;
    FieldError *m_address2Error;
    QLabel *m_phoneLabel;
    QLineEdit *m_phone;
    FieldError *m_phoneError;
    QLabel *m_emailLabel;
    QLabel *m_email;
    QLabel *m_groupLabel;
    QLabel *m_group;
    QLabel *m_employeeLabel;
    QLineEdit *m_employeeNumber;
    FieldError *m_employeeError;
    QLabel *m_paymentLabel;
    QComboBox *m_paymentMethod;
    QLabel *m_amountLabel;
    QLabel *m_amount;
    QCheckBox *m_confirm;
    bool m_valid = false;
    bool m_filling = false;
};

} // namespace clickar
