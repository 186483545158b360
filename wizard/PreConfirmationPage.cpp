#include "wizard/PreConfirmationPage.h"

#include <QGroupBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

namespace {
QTextBrowser *addText(QVBoxLayout *layout, const QString &title, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    auto *boxLayout = new QVBoxLayout(box);
    auto *text = new QTextBrowser(box);
    text->setObjectName(objectName);
    text->setAccessibleName(title);
    text->setOpenExternalLinks(true);
    text->setMinimumHeight(130);
    boxLayout->addWidget(text);
    layout->addWidget(box);
    return text;
}
} // namespace

PreConfirmationPage::PreConfirmationPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Preconfirm, parent)
{
    setTitle(tr("Before you start"));
    setSubTitle(tr("Please read the following before renewing your policy."));
    setButtonText(QWizard::NextButton, tr("Next (① Basic information)"));
    m_privacy = addText(contentLayout(), tr("Handling of personal information"), QStringLiteral("privacyText"));
    m_solicitation = addText(contentLayout(), tr("Solicitation policy"), QStringLiteral("solicitationText"));
    m_notes = addText(contentLayout(), tr("Notes on the renewal"), QStringLiteral("notesText"));
    addConfirmation(QStringLiteral("preconfirmChecked"), tr("I have read and confirmed the above"));
    addAgentAttestation();
}

void PreConfirmationPage::showRenewal(const Renewal &renewal)
{
    m_privacy->setPlainText(renewal.texts.privacy);
    m_solicitation->setPlainText(renewal.texts.solicitation);
    m_notes->setPlainText(renewal.texts.notes);
}

} // namespace clickar
