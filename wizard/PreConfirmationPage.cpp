#include "wizard/PreConfirmationPage.h"

#include "ui/ScrollKeeper.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizard>

namespace clickar {

namespace {
QTextBrowser *addText(QVBoxLayout *layout, const QString &objectName)
{
    auto *box = new QGroupBox;
    auto *boxLayout = new QVBoxLayout(box);
    auto *text = new QTextBrowser(box);
    text->setObjectName(objectName);
    text->setOpenExternalLinks(true);
    text->setMinimumHeight(130);
    boxLayout->addWidget(text);
    layout->addWidget(box);
    return text;
}

void setText(QTextBrowser *browser, const QString &title, const QString &text)
{
    static_cast<QGroupBox *>(browser->parentWidget())->setTitle(title);
    browser->setAccessibleName(title);
    if (text.isNull() || browser->toPlainText() == text)
        return;
    browser->setPlainText(text);
    ScrollKeeper::restorePlace(browser->verticalScrollBar()); // the other language's text: the reader's place kept
}
} // namespace

PreConfirmationPage::PreConfirmationPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, Step::Preconfirm, parent)
{
    m_privacy = addText(contentLayout(), QStringLiteral("privacyText"));
    m_solicitation = addText(contentLayout(), QStringLiteral("solicitationText"));
    m_notes = addText(contentLayout(), QStringLiteral("notesText"));
    m_confirm = addConfirmation(QStringLiteral("preconfirmChecked"), {});
    addAgentAttestation();
    retranslate();
}

void PreConfirmationPage::retranslate()
{
    setTitle(tr("Before you start"));
    setSubTitle(tr("Please read the following before renewing your policy."));
    setButtonText(QWizard::NextButton, tr("Next (① Basic information)"));
    m_confirm->setText(tr("I have read and &confirmed the above"));
    showTexts({});
}

void PreConfirmationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RenewalPage::changeEvent(event);
}

void PreConfirmationPage::showTexts(const Texts &texts)
{
    setText(m_privacy, tr("Handling of personal information"), texts.privacy);
    setText(m_solicitation, tr("Solicitation policy"), texts.solicitation);
    setText(m_notes, tr("Notes on the renewal"), texts.notes);
}

void PreConfirmationPage::showRenewal(const Renewal &renewal)
{
    showTexts(renewal.texts);
}

} // namespace clickar
