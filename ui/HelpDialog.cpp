#include "ui/HelpDialog.h"

#include "ui/LanguageSwitch.h"
#include "ui/LinkButton.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

namespace {
QLabel *textLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString contactHtml(const QString &role, const Contact &contact, const QString &hours)
{
    QString html = QStringLiteral("<p><b>%1</b><br>%2").arg(role.toHtmlEscaped(), contact.name.toHtmlEscaped());
    if (!contact.code.isEmpty())
        html += QStringLiteral(" (%1)").arg(contact.code.toHtmlEscaped());
    if (!contact.address.isEmpty())
        html += QStringLiteral("<br>") + contact.address.toHtmlEscaped();
    if (!contact.phone.isEmpty())
        html += QStringLiteral("<br>") + HelpDialog::tr("Phone: %1").arg(contact.phone.toHtmlEscaped());
    if (!hours.isEmpty())
        html += QStringLiteral("<br>") + HelpDialog::tr("Hours: %1").arg(hours.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}
} // namespace

HelpDialog::HelpDialog(int pageId, const QString &pageTitle, RenewalController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("helpDialog"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("helpHeading"));
    m_heading->setWordWrap(true);
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_heading->setFont(big);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    if (QToolButton *language = LanguageSwitch::makeButton(this))
        top->addWidget(language, 0, Qt::AlignTop);
    layout->addLayout(top);

    auto *purposeBox = new QGroupBox(this);
    m_purposeBox = purposeBox;
    auto *purposeLayout = new QVBoxLayout(purposeBox);
    m_purpose = textLabel(QStringLiteral("helpPurpose"), purposeBox);
    purposeLayout->addWidget(m_purpose);
    layout->addWidget(purposeBox);

    auto *contactsBox = new QGroupBox(this);
    m_contactsBox = contactsBox;
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    m_contacts = textLabel(QStringLiteral("helpContacts"), contactsBox);
    m_contacts->setTextInteractionFlags(Qt::TextSelectableByMouse); // the addresses are buttons below
    m_links = new QVBoxLayout;
    m_links->setSpacing(0);
    m_retry = new QPushButton(contactsBox);
    m_retry->setObjectName(QStringLiteral("helpRetryButton"));
    m_retry->hide();
    contactsLayout->addWidget(m_contacts);
    contactsLayout->addLayout(m_links);
    contactsLayout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(contactsBox);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("helpCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(controller->supportContacts(), &SupportContacts::loaded, this, &HelpDialog::showContacts);
    connect(controller->supportContacts(), &SupportContacts::failed, this, &HelpDialog::showContactsFailed);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_retry->hide();
        m_contactsFailure.reset();
        showLinks({});
        m_contacts->setText(tr("Loading the contacts…"));
        m_controller->supportContacts()->load();
    });
    showPage(pageId, pageTitle);
    retranslate();
    if (!controller->support())
        controller->supportContacts()->load();
    setMinimumWidth(420);
}

void HelpDialog::retranslate()
{
    setWindowTitle(tr("Help"));
    m_purposeBox->setTitle(tr("What this page is for"));
    m_contactsBox->setTitle(tr("Contacts"));
    m_retry->setText(tr("Try again"));
    m_close->setText(tr("Close"));
    // The page's title as the page now has it (the pages retranslate themselves too).
    if (auto *wizard = qobject_cast<QWizard *>(parentWidget()); wizard && wizard->page(m_pageId))
        m_pageTitle = wizard->page(m_pageId)->title();
    m_heading->setText(tr("Help: %1").arg(m_pageTitle));
    m_purpose->setText(purposeOf(m_pageId));
    if (m_controller->support())
        showContacts(*m_controller->support());
    else if (m_contactsFailure)
        showContactsFailed(*m_contactsFailure);
    else
        m_contacts->setText(tr("Loading the contacts…"));
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HelpDialog::showPage(int pageId, const QString &pageTitle)
{
    m_pageId = pageId;
    m_pageTitle = pageTitle;
    m_heading->setText(tr("Help: %1").arg(pageTitle));
    m_purpose->setText(purposeOf(pageId));
}

void HelpDialog::showContacts(const Support &support)
{
    m_contactsFailure.reset();
    m_retry->hide();
    QString html;
    if (support.agency)
        html += contactHtml(tr("Your agency"), *support.agency, {});
    else
        html += QStringLiteral("<p>%1</p>").arg(tr("No agency handles this contract: please contact the insurer."));
    html += contactHtml(tr("Insurer"), support.insurer, support.hours);
    m_contacts->setText(html);
    showLinks(support);
}

void HelpDialog::showLinks(const Support &support)
{
    const bool hadFocus = isAncestorOf(focusWidget()) && qobject_cast<LinkButton *>(focusWidget());
    const QString focused = hadFocus ? focusWidget()->objectName() : QString();
    while (QLayoutItem *item = m_links->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addLink = [this](const QString &objectName, const Contact &contact) {
        const QUrl url(contact.url, QUrl::StrictMode);
        if (contact.url.isEmpty() || !url.isValid())
            return;
        auto *link = new LinkButton(m_contactsBox);
        link->setObjectName(objectName);
        link->setLink(url, tr("Website of %1").arg(contact.name));
        m_links->addWidget(link, 0, Qt::AlignLeft);
    };
    if (support.agency)
        addLink(QStringLiteral("agencyWebsite"), *support.agency);
    addLink(QStringLiteral("insurerWebsite"), support.insurer);
    if (!focused.isEmpty()) {
        if (auto *again = findChild<LinkButton *>(focused))
            again->setFocus(Qt::OtherFocusReason);
    }
}

void HelpDialog::showContactsFailed(const ApiError &error)
{
    m_contactsFailure = error;
    showLinks({});
    m_contacts->setText(tr("The contacts could not be loaded. %1").arg(error.userMessage()).toHtmlEscaped());
    m_retry->show();
}

QString HelpDialog::purposeOf(int pageId)
{
    switch (pageId) {
    case PreConfirmationPageId:
        return tr("Before the renewal, read how your personal information is handled, the solicitation policy and "
                  "the notes on this renewal. When you have read them, tick the box to confirm and go on.");
    case BasicInfoPageId:
        return tr("Check the basic information of the renewed contract: the policy number, the new insurance period, "
                  "the policyholder and the principal insured. You can change who may drive (driver limitation and "
                  "age condition) and the licence colour; the premium is then recalculated. Accidents caused by "
                  "drivers outside the driver range are not covered.");
    case CoveragePageId:
        return tr("Compare the plans offered for the new term side by side: each coverage, the annual premium, the "
                  "amount per payment and the difference from last year's premium. Choose one plan.");
    case ContractDetailsPageId:
        return tr("Check the details of the principal insured and the vehicle. Enter the year and month of your next "
                  "licence renewal (printed on your driving licence) and the purpose of use. When drivers are not "
                  "limited to the insured and the age condition is 26 or 35 and over, enter the youngest driver. The "
                  "premium is recalculated after each change.");
    case DecisionPageId:
        return tr("Check the plan you chose: its basic information, every coverage, and the premium for this year and "
                  "last year.");
    case CustomerPaymentPageId:
        return tr("Check your address, phone number and group, and the way you pay the premium.");
    case DisclosurePageId:
        return tr("Open the important matters document (contract overview and warnings), read it to the end and "
                  "agree to its electronic delivery. Then confirm the notices listed on the page.");
    case ApplicationPageId:
        return tr("Choose whether you need a driver card and how you want to hear about the next renewal, check the "
                  "summary and apply. Once you have applied you cannot go back.");
    case CompletionPageId:
        return tr("Your renewal is complete. Keep the new policy number; you can print the receipt or save it as "
                  "PDF.");
    default:
        return {};
    }
}

} // namespace clickar
