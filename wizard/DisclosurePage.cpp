#include "DisclosurePage.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

DisclosurePage::DisclosurePage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Disclosure, parent)
{
    setTitle(tr("Important matters"));
    setSubTitle(tr("Read the explanation of important matters and confirm the notices."));
    setButtonText(QWizard::NextButton, tr("Next (Application)"));
    m_open = new QPushButton(tr("Open the explanation of important matters"), this);
    m_open->setObjectName(QStringLiteral("openDisclosureButton"));
    contentLayout()->addWidget(m_open);
    m_documentStatus = new QLabel(this);
    m_documentStatus->setObjectName(QStringLiteral("documentStatus"));
    m_documentStatus->setWordWrap(true);
    contentLayout()->addWidget(m_documentStatus);
    auto *notices = new QGroupBox(tr("Duty of disclosure and duty of notification"), this);
    auto *noticesLayout = new QVBoxLayout(notices);
    m_notices = new QLabel(notices);
    m_notices->setWordWrap(true);
    noticesLayout->addWidget(m_notices);
    contentLayout()->addWidget(notices);
    contentLayout()->addStretch();

    m_consent = addConfirmation(QStringLiteral("eDeliveryConsent"),
                                tr("I consent to electronic delivery of the explanation of important matters"));
    m_consent->setEnabled(false);
    addConfirmation(QStringLiteral("noticesConfirmed"), tr("I have confirmed"));
    connect(m_open, &QPushButton::clicked, this, &DisclosurePage::openDocument);
}

void DisclosurePage::showRenewal(const Renewal &renewal)
{
    QStringList lines;
    for (const Notice &notice : renewal.notices)
        lines.append(QStringLiteral("【%1】%2").arg(notice.kind, notice.text));
    m_notices->setText(lines.join(QStringLiteral("\n\n")));
}

void DisclosurePage::openDocument()
{
    const Renewal &renewal = controller()->renewal();
    if (renewal.documents.isEmpty())
        return;
    const DocumentInfo info = renewal.documents.first();
    m_open->setEnabled(false);
    m_documentStatus->setText(tr("Loading the document…"));
    controller()->loadDocument(info.id, this, [this, info](const Result<QByteArray> &result) {
        m_open->setEnabled(true);
        if (!result.ok())
            return m_documentStatus->setText(result.error().userMessage());
        const QString sha256 =
            QString::fromLatin1(QCryptographicHash::hash(result.value(), QCryptographicHash::Sha256).toHex());
        if (sha256 != info.sha256) {
            m_consent->setEnabled(false);
            return m_documentStatus->setText(
                tr("The document received does not match the insurer's version. Please try again."));
        }
        m_verifiedSha256 = sha256;
        m_documentStatus->setText(tr("Document checked (%n page(s)).", nullptr, info.pages));
        m_consent->setEnabled(true);
    });
}

QJsonObject DisclosurePage::stepFields() const
{
    return {{QStringLiteral("eDeliveryConsent"), true},
            {QStringLiteral("documentSha256"), m_verifiedSha256},
            {QStringLiteral("noticesConfirmed"), true}};
}

} // namespace clickar
