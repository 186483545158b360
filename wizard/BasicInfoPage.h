#pragma once

#include "wizard/RenewalPage.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace clickar {

class InfoTable;
class PremiumBox;

// 2 契約内容確認 ① 契約基本情報の確認: the term, the people, the driver range and the licence colour, with the
// premium re-quoted after each change. Confirming the driver range asks first (OK keeps the tick, Cancel
// removes it); changing the range afterwards removes the tick again.
// Object names: limitCombo, ageConditionCombo, licenceColourCombo (with limitError, ageConditionError,
// licenceColourError), gradeLabel, accidentYearsLabel, driverRangeConfirmed, basicConfirmed, premiumBox.
class BasicInfoPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit BasicInfoPage(RenewalController *controller, QWidget *parent = nullptr);

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;
    QJsonValue inputsFrom(const Renewal &renewal) const override;
    void fillInputs(const Renewal &renewal) override;
    void restoreInputs(const QJsonObject &kept) override;

private:
    void onDriverRangeToggled(bool checked);
    void onInputChanged(const QString &field);

    InfoTable *m_contract;
    QComboBox *m_limit;
    QComboBox *m_ageCondition;
    QComboBox *m_licenceColour;
    QLabel *m_grade;
    QLabel *m_accidentYears;
    QCheckBox *m_driverRangeConfirmed;
    PremiumBox *m_premium;
    bool m_filling = false;
};

} // namespace clickar
