#pragma once

#include "wizard/RenewalPage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
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
    void changeEvent(QEvent *event) override;
    void restoreInputs(const QJsonObject &kept) override;

private:
    void onDriverRangeToggled(bool checked);
    void onInputChanged(const QString &field);

    void retranslate();

    InfoTable *m_contract;
    QGroupBox *m_drivers;
    QGroupBox *m_insured;
    QLabel *m_limitCaption;
    QLabel *m_ageCaption;
    QLabel *m_colourCaption;
    QLabel *m_gradeCaption;
    QLabel *m_yearsCaption;
    QLabel *m_rangeNote;
    QCheckBox *m_confirm;
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
