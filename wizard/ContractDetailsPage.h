#pragma once

#include "wizard/RenewalPage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace clickar {

class InfoTable;
class FieldError;
class PremiumBox;

// 4 ③ 契約詳細の確認: the principal insured (date of birth, next licence renewal, licence colour), the vehicle and
// its purpose of use, and the youngest driver in the driver range — required when drivers are not limited to the
// insured and the age condition is 26 or 35 and over; the page warns when that driver is younger than the
// condition covers. The premium is re-quoted after each change, without blocking.
// Object names: nextLicenceYearCombo, nextLicenceMonthCombo, useCombo, youngestRelationCombo,
// youngestBirthDateEdit, youngestNote, youngestWarning, nextLicenceRenewalError, useError, youngestError,
// ageConditionError, premiumBox, detailsConfirmed.
class ContractDetailsPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit ContractDetailsPage(RenewalController *controller, QWidget *parent = nullptr);
    bool isComplete() const override;

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;
    QJsonValue inputsFrom(const Renewal &renewal) const override;
    void fillInputs(const Renewal &renewal) override;
    void changeEvent(QEvent *event) override;
    void restoreInputs(const QJsonObject &kept) override;
    QJsonObject inputsToKeep() const override;

private:
    void retranslate();
    void buildInsured();
    void buildVehicle();
    void buildYoungest();
    void onInputChanged(const QStringList &fields);
    QDate nextLicenceRenewal() const;
    // The months the service accepts for 次回免許更新年月 (docs/rating.md §7), first and last; {} without a term.
    static std::pair<QDate, QDate> licenceRange(const Renewal &renewal);
    QString licenceProblem() const; // "" when the chosen month (or none) is acceptable
    void showLicenceProblem();
    QDate youngestBirthDate() const; // the typed date when a driver can have it, otherwise null
    QDate typedBirthDate() const;    // the date as typed, whatever it is
    bool bornAfterTermStart(const QDate &date) const;
    bool tooYoungToDrive(const QDate &date) const;
    // Why the typed date cannot be the youngest driver's; "" when it can, or is not a whole date yet.
    QString birthDateProblem() const;
    bool youngestRequired() const;
    bool youngestInScope() const;
    void updateYoungest();

    InfoTable *m_insured;
    QComboBox *m_licenceYear;
    QComboBox *m_licenceMonth;
    FieldError *m_licenceError;
    bool m_licenceShown = false; // m_licenceError holds licenceProblem()
    InfoTable *m_vehicle;
    QComboBox *m_use;
    QGroupBox *m_youngestBox;
    QLabel *m_youngestNote;
    QComboBox *m_youngestRelation;
    QLineEdit *m_youngestBirthDate;
    FieldError *m_youngestError;
    QLabel *m_youngestWarning;
    PremiumBox *m_premium;
    QCheckBox *m_confirm;
    QGroupBox *m_licenceBox;
    QLabel *m_licenceHint;
    QGroupBox *m_useBox;
    QLabel *m_relationCaption;
    QLabel *m_birthCaption;
    bool m_filling = false;
};

} // namespace clickar
