#include "BasicInfoPage.h"

#include "Codes.h"
#include "Format.h"
#include "InfoTable.h"
#include "Labels.h"
#include "MessageBoxes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

namespace {
QComboBox *codeCombo(const QStringList &codes, QString (*label)(const QString &), const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    for (const QString &code : codes)
        combo->addItem(label(code), code);
    return combo;
}

void selectCode(QComboBox *combo, const QString &code)
{
    combo->setCurrentIndex(qMax(0, combo->findData(code)));
}
} // namespace

BasicInfoPage::BasicInfoPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Basic, parent)
{
    setTitle(tr("Contract details ① Basic information"));
    setSubTitle(tr("Check the basic information of your renewed contract."));
    setButtonText(QWizard::NextButton, tr("Next (② Coverage)"));

    m_contract = new InfoTable(tr("Contract"), this);
    contentLayout()->addWidget(m_contract);

    auto *drivers = new QGroupBox(tr("Driver range"), this);
    auto *driversForm = new QFormLayout(drivers);
    m_limit = codeCombo(codes::limits, labels::limit, QStringLiteral("limitCombo"));
    m_ageCondition = codeCombo(codes::ageConditions, labels::ageCondition, QStringLiteral("ageConditionCombo"));
    driversForm->addRow(tr("Driver limitation"), m_limit);
    driversForm->addRow(tr("Age condition"), m_ageCondition);
    contentLayout()->addWidget(drivers);

    auto *insured = new QGroupBox(tr("Principal insured driver"), this);
    auto *insuredForm = new QFormLayout(insured);
    m_licenceColour = codeCombo(codes::licenceColours, labels::licenceColour, QStringLiteral("licenceColourCombo"));
    m_grade = new QLabel(this);
    m_grade->setObjectName(QStringLiteral("gradeLabel"));
    insuredForm->addRow(tr("Licence colour"), m_licenceColour);
    insuredForm->addRow(tr("Non-fleet grade (new term)"), m_grade);
    contentLayout()->addWidget(insured);
    contentLayout()->addStretch();

    m_driverRangeConfirmed =
        addConfirmation(QStringLiteral("driverRangeConfirmed"), tr("I have confirmed the driver range"));
    addConfirmation(QStringLiteral("basicConfirmed"), tr("The above is correct"));
    connect(m_driverRangeConfirmed, &QCheckBox::clicked, this, &BasicInfoPage::onDriverRangeToggled);
}

void BasicInfoPage::onDriverRangeToggled(bool checked)
{
    if (!checked)
        return;
    const bool accepted = MessageBoxes::confirm(
        this, tr("Driver range"),
        tr("Accidents caused by drivers outside this driver range (limitation and age condition) are not covered. "
           "Is the driver range correct?"));
    if (!accepted)
        m_driverRangeConfirmed->setChecked(false);
}

void BasicInfoPage::showRenewal(const Renewal &renewal)
{
    m_contract->clear();
    m_contract->addRow(tr("Policy number"), renewal.policyNumber);
    m_contract->addRow(tr("New insurance period"), format::period(renewal.newPeriod.start, renewal.newPeriod.end));
    m_contract->addRow(tr("Policyholder"), renewal.holder.name);
    m_contract->addRow(tr("Principal insured"), renewal.insured.name);
    selectCode(m_limit, renewal.drivers.limit);
    selectCode(m_ageCondition, renewal.drivers.ageCondition);
    selectCode(m_licenceColour, renewal.insured.licenceColour);
    m_grade->setText(tr("Grade %1 (accident coefficient period: %n year(s))", nullptr, renewal.grade.accidentYears)
                         .arg(renewal.grade.next));
}

QJsonObject BasicInfoPage::stepFields() const
{
    return {{QStringLiteral("limit"), m_limit->currentData().toString()},
            {QStringLiteral("ageCondition"), m_ageCondition->currentData().toString()},
            {QStringLiteral("licenceColour"), m_licenceColour->currentData().toString()}};
}

} // namespace clickar
