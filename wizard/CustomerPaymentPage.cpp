#include "wizard/CustomerPaymentPage.h"

#include "domain/Codes.h"
#include "domain/PlainText.h"
#include "ui/FieldError.h"
#include "ui/Format.h"
#include "ui/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QWizard>

namespace clickar {

namespace {
// The 47 都道府県 as the service expects them (the value) with their names in English (for the English UI).
struct Prefecture
{
    const char16_t *japanese;
    const char *english;
};
constexpr Prefecture prefectures[] = {
    {u"北海道", "Hokkaido"}, {u"青森県", "Aomori"},      {u"岩手県", "Iwate"},     {u"宮城県", "Miyagi"},
    {u"秋田県", "Akita"},    {u"山形県", "Yamagata"},    {u"福島県", "Fukushima"}, {u"茨城県", "Ibaraki"},
    {u"栃木県", "Tochigi"},  {u"群馬県", "Gunma"},       {u"埼玉県", "Saitama"},   {u"千葉県", "Chiba"},
    {u"東京都", "Tokyo"},    {u"神奈川県", "Kanagawa"},  {u"新潟県", "Niigata"},   {u"富山県", "Toyama"},
    {u"石川県", "Ishikawa"}, {u"福井県", "Fukui"},       {u"山梨県", "Yamanashi"}, {u"長野県", "Nagano"},
    {u"岐阜県", "Gifu"},     {u"静岡県", "Shizuoka"},    {u"愛知県", "Aichi"},     {u"三重県", "Mie"},
    {u"滋賀県", "Shiga"},    {u"京都府", "Kyoto"},       {u"大阪府", "Osaka"},     {u"兵庫県", "Hyogo"},
    {u"奈良県", "Nara"},     {u"和歌山県", "Wakayama"},  {u"鳥取県", "Tottori"},   {u"島根県", "Shimane"},
    {u"岡山県", "Okayama"},  {u"広島県", "Hiroshima"},   {u"山口県", "Yamaguchi"}, {u"徳島県", "Tokushima"},
    {u"香川県", "Kagawa"},   {u"愛媛県", "Ehime"},       {u"高知県", "Kochi"},     {u"福岡県", "Fukuoka"},
    {u"佐賀県", "Saga"},     {u"長崎県", "Nagasaki"},    {u"熊本県", "Kumamoto"},  {u"大分県", "Oita"},
    {u"宮崎県", "Miyazaki"}, {u"鹿児島県", "Kagoshima"}, {u"沖縄県", "Okinawa"},
};
} // namespace

CustomerPaymentPage::CustomerPaymentPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Customer, parent)
{
    m_addressBox = new QGroupBox(this);
    auto *address = new QFormLayout(m_addressBox);
    m_postalCode = addEdit(address, QStringLiteral("postalCodeEdit"), QStringLiteral("postalCode"), &m_postalLabel,
                           &m_postalError);
    m_postalCode->setPlaceholderText(QStringLiteral("123-4567"));
    m_postalCode->setMaxLength(8);
    m_prefectureLabel = new QLabel(this);
    m_prefecture = new QComboBox(this);
    m_prefecture->setObjectName(QStringLiteral("prefectureCombo"));
    m_prefecture->addItem(QString(), QString());
    for (const Prefecture &p : prefectures)
        m_prefecture->addItem(QString(), QString::fromUtf16(p.japanese));
    m_prefectureLabel->setBuddy(m_prefecture);
    m_prefectureError = addFieldError(QStringLiteral("prefecture"), m_prefecture);
    FieldError::addRow(address, m_prefectureLabel, m_prefecture, m_prefectureError);
    m_address1 = addEdit(address, QStringLiteral("address1Edit"), QStringLiteral("address1"), &m_address1Label,
                         &m_address1Error);
    m_address2 = addEdit(address, QStringLiteral("address2Edit"), QStringLiteral("address2"), &m_address2Label,
                         &m_address2Error);

    m_contactBox = new QGroupBox(this);
    auto *contact = new QFormLayout(m_contactBox);
    m_phone = addEdit(contact, QStringLiteral("phoneEdit"), QStringLiteral("phone"), &m_phoneLabel, &m_phoneError);
    m_phone->setPlaceholderText(QStringLiteral("090-1234-5678"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_emailLabel = new QLabel(this);
    m_email = new QLabel(this);
    m_email->setObjectName(QStringLiteral("maskedEmail"));
    contact->addRow(m_emailLabel, m_email);
    m_groupLabel = new QLabel(this);
    m_group = new QLabel(this);
    m_group->setObjectName(QStringLiteral("groupName"));
    contact->addRow(m_groupLabel, m_group);
    m_employeeNumber = addEdit(contact, QStringLiteral("employeeNumberEdit"), QStringLiteral("employeeNumber"),
                               &m_employeeLabel, &m_employeeError);

    m_paymentBox = new QGroupBox(this);
    auto *payment = new QFormLayout(m_paymentBox);
    m_paymentLabel = new QLabel(this);
    m_paymentMethod = new QComboBox(this);
    m_paymentMethod->setObjectName(QStringLiteral("paymentMethodCombo"));
    for (const QString &code : codes::paymentMethods)
        m_paymentMethod->addItem(QString(), code);
    m_paymentLabel->setBuddy(m_paymentMethod);
    payment->addRow(m_paymentLabel, m_paymentMethod);
    m_amountLabel = new QLabel(this);
    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("amountPerPayment"));
    m_amount->setWordWrap(true);
    payment->addRow(m_amountLabel, m_amount);

    for (QGroupBox *box : {m_addressBox, m_contactBox, m_paymentBox}) {
        qobject_cast<QFormLayout *>(box->layout())->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        contentLayout()->addWidget(box);
    }
    // Checked fields sit at their natural width above their message (FieldError::stacked); a street address
    // needs more room than that.
    m_address1->setMinimumWidth(fontMetrics().horizontalAdvance(QString(24, QChar(0x3042))));
    m_address2->setMinimumWidth(m_address1->minimumWidth());
    contentLayout()->addStretch();
    m_confirm = addConfirmation(QStringLiteral("customerConfirmed"), {});
    retranslate();

    for (QLineEdit *edit : {m_postalCode, m_address1, m_address2, m_phone, m_employeeNumber}) {
        connect(edit, &QLineEdit::textEdited, this, &CustomerPaymentPage::validate);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            const QString clean = normalized(edit->text());
            if (clean != edit->text() && (edit == m_postalCode || edit == m_phone)) {
                edit->setText(clean);
                validate();
            }
        });
    }
    connect(m_prefecture, &QComboBox::currentIndexChanged, this, &CustomerPaymentPage::validate);
    connect(m_paymentMethod, &QComboBox::currentIndexChanged, this, &CustomerPaymentPage::onPaymentMethodChanged);
    connect(controller->requoter(), &Requoter::quoteChanged, this, &CustomerPaymentPage::showAmount);
    connect(controller->requoter(), &Requoter::quotingChanged, this, &CustomerPaymentPage::showAmount);
    connect(controller->requoter(), &Requoter::quoteFailed, this, [this](const ApiError &error) {
        m_amount->setText(tr("The amount could not be recalculated: %1").arg(error.userMessage()));
    });
    connect(controller, &RenewalController::renewalChanged, this, [this](const Renewal &renewal) {
        if (wizard() && wizard()->currentPage() == this)
            showRenewal(renewal);
    });
}

QLineEdit *CustomerPaymentPage::addEdit(QFormLayout *form, const QString &objectName, const QString &field,
                                        QLabel **label, FieldError **error)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    *label = new QLabel(this);
    (*label)->setBuddy(edit);
    if (field.isEmpty()) {
        form->addRow(*label, edit);
    } else {
        *error = addFieldError(field, edit);
        FieldError::addRow(form, *label, edit, *error);
    }
    return edit;
}

void CustomerPaymentPage::retranslate()
{
    setTitle(tr("Customer and payment information"));
    setSubTitle(tr("Check your address, phone number and how you pay. Correct anything that has changed."));
    setButtonText(QWizard::NextButton, tr("Next (Important matters)"));
    m_addressBox->setTitle(tr("Address"));
    m_contactBox->setTitle(tr("Contact and workplace"));
    m_paymentBox->setTitle(tr("Payment"));
    m_postalLabel->setText(tr("Postal code (〒)"));
    m_prefectureLabel->setText(tr("Prefecture"));
    m_address1Label->setText(tr("City, street and number"));
    m_address2Label->setText(tr("Building (optional)"));
    m_phoneLabel->setText(tr("Phone number"));
    m_emailLabel->setText(tr("Email"));
    m_groupLabel->setText(tr("Group"));
    m_employeeLabel->setText(tr("Department / employee number"));
    m_paymentLabel->setText(tr("Payment method"));
    m_amountLabel->setText(tr("Amount per payment"));
    m_confirm->setText(tr("The above is &correct"));
    m_prefecture->setItemText(0, tr("Choose…"));
    const bool japanese = format::isJapanese();
    for (int i = 0; i < int(std::size(prefectures)); ++i) {
        const QString name = QString::fromUtf16(prefectures[i].japanese);
        m_prefecture->setItemText(
            i + 1, japanese ? name : QStringLiteral("%1 (%2)").arg(QLatin1String(prefectures[i].english), name));
    }
    for (int i = 0; i < m_paymentMethod->count(); ++i)
        m_paymentMethod->setItemText(i, labels::paymentMethod(m_paymentMethod->itemData(i).toString()));
    m_postalCode->setAccessibleName(m_postalLabel->text());
    m_address1->setAccessibleName(m_address1Label->text());
    m_address2->setAccessibleName(m_address2Label->text());
    m_phone->setAccessibleName(m_phoneLabel->text());
    m_employeeNumber->setAccessibleName(m_employeeLabel->text());
    m_prefecture->setAccessibleName(m_prefectureLabel->text());
    m_paymentMethod->setAccessibleName(m_paymentLabel->text());
}

void CustomerPaymentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        validate();
        showAmount();
    }
    RenewalPage::changeEvent(event);
}

QString CustomerPaymentPage::normalized(const QString &text)
{
    QString clean = text.normalized(QString::NormalizationForm_KC).trimmed();
    for (const QChar dash :
         {QChar(0x30FC), QChar(0x2212), QChar(0x2010), QChar(0x2011), QChar(0x2013), QChar(0x2014), QChar(0xFF70)})
        clean.replace(dash, u'-');
    return clean;
}

bool CustomerPaymentPage::isValidPostalCode(const QString &code)
{
    static const QRegularExpression postal(QStringLiteral("^[0-9]{3}-[0-9]{4}$"));
    return postal.match(code).hasMatch();
}

bool CustomerPaymentPage::isValidPhone(const QString &phone)
{
    // 0X-XXXX-XXXX, 0XX-XXX-XXXX, 0XXX-XX-XXXX (10-digit fixed lines, not 0X0…) and 070/080/090-XXXX-XXXX,
    // with every hyphen of one of these forms or none.
    static const QRegularExpression hyphenated(QStringLiteral("^(0[0-9]-[0-9]{4}|0[0-9]{2}-[0-9]{3}|0[0-9]{3}-[0-9]{2}|"
                                                              "0[789]0-[0-9]{4})-[0-9]{4}$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]{10,11}$"));
    static const QRegularExpression digits(QStringLiteral("^(0[1-9][1-9][0-9]{7}|0[789]0[0-9]{8})$"));
    if (!hyphenated.match(phone).hasMatch() && !digitsOnly.match(phone).hasMatch())
        return false;
    QString plain = phone;
    plain.remove(u'-');
    return digits.match(plain).hasMatch();
}

QJsonValue CustomerPaymentPage::inputsFrom(const Renewal &renewal) const
{
    const Customer &c = renewal.customer;
    return QJsonObject{{QStringLiteral("postalCode"), c.postalCode},
                       {QStringLiteral("prefecture"), c.prefecture},
                       {QStringLiteral("address1"), c.address1},
                       {QStringLiteral("address2"), c.address2},
                       {QStringLiteral("phone"), c.phone},
                       {QStringLiteral("employeeNumber"), c.employeeNumber},
                       {QStringLiteral("paymentMethod"), c.paymentMethod}};
}

void CustomerPaymentPage::fillInputs(const Renewal &renewal)
{
    const Customer &c = renewal.customer;
    m_filling = true;
    m_postalCode->setText(c.postalCode);
    m_prefecture->setCurrentIndex(qMax(0, m_prefecture->findData(c.prefecture)));
    m_address1->setText(c.address1);
    m_address2->setText(c.address2);
    m_phone->setText(c.phone);
    m_employeeNumber->setText(c.employeeNumber);
    m_paymentMethod->setCurrentIndex(qMax(0, m_paymentMethod->findData(c.paymentMethod)));
    m_filling = false;
}

void CustomerPaymentPage::restoreInputs(const QJsonObject &kept)
{
    const auto text = [&kept](const char *key) { return kept.value(QLatin1String(key)).toString().left(200); };
    m_postalCode->setText(text("postalCode"));
    m_address1->setText(text("address1"));
    m_address2->setText(text("address2"));
    m_phone->setText(text("phone"));
    m_employeeNumber->setText(text("employeeNumber"));
    if (const int index = m_prefecture->findData(text("prefecture")); index >= 0)
        m_prefecture->setCurrentIndex(index);
    if (const int index = m_paymentMethod->findData(text("paymentMethod")); index >= 0)
        m_paymentMethod->setCurrentIndex(index);
}

void CustomerPaymentPage::showRenewal(const Renewal &renewal)
{
    m_email->setText(renewal.customer.maskedEmail);
    m_group->setText(renewal.customer.groupName);
    // A method chosen but not saved yet (e.g. after Back): its amount comes from the service too.
    if (m_paymentMethod->currentData().toString() != renewal.customer.paymentMethod)
        controller()->requoter()->requestQuote(
            {{QStringLiteral("paymentMethod"), m_paymentMethod->currentData().toString()}});
    validate();
    showAmount();
}

void CustomerPaymentPage::onPaymentMethodChanged()
{
    if (m_filling)
        return;
    // The service quotes the amount per payment for the new method; nothing is computed here.
    controller()->requoter()->requestQuote(
        {{QStringLiteral("paymentMethod"), m_paymentMethod->currentData().toString()}});
    showAmount();
}

void CustomerPaymentPage::showAmount()
{
    if (controller()->isQuoting())
        return m_amount->setText(tr("Recalculating…"));
    const Quote &q = controller()->currentQuote();
    m_amount->setText(q.installments > 1 ? tr("%1 per month, %2 payments (first payment %3); %4 a year")
                                               .arg(format::yen(q.perInstallment))
                                               .arg(q.installments)
                                               .arg(format::yen(q.firstInstallment), format::yen(q.annualPremium))
                                         : tr("%1, paid once").arg(format::yen(q.annualPremium)));
}

void CustomerPaymentPage::validate()
{
    if (m_filling)
        return;
    const QString postal = normalized(m_postalCode->text());
    const QString phone = normalized(m_phone->text());
    m_postalError->showMessage(postal.isEmpty()             ? tr("Enter the postal code.")
                               : !isValidPostalCode(postal) ? tr("Enter the postal code in the form 123-4567.")
                                                            : QString());
    m_prefectureError->showMessage(m_prefecture->currentData().toString().isEmpty() ? tr("Choose a prefecture.")
                                                                                    : QString());
    // Free text must be text: control, bidirectional and zero-width characters are refused here and by the service.
    const QString unusable = tr("Remove the characters that cannot be used here (control or invisible characters).");
    m_address1Error->showMessage(m_address1->text().trimmed().isEmpty() ? tr("Enter the city, street and number.")
                                 : !isPlainText(m_address1->text())     ? unusable
                                                                        : QString());
    m_address2Error->showMessage(isPlainText(m_address2->text()) ? QString() : unusable);
    m_employeeError->showMessage(isPlainText(m_employeeNumber->text()) ? QString() : unusable);
    m_phoneError->showMessage(phone.isEmpty() ? tr("Enter a phone number.")
                              : !isValidPhone(phone)
                                  ? tr("Enter a Japanese phone number such as 03-1234-5678 or 090-1234-5678.")
                                  : QString());
    const bool valid = !m_postalError->hasMessage() && !m_prefectureError->hasMessage() &&
                       !m_address1Error->hasMessage() && !m_address2Error->hasMessage() &&
                       !m_phoneError->hasMessage() && !m_employeeError->hasMessage();
    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

bool CustomerPaymentPage::isComplete() const
{
    return RenewalPage::isComplete() && m_valid;
}

QJsonObject CustomerPaymentPage::stepFields() const
{
    return {{QStringLiteral("postalCode"), normalized(m_postalCode->text())},
            {QStringLiteral("prefecture"), m_prefecture->currentData().toString()},
            {QStringLiteral("address1"), m_address1->text().trimmed()},
            {QStringLiteral("address2"), m_address2->text().trimmed()},
            {QStringLiteral("phone"), normalized(m_phone->text())},
            {QStringLiteral("employeeNumber"), m_employeeNumber->text().trimmed()},
            {QStringLiteral("paymentMethod"), m_paymentMethod->currentData().toString()}};
}

} // namespace clickar
