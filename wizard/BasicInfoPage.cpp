#include "wizard/BasicInfoPage.h"

#include "domain/Codes.h"
#include "ui/FieldError.h"
#include "ui/Format.h"
#include "ui/InfoTable.h"
#include "ui/Labels.h"
#include "ui/MessageBoxes.h"
#include "ui/PremiumBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
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

// The items' texts in the current language; the choice stays.
void relabel(QComboBox *combo, QString (*label)(const QString &))
{
    for (int i = 0; i < combo->count(); ++i)
        combo->setItemText(i, label(combo->itemData(i).toString()));
}

void selectCode(QComboBox *combo, const QString &code)
{
    combo->setCurrentIndex(qMax(0, combo->findData(code)));
}

const QString limitKey = QStringLiteral("limit");
const QString ageConditionKey = QStringLiteral("ageCondition");
const QString licenceColourKey = QStringLiteral("licenceColour");
} // namespace

BasicInfoPage::BasicInfoPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Basic, parent)
{
    m_contract = new InfoTable(QString(), this);
    contentLayout()->addWidget(m_contract);

    auto *drivers = new QGroupBox(this);
    m_drivers = drivers;
    auto *driversLayout = new QVBoxLayout(drivers);
    auto *driversForm = new QFormLayout;
    driversForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_limit = codeCombo(codes::limits, labels::limit, QStringLiteral("limitCombo"));
    m_ageCondition = codeCombo(codes::ageConditions, labels::ageCondition, QStringLiteral("ageConditionCombo"));
    for (QLabel **caption : {&m_limitCaption, &m_ageCaption, &m_colourCaption, &m_gradeCaption, &m_yearsCaption})
        *caption = new QLabel(this);
    FieldError::addRow(driversForm, m_limitCaption, m_limit, addFieldError(limitKey, m_limit));
    FieldError::addRow(driversForm, m_ageCaption, m_ageCondition, addFieldError(ageConditionKey, m_ageCondition));
    driversLayout->addLayout(driversForm);
    auto *rangeNote = new QLabel(drivers);
    m_rangeNote = rangeNote;
    rangeNote->setWordWrap(true);
    driversLayout->addWidget(rangeNote);
    m_driverRangeConfirmed = addConfirmation(QStringLiteral("driverRangeConfirmed"), {}, driversLayout);
    contentLayout()->addWidget(drivers);

    auto *insured = new QGroupBox(this);
    m_insured = insured;
    auto *insuredForm = new QFormLayout(insured);
    insuredForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_licenceColour = codeCombo(codes::licenceColours, labels::licenceColour, QStringLiteral("licenceColourCombo"));
    m_grade = new QLabel(this);
    m_grade->setObjectName(QStringLiteral("gradeLabel"));
    m_accidentYears = new QLabel(this);
    m_accidentYears->setObjectName(QStringLiteral("accidentYearsLabel"));
    FieldError::addRow(insuredForm, m_colourCaption, m_licenceColour, addFieldError(licenceColourKey, m_licenceColour));
    insuredForm->addRow(m_gradeCaption, m_grade);
    insuredForm->addRow(m_yearsCaption, m_accidentYears);
    contentLayout()->addWidget(insured);

    m_premium = new PremiumBox(this);
    contentLayout()->addWidget(m_premium);
    contentLayout()->addStretch();

    m_confirm = addConfirmation(QStringLiteral("basicConfirmed"), {});
    retranslate();
    connect(m_driverRangeConfirmed, &QCheckBox::clicked, this, &BasicInfoPage::onDriverRangeToggled);
    connect(m_limit, &QComboBox::currentIndexChanged, this, [this] { onInputChanged(limitKey); });
    connect(m_ageCondition, &QComboBox::currentIndexChanged, this, [this] { onInputChanged(ageConditionKey); });
    connect(m_licenceColour, &QComboBox::currentIndexChanged, this, [this] { onInputChanged(licenceColourKey); });
    m_premium->follow(controller);
}

void BasicInfoPage::retranslate()
{
    setTitle(tr("Contract details ① Basic information"));
    setSubTitle(tr("Check the basic information of your renewed contract."));
    setButtonText(QWizard::NextButton, tr("Next (② Coverage)"));
    m_contract->setTitle(tr("Contract"));
    m_drivers->setTitle(tr("Driver range"));
    m_limitCaption->setText(tr("Driver limitation"));
    m_limit->setAccessibleName(tr("Driver limitation"));
    m_ageCaption->setText(tr("Age condition"));
    m_ageCondition->setAccessibleName(tr("Age condition"));
    m_rangeNote->setText(tr("Accidents caused by drivers outside this range are not covered."));
    m_driverRangeConfirmed->setText(tr("I have confirmed the &driver range"));
    m_insured->setTitle(tr("Principal insured driver"));
    m_colourCaption->setText(tr("Licence colour"));
    m_licenceColour->setAccessibleName(tr("Licence colour"));
    m_gradeCaption->setText(tr("Non-fleet grade (new term)"));
    m_yearsCaption->setText(tr("Accident coefficient period (new term)"));
    m_confirm->setText(tr("The above is &correct"));
    relabel(m_limit, labels::limit);
    relabel(m_ageCondition, labels::ageCondition);
    relabel(m_licenceColour, labels::licenceColour);
}

void BasicInfoPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showAgain();
    }
    RenewalPage::changeEvent(event);
}

void BasicInfoPage::onDriverRangeToggled(bool checked)
{
    if (!checked)
        return;
    const bool accepted =
        MessageBoxes::confirm(this, tr("Driver range"),
                              tr("Accidents caused by drivers outside this driver range are not covered.\n\n"
                                 "Driver limitation: %1\nAge condition: %2\n\nIs the driver range correct?")
                                  .arg(m_limit->currentText(), m_ageCondition->currentText()),
                              QMessageBox::Ok); // the person has just ticked it: Return confirms, Esc takes it back
    if (!accepted)
        m_driverRangeConfirmed->setChecked(false);
}

void BasicInfoPage::onInputChanged(const QString &field)
{
    if (m_filling)
        return;
    clearFieldError(field);
    // The tick confirmed the range as it was: a changed range must be confirmed again.
    if (field != licenceColourKey)
        m_driverRangeConfirmed->setChecked(false);
    controller()->requoter()->requestQuote(stepFields());
}

QJsonValue BasicInfoPage::inputsFrom(const Renewal &renewal) const
{
    return QJsonObject{{limitKey, renewal.drivers.limit},
                       {ageConditionKey, renewal.drivers.ageCondition},
                       {licenceColourKey, renewal.insured.licenceColour}};
}

void BasicInfoPage::fillInputs(const Renewal &renewal)
{
    m_filling = true;
    selectCode(m_limit, renewal.drivers.limit);
    selectCode(m_ageCondition, renewal.drivers.ageCondition);
    selectCode(m_licenceColour, renewal.insured.licenceColour);
    m_filling = false;
}

void BasicInfoPage::restoreInputs(const QJsonObject &kept)
{
    for (const auto &[combo, key] : {std::pair{m_limit, limitKey}, std::pair{m_ageCondition, ageConditionKey},
                                     std::pair{m_licenceColour, licenceColourKey}}) {
        if (const int index = combo->findData(kept.value(key).toString()); index >= 0)
            combo->setCurrentIndex(index);
    }
}

void BasicInfoPage::showRenewal(const Renewal &renewal)
{
    m_contract->clear();
    m_contract->addRow(tr("Policy number"), renewal.policyNumber);
    m_contract->addRow(tr("New insurance period"), format::period(renewal.newPeriod.start, renewal.newPeriod.end));
    m_contract->addRow(tr("Policyholder"), renewal.holder.name);
    m_contract->addRow(tr("Principal insured"), renewal.insured.name);
    m_grade->setText(tr("Grade %1").arg(renewal.grade.next));
    m_accidentYears->setText(tr("%n year(s)", nullptr, renewal.grade.accidentYears));
    m_premium->refresh();
}

QJsonObject BasicInfoPage::stepFields() const
{
    return {{limitKey, m_limit->currentData().toString()},
            {ageConditionKey, m_ageCondition->currentData().toString()},
            {licenceColourKey, m_licenceColour->currentData().toString()}};
}

} // namespace clickar
