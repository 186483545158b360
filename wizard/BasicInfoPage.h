#pragma once

#include "RenewalPage.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace clickar {

class InfoTable;

// 2 契約内容確認 ① 契約基本情報の確認: the term, the people, the driver range and the licence colour.
class BasicInfoPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit BasicInfoPage(RenewalController *controller, QWidget *parent = nullptr);

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;

private:
    void onDriverRangeToggled(bool checked);

    InfoTable *m_contract;
    QComboBox *m_limit;
    QComboBox *m_ageCondition;
    QComboBox *m_licenceColour;
    QLabel *m_grade;
    QCheckBox *m_driverRangeConfirmed;
};

} // namespace clickar
