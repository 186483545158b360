#include "ContractDetailsPage.h"

#include "Codes.h"
#include "Format.h"
#include "InfoTable.h"
#include "JsonReader.h"
#include "Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QWizard>

namespace clickar {

ContractDetailsPage::ContractDetailsPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Details, parent)
{
    setTitle(tr("Contract details ③ Details"));
    setSubTitle(tr("Check the details of the insured person and the vehicle."));
    setButtonText(QWizard::NextButton, tr("Next (④ Decided plan)"));

    m_insured = new InfoTable(tr("Principal insured driver"), this);
    contentLayout()->addWidget(m_insured);
    auto *edits = new QGroupBox(tr("Please enter or check"), this);
    auto *form = new QFormLayout(edits);
    m_nextLicenceRenewal = new QDateEdit(this);
    m_nextLicenceRenewal->setObjectName(QStringLiteral("nextLicenceRenewalEdit"));
    m_nextLicenceRenewal->setDisplayFormat(QStringLiteral("yyyy/MM"));
    form->addRow(tr("Next licence renewal (year/month)"), m_nextLicenceRenewal);
    m_use = new QComboBox(this);
    m_use->setObjectName(QStringLiteral("useCombo"));
    for (const QString &code : codes::uses)
        m_use->addItem(labels::use(code), code);
    form->addRow(tr("Purpose of use"), m_use);
    m_youngestRelation = new QLineEdit(this);
    m_youngestRelation->setObjectName(QStringLiteral("youngestRelationEdit"));
    form->addRow(tr("Youngest driver: relationship"), m_youngestRelation);
    m_youngestBirthDate = new QDateEdit(this);
    m_youngestBirthDate->setObjectName(QStringLiteral("youngestBirthDateEdit"));
    m_youngestBirthDate->setDisplayFormat(QStringLiteral("yyyy/MM/dd"));
    form->addRow(tr("Youngest driver: date of birth"), m_youngestBirthDate);
    contentLayout()->addWidget(edits);
    m_vehicle = new InfoTable(tr("Vehicle"), this);
    contentLayout()->addWidget(m_vehicle);
    contentLayout()->addStretch();
    addConfirmation(QStringLiteral("detailsConfirmed"), tr("The above is correct"));
}

void ContractDetailsPage::showRenewal(const Renewal &renewal)
{
    m_insured->clear();
    m_insured->addRow(tr("Date of birth"), format::date(renewal.insured.birthDate));
    m_insured->addRow(tr("Licence colour"), labels::licenceColour(renewal.insured.licenceColour));
    m_vehicle->clear();
    m_vehicle->addRow(tr("Car name"), renewal.vehicle.name);
    m_vehicle->addRow(tr("Model"), renewal.vehicle.model);
    m_vehicle->addRow(tr("Registration number"), renewal.vehicle.registration);
    m_vehicle->addRow(tr("First registered"), format::month(renewal.vehicle.firstRegistered));
    const QDate licence = renewal.insured.nextLicenceRenewal.isValid() ? renewal.insured.nextLicenceRenewal
                                                                       : renewal.newPeriod.start.addYears(1);
    m_nextLicenceRenewal->setDate(licence);
    m_use->setCurrentIndex(qMax(0, m_use->findData(renewal.vehicle.use)));
    if (renewal.drivers.youngest) {
        m_youngestRelation->setText(renewal.drivers.youngest->relation);
        m_youngestBirthDate->setDate(renewal.drivers.youngest->birthDate);
    }
}

QJsonObject ContractDetailsPage::stepFields() const
{
    QJsonObject fields{{QStringLiteral("nextLicenceRenewal"), monthString(m_nextLicenceRenewal->date())},
                       {QStringLiteral("use"), m_use->currentData().toString()}};
    if (!m_youngestRelation->text().trimmed().isEmpty()) {
        fields.insert(QStringLiteral("youngest"),
                      QJsonObject{{QStringLiteral("relation"), m_youngestRelation->text().trimmed()},
                                  {QStringLiteral("birthDate"), dateString(m_youngestBirthDate->date())}});
    }
    return fields;
}

} // namespace clickar
