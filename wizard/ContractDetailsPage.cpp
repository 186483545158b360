#include "wizard/ContractDetailsPage.h"

#include "domain/Codes.h"
#include "domain/JsonReader.h"
#include "domain/PlainText.h"
#include "ui/FieldError.h"
#include "ui/Format.h"
#include "ui/InfoTable.h"
#include "ui/Labels.h"
#include "ui/PremiumBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

namespace {
const QString licenceKey = QStringLiteral("nextLicenceRenewal");
const QString useKey = QStringLiteral("use");
const QString youngestKey = QStringLiteral("youngest");
const QString ageConditionKey = QStringLiteral("ageCondition");

QString relationLabel(const QString &code)
{
    if (code == QStringLiteral("spouse"))
        return ContractDetailsPage::tr("Spouse");
    if (code == QStringLiteral("child"))
        return ContractDetailsPage::tr("Child");
    if (code == QStringLiteral("parent"))
        return ContractDetailsPage::tr("Parent");
    if (code == QStringLiteral("sibling"))
        return ContractDetailsPage::tr("Brother or sister");
    if (code == QStringLiteral("other"))
        return ContractDetailsPage::tr("Other");
    return code;
}

int minimumAge(const QString &ageCondition)
{
    return ageCondition == QStringLiteral("all") ? 0 : ageCondition.toInt();
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QJsonValue youngestJson(const QString &relation, const QDate &birthDate)
{
    if (relation.isEmpty() || !birthDate.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("relation"), relation}, {QStringLiteral("birthDate"), dateString(birthDate)}};
}

// Two inputs side by side, laid out without a container of their own: they stay children of the titled group box,
// which a screen reader then reports as their label.
QHBoxLayout *row(QWidget *first, QWidget *second)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first);
    layout->addWidget(second);
    layout->addStretch();
    return layout;
}
} // namespace

ContractDetailsPage::ContractDetailsPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Details, parent)
{
    buildInsured();
    buildVehicle();
    buildYoungest();
    m_premium = new PremiumBox(this);
    m_premium->follow(controller);
    contentLayout()->addWidget(m_premium);
    contentLayout()->addStretch();
    m_confirm = addConfirmation(QStringLiteral("detailsConfirmed"), {});
    retranslate();
}

void ContractDetailsPage::retranslate()
{
    setTitle(tr("Contract details ③ Details"));
    setSubTitle(tr("Check the details of the insured person and the vehicle."));
    setButtonText(QWizard::NextButton, tr("Next (④ Decided plan)"));
    m_confirm->setText(tr("The above is &correct"));
    m_insured->setTitle(tr("Principal insured driver"));
    m_licenceBox->setTitle(tr("Next licence renewal (year/month, required)"));
    m_licenceYear->setAccessibleName(tr("Next licence renewal: year"));
    m_licenceMonth->setAccessibleName(tr("Next licence renewal: month"));
    // The items' texts in the current language; the choices stay.
    for (int i = 0; i < m_licenceYear->count(); ++i) {
        const int year = m_licenceYear->itemData(i).toInt();
        m_licenceYear->setItemText(i, year == 0              ? tr("Year")
                                      : format::isJapanese() ? QStringLiteral("%1年").arg(year)
                                                             : QString::number(year));
    }
    for (int month = 0; month <= 12; ++month) {
        m_licenceMonth->setItemText(month, month == 0             ? tr("Month")
                                           : format::isJapanese() ? QStringLiteral("%1月").arg(month)
                                                                  : QLocale(QLocale::English).monthName(month));
    }
    m_licenceHint->setText(tr("The month your driving licence expires, as printed on it."));
    m_vehicle->setTitle(tr("Vehicle"));
    m_useBox->setTitle(tr("Purpose of use"));
    m_use->setAccessibleName(tr("Purpose of use"));
    for (int i = 0; i < m_use->count(); ++i)
        m_use->setItemText(i, labels::use(m_use->itemData(i).toString()));
    m_youngestBox->setTitle(tr("Youngest driver"));
    m_youngestRelation->setAccessibleName(tr("Youngest driver: relationship"));
    for (int i = 0; i < m_youngestRelation->count(); ++i) {
        const QString code = m_youngestRelation->itemData(i).toString();
        m_youngestRelation->setItemText(i, code.isEmpty() ? tr("Choose") : relationLabel(code));
    }
    m_youngestBirthDate->setAccessibleName(tr("Youngest driver: date of birth"));
    m_youngestBirthDate->setPlaceholderText(tr("e.g. 2006/03/15"));
    m_relationCaption->setText(tr("Relationship"));
    m_birthCaption->setText(tr("Date of birth"));
}

void ContractDetailsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showAgain();
    }
    RenewalPage::changeEvent(event);
}

void ContractDetailsPage::buildInsured()
{
    m_insured = new InfoTable(QString(), this);
    contentLayout()->addWidget(m_insured);
    auto *licence = new QGroupBox(this);
    m_licenceBox = licence;
    auto *layout = new QVBoxLayout(licence);
    m_licenceYear = new QComboBox(this);
    m_licenceYear->setObjectName(QStringLiteral("nextLicenceYearCombo"));
    m_licenceMonth = new QComboBox(this);
    m_licenceMonth->setObjectName(QStringLiteral("nextLicenceMonthCombo"));
    for (int month = 0; month <= 12; ++month)
        m_licenceMonth->addItem(QString(), month); // texts: retranslate()
    auto *hint = new QLabel(licence);
    m_licenceHint = hint;
    hint->setWordWrap(true);
    layout->addLayout(row(m_licenceYear, m_licenceMonth));
    m_licenceError = addFieldError(licenceKey, m_licenceYear);
    layout->addWidget(m_licenceError);
    layout->addWidget(hint);
    contentLayout()->addWidget(licence);
    for (QComboBox *combo : {m_licenceYear, m_licenceMonth}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            onInputChanged({licenceKey});
            showLicenceProblem();
        });
    }
}

void ContractDetailsPage::buildVehicle()
{
    m_vehicle = new InfoTable(QString(), this);
    contentLayout()->addWidget(m_vehicle);
    auto *useBox = new QGroupBox(this);
    m_useBox = useBox;
    auto *layout = new QVBoxLayout(useBox);
    m_use = new QComboBox(this);
    m_use->setObjectName(QStringLiteral("useCombo"));
    for (const QString &code : codes::uses)
        m_use->addItem(labels::use(code), code);
    layout->addWidget(m_use, 0, Qt::AlignLeft); // a child of the titled box, which labels it
    layout->addWidget(addFieldError(useKey, m_use));
    contentLayout()->addWidget(useBox);
    connect(m_use, &QComboBox::currentIndexChanged, this, [this] { onInputChanged({useKey}); });
}

void ContractDetailsPage::buildYoungest()
{
    m_youngestBox = new QGroupBox(this);
    auto *layout = new QVBoxLayout(m_youngestBox);
    m_youngestNote = new QLabel(m_youngestBox);
    m_youngestNote->setObjectName(QStringLiteral("youngestNote"));
    m_youngestNote->setWordWrap(true);
    layout->addWidget(m_youngestNote);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_youngestRelation = new QComboBox(this);
    m_youngestRelation->setObjectName(QStringLiteral("youngestRelationCombo"));
    m_youngestRelation->addItem(QString(), QString());
    for (const QString &code : {QStringLiteral("spouse"), QStringLiteral("child"), QStringLiteral("parent"),
                                QStringLiteral("sibling"), QStringLiteral("other")})
        m_youngestRelation->addItem(relationLabel(code), code);
    m_youngestBirthDate = new QLineEdit(this);
    m_youngestBirthDate->setObjectName(QStringLiteral("youngestBirthDateEdit"));
    m_youngestBirthDate->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,4}[/-]?[0-9]{0,2}[/-]?[0-9]{0,2}")), m_youngestBirthDate));
    m_relationCaption = new QLabel(m_youngestBox);
    m_birthCaption = new QLabel(m_youngestBox);
    form->addRow(m_relationCaption, m_youngestRelation);
    form->addRow(m_birthCaption, m_youngestBirthDate);
    layout->addLayout(form);
    m_youngestError = addFieldError(youngestKey, m_youngestRelation);
    layout->addWidget(m_youngestError);
    layout->addWidget(addFieldError(ageConditionKey, m_youngestBirthDate));
    m_youngestWarning = new QLabel(m_youngestBox);
    m_youngestWarning->setObjectName(QStringLiteral("youngestWarning"));
    m_youngestWarning->setWordWrap(true);
    m_youngestWarning->setProperty("role", QStringLiteral("warning"));
    m_youngestWarning->hide();
    layout->addWidget(m_youngestWarning);
    contentLayout()->addWidget(m_youngestBox);
    connect(m_youngestRelation, &QComboBox::currentIndexChanged, this, [this] {
        onInputChanged({youngestKey, ageConditionKey});
    });
    connect(m_youngestBirthDate, &QLineEdit::textChanged, this, [this] {
        onInputChanged({youngestKey, ageConditionKey});
    });
}

void ContractDetailsPage::onInputChanged(const QStringList &fields)
{
    if (m_filling)
        return;
    for (const QString &field : fields)
        clearFieldError(field);
    updateYoungest();
    emit completeChanged();
    QJsonObject selections{{useKey, m_use->currentData().toString()}};
    if (nextLicenceRenewal().isValid())
        selections.insert(licenceKey, monthString(nextLicenceRenewal()));
    const QJsonValue youngest = youngestJson(m_youngestRelation->currentData().toString(), youngestBirthDate());
    if (youngestInScope() && youngest.isObject())
        selections.insert(youngestKey, youngest);
    controller()->requoter()->requestQuote(selections);
}

QDate ContractDetailsPage::nextLicenceRenewal() const
{
    const int year = m_licenceYear->currentData().toInt();
    const int month = m_licenceMonth->currentData().toInt();
    return year > 0 && month > 0 ? QDate(year, month, 1) : QDate();
}

QDate ContractDetailsPage::youngestBirthDate() const
{
    const QDate date = typedBirthDate();
    return isPlausibleBirthDate(date) && !bornAfterTermStart(date) ? date : QDate();
}

bool ContractDetailsPage::bornAfterTermStart(const QDate &date) const
{
    const QDate start = controller()->renewal().newPeriod.start;
    return start.isValid() && date > start;
}

QDate ContractDetailsPage::typedBirthDate() const
{
    const QString text = m_youngestBirthDate->text().trimmed();
    for (const QString &form : {QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyyMMdd")}) {
        const QDate date = QDate::fromString(text, form);
        if (date.isValid())
            return date;
    }
    return {};
}

bool ContractDetailsPage::youngestInScope() const
{
    return controller()->renewal().drivers.limit != QStringLiteral("self");
}

bool ContractDetailsPage::youngestRequired() const
{
    const QString condition = controller()->renewal().drivers.ageCondition;
    return youngestInScope() && (condition == QStringLiteral("26") || condition == QStringLiteral("35"));
}

void ContractDetailsPage::updateYoungest()
{
    const Renewal &renewal = controller()->renewal();
    m_youngestBox->setEnabled(youngestInScope());
    if (!youngestInScope())
        m_youngestNote->setText(tr("Not needed: only the principal insured drives (insured only)."));
    else if (youngestRequired())
        m_youngestNote->setText(
            tr("Required: enter the youngest of the people who will drive (%1, %2).")
                .arg(labels::limit(renewal.drivers.limit), labels::ageCondition(renewal.drivers.ageCondition)));
    else
        m_youngestNote->setText(
            tr("Optional for the age condition \"%1\".").arg(labels::ageCondition(renewal.drivers.ageCondition)));

    // A date that no driver can have (born in 1800, or after the new term starts) is refused at the field.
    const QDate typed = typedBirthDate();
    if (typed.isValid() && (!isPlausibleBirthDate(typed) || bornAfterTermStart(typed)))
        m_youngestError->showMessage(tr("Check the date of birth: enter a date from 1900 up to the start of the new "
                                        "term."));
    const QDate birth = youngestBirthDate();
    const int minimum = minimumAge(renewal.drivers.ageCondition);
    const int age = birth.isValid() ? ageOn(birth, renewal.newPeriod.start) : -1;
    const bool outside = youngestInScope() && age >= 0 && age < minimum;
    m_youngestWarning->setText(
        outside ? tr("This driver will be %1 when the new term starts: the age condition \"%2\" does not cover them, "
                     "and accidents they cause would not be paid. Go back to ① Basic information and change the age "
                     "condition.")
                      .arg(age)
                      .arg(labels::ageCondition(renewal.drivers.ageCondition))
                : QString());
    m_youngestWarning->setVisible(outside);
}

QJsonValue ContractDetailsPage::inputsFrom(const Renewal &renewal) const
{
    const QDate licence = renewal.insured.nextLicenceRenewal;
    const std::optional<YoungestDriver> &youngest = renewal.drivers.youngest;
    return QJsonObject{{licenceKey, licence.isValid() ? monthString(licence) : QString()},
                       {useKey, renewal.vehicle.use},
                       {youngestKey, youngest ? youngestJson(youngest->relation, youngest->birthDate) : QJsonValue()}};
}

void ContractDetailsPage::fillInputs(const Renewal &renewal)
{
    m_filling = true;
    const QDate licence = renewal.insured.nextLicenceRenewal;
    // Only years that hold a month the service accepts (docs/rating.md §7): after the start month, at most 5 years
    // on (3 when the insured is 72 or older).
    const auto [earliest, latest] = licenceRange(renewal);
    const int firstYear = earliest.isValid() ? earliest.year() : QDate::currentDate().year();
    const int lastYear = latest.isValid() ? latest.year() : firstYear + 5;
    m_licenceYear->clear();
    m_licenceYear->addItem(tr("Year"), 0);
    for (int year = firstYear; year <= lastYear; ++year)
        m_licenceYear->addItem(format::isJapanese() ? QStringLiteral("%1年").arg(year) : QString::number(year), year);
    if (licence.isValid() && m_licenceYear->findData(licence.year()) < 0)
        m_licenceYear->addItem(QString::number(licence.year()), licence.year());
    m_licenceYear->setCurrentIndex(licence.isValid() ? m_licenceYear->findData(licence.year()) : 0);
    m_licenceMonth->setCurrentIndex(licence.isValid() ? licence.month() : 0);
    m_use->setCurrentIndex(qMax(0, m_use->findData(renewal.vehicle.use)));
    const std::optional<YoungestDriver> &youngest = renewal.drivers.youngest;
    const QString relation = youngest ? youngest->relation : QString();
    if (!relation.isEmpty() && m_youngestRelation->findData(relation) < 0)
        m_youngestRelation->addItem(relationLabel(relation), relation);
    m_youngestRelation->setCurrentIndex(qMax(0, m_youngestRelation->findData(relation)));
    m_youngestBirthDate->setText(youngest && youngest->birthDate.isValid()
                                     ? youngest->birthDate.toString(QStringLiteral("yyyy/MM/dd"))
                                     : QString());
    m_filling = false;
}

void ContractDetailsPage::showRenewal(const Renewal &renewal)
{
    m_insured->clear();
    m_insured->addRow(tr("Name"), renewal.insured.name);
    m_insured->addRow(tr("Date of birth"), format::date(renewal.insured.birthDate));
    m_insured->addRow(tr("Licence colour"), labels::licenceColour(renewal.insured.licenceColour));
    m_vehicle->clear();
    m_vehicle->addRow(tr("Car name"), renewal.vehicle.name);
    m_vehicle->addRow(tr("Model"), renewal.vehicle.model);
    m_vehicle->addRow(tr("Registration number"), renewal.vehicle.registration);
    m_vehicle->addRow(tr("First registered"), format::month(renewal.vehicle.firstRegistered));
    updateYoungest();
    m_premium->refresh();
}

std::pair<QDate, QDate> ContractDetailsPage::licenceRange(const Renewal &renewal)
{
    const QDate start = renewal.newPeriod.start;
    if (!start.isValid())
        return {};
    const int years = ageOn(renewal.insured.birthDate, start) >= 72 ? 3 : 5;
    const QDate startMonth(start.year(), start.month(), 1);
    return {startMonth.addMonths(1), startMonth.addYears(years)};
}

QString ContractDetailsPage::licenceProblem() const
{
    const QDate chosen = nextLicenceRenewal();
    const auto [earliest, latest] = licenceRange(controller()->renewal());
    if (!chosen.isValid() || !earliest.isValid())
        return {};
    if (chosen < earliest)
        return tr("Choose a month after the start of the new term (%1).").arg(format::month(earliest.addMonths(-1)));
    if (chosen > latest)
        return tr("Choose a month up to %1 (within %2 years of the start of the new term).")
            .arg(format::month(latest))
            .arg(latest.year() - earliest.addMonths(-1).year());
    return {};
}

void ContractDetailsPage::showLicenceProblem()
{
    // At the field as soon as the month is chosen; the service's 422 stays the final word (shown the same way).
    const QString problem = licenceProblem();
    if (!problem.isEmpty())
        m_licenceError->showMessage(problem);
    else if (m_licenceShown)
        m_licenceError->clearMessage();
    m_licenceShown = !problem.isEmpty();
}

bool ContractDetailsPage::isComplete() const
{
    if (!RenewalPage::isComplete() || !nextLicenceRenewal().isValid() || !licenceProblem().isEmpty())
        return false;
    if (!youngestInScope())
        return true;
    const bool relation = !m_youngestRelation->currentData().toString().isEmpty();
    const bool birth = youngestBirthDate().isValid();
    const bool empty = !relation && m_youngestBirthDate->text().trimmed().isEmpty();
    return (relation && birth) || (empty && !youngestRequired());
}

QJsonObject ContractDetailsPage::inputsToKeep() const
{
    // Also what is not a whole date or month yet: the person finds it as they left it.
    QJsonObject kept = stepFields();
    kept.insert(QStringLiteral("youngestEntered"),
                QJsonObject{{QStringLiteral("relation"), m_youngestRelation->currentData().toString()},
                            {QStringLiteral("birthDate"), m_youngestBirthDate->text()}});
    return kept;
}

void ContractDetailsPage::restoreInputs(const QJsonObject &kept)
{
    const QDate licence = QDate::fromString(kept.value(licenceKey).toString(), QStringLiteral("yyyy-MM"));
    if (licence.isValid() && m_licenceYear->findData(licence.year()) >= 0) {
        m_licenceYear->setCurrentIndex(m_licenceYear->findData(licence.year()));
        m_licenceMonth->setCurrentIndex(qMax(0, m_licenceMonth->findData(licence.month())));
    }
    if (const int use = m_use->findData(kept.value(useKey).toString()); use >= 0)
        m_use->setCurrentIndex(use);
    const QJsonObject youngest = kept.value(QStringLiteral("youngestEntered")).toObject();
    if (const int relation = m_youngestRelation->findData(youngest.value(QStringLiteral("relation")).toString());
        relation >= 0)
        m_youngestRelation->setCurrentIndex(relation);
    if (youngest.contains(QStringLiteral("birthDate")))
        m_youngestBirthDate->setText(youngest.value(QStringLiteral("birthDate")).toString().left(32));
}

QJsonObject ContractDetailsPage::stepFields() const
{
    QJsonObject fields{{licenceKey, monthString(nextLicenceRenewal())}, {useKey, m_use->currentData().toString()}};
    const QJsonValue youngest = youngestJson(m_youngestRelation->currentData().toString(), youngestBirthDate());
    if (youngestInScope() && youngest.isObject())
        fields.insert(youngestKey, youngest);
    return fields;
}

} // namespace clickar
