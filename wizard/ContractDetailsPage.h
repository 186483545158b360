#pragma once

#include "RenewalPage.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace clickar {

class InfoTable;

// 4 ③ 契約詳細の確認: the insured's licence renewal, the vehicle's use and the youngest driver.
class ContractDetailsPage : public RenewalPage
{
    Q_OBJECT

public:
    explicit ContractDetailsPage(RenewalController *controller, QWidget *parent = nullptr);

protected:
    void showRenewal(const Renewal &renewal) override;
    QJsonObject stepFields() const override;

private:
    InfoTable *m_insured;
    InfoTable *m_vehicle;
    QDateEdit *m_nextLicenceRenewal;
    QComboBox *m_use;
    QLineEdit *m_youngestRelation;
    QDateEdit *m_youngestBirthDate;
};

} // namespace clickar
