#include "CompletionPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace clickar {

CompletionPage::CompletionPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, std::nullopt, parent)
{
    setTitle(tr("Your application is complete"));
    setFinalPage(true);
    m_policyNumber = new QLabel(this);
    m_policyNumber->setObjectName(QStringLiteral("newPolicyNumber"));
    m_policyNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_policyNumber->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_policyNumber->setFont(big);
    auto *caption = new QLabel(tr("New policy number"), this);
    m_mail = new QLabel(this);
    m_mail->setObjectName(QStringLiteral("thankYouMail"));
    m_mail->setWordWrap(true);
    contentLayout()->addWidget(caption);
    contentLayout()->addWidget(m_policyNumber);
    contentLayout()->addSpacing(16);
    contentLayout()->addWidget(m_mail);
    contentLayout()->addStretch();
}

void CompletionPage::showRenewal(const Renewal &renewal)
{
    if (!renewal.submission)
        return;
    m_policyNumber->setText(renewal.submission->newPolicyNumber);
    const ConfirmationEmail &mail = renewal.submission->confirmationEmail;
    if (!mail.subject.isEmpty()) {
        m_mail->setText(
            tr("We have sent the email “%1” to your registered address (%2).").arg(mail.subject, mail.maskedTo));
    }
}

} // namespace clickar
