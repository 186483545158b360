#include "wizard/CompletionPage.h"

#include "ui/DocumentTools.h"
#include "ui/FileDialogs.h"
#include "ui/ReceiptDocument.h"
#include "ui/Style.h"

#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace clickar {

CompletionPage::CompletionPage(RenewalController *controller, QWidget *parent)
    : RenewalPage(controller, std::nullopt, parent)
    , m_heading(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_policyNumber(new QLabel(this))
    , m_mail(new QLabel(this))
    , m_receiptNote(new QLabel(this))
    , m_print(new QPushButton(this))
    , m_savePdf(new QPushButton(this))
    , m_receiptStatus(new QLabel(this))
{
    setFinalPage(true);
    m_heading->setObjectName(QStringLiteral("completionHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_policyNumber->setObjectName(QStringLiteral("newPolicyNumber"));
    m_policyNumber->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_policyNumber->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_policyNumber->setFont(big);
    m_mail->setObjectName(QStringLiteral("thankYouMail"));
    m_mail->setWordWrap(true);
    m_mail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receiptNote->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("printReceiptButton"));
    m_savePdf->setObjectName(QStringLiteral("saveReceiptPdfButton"));
    for (QPushButton *button : {m_print, m_savePdf})
        button->setAutoDefault(false);
    m_receiptStatus->setObjectName(QStringLiteral("receiptStatus"));
    m_receiptStatus->setWordWrap(true);
    m_receiptStatus->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_savePdf);
    buttons->addStretch();
    contentLayout()->addWidget(m_heading);
    contentLayout()->addSpacing(8);
    contentLayout()->addWidget(m_caption);
    contentLayout()->addWidget(m_policyNumber);
    contentLayout()->addSpacing(16);
    contentLayout()->addWidget(m_mail);
    contentLayout()->addSpacing(16);
    contentLayout()->addWidget(m_receiptNote);
    contentLayout()->addLayout(buttons);
    contentLayout()->addWidget(m_receiptStatus);
    contentLayout()->addStretch();
    retranslate();

    connect(m_print, &QPushButton::clicked, this, &CompletionPage::printReceipt);
    connect(m_savePdf, &QPushButton::clicked, this, &CompletionPage::chooseAndSaveReceipt);
}

void CompletionPage::retranslate()
{
    setTitle(tr("Complete"));
    setSubTitle(tr("Thank you. Your auto insurance has been renewed."));
    m_heading->setText(tr("Your application is complete"));
    m_caption->setText(tr("New policy number"));
    m_receiptNote->setText(tr("Keep a receipt of your application: print it, or save it as a PDF file."));
    m_print->setText(tr("&Print the receipt"));
    m_savePdf->setText(tr("&Save as PDF"));
    if (m_returnRow)
        retranslateReturn();
    if (m_receiptStatusText)
        m_receiptStatus->setText(m_receiptStatusText());
    showRenewal(controller()->renewal());
}

void CompletionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    RenewalPage::changeEvent(event);
}

void CompletionPage::showRenewal(const Renewal &renewal)
{
    const bool done = renewal.submission.has_value();
    m_print->setEnabled(done);
    m_savePdf->setEnabled(done);
    if (!done)
        return;
    m_policyNumber->setText(renewal.submission->newPolicyNumber);
    m_policyNumber->setAccessibleName(tr("New policy number %1").arg(renewal.submission->newPolicyNumber));
    const ConfirmationEmail &mail = renewal.submission->confirmationEmail;
    if (controller()->isOnBehalf()) {
        m_mail->setText(tr("The email “%1” has been sent to the customer's registered address (%2), not to you. "
                           "Please tell the customer to expect it.")
                            .arg(mail.subject, mail.maskedTo));
    } else if (mail.subject.isEmpty()) {
        m_mail->setText(tr("A confirmation email is being sent to your registered address."));
    } else {
        m_mail->setText(
            tr("We have sent the email “%1” to your registered address (%2).").arg(mail.subject, mail.maskedTo));
    }
}

QDialog *CompletionPage::printPreview() const
{
    return findChild<QDialog *>(QStringLiteral("receiptPrintPreview"));
}

void CompletionPage::printReceipt()
{
    const ReceiptDocument receipt(controller()->renewal(), controller()->submittedRequest(), controller()->support());
    QString error;
    DocumentTools *tools = documentTools(&error);
    if (!tools)
        return setReceiptStatus([error] { return tr("Printing is not available (%1).").arg(error); }, true);
    tools->printPreview(this, receipt.title(), QStringLiteral("receiptPrintPreview"),
                        [&receipt](QPagedPaintDevice *printer) { receipt.print(printer); });
}

void CompletionPage::chooseAndSaveReceipt()
{
    const ReceiptDocument receipt(controller()->renewal(), controller()->submittedRequest(), controller()->support());
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString path = FileDialogs::getSaveFileName(
        this, tr("Save the receipt as PDF"), QDir(folder).filePath(receipt.suggestedFileName()),
        tr("PDF files (*.pdf)"), QStringLiteral("pdf"), QStringLiteral("receiptSaveDialog"));
    if (!path.isEmpty())
        saveReceipt(path);
}

bool CompletionPage::saveReceipt(const QString &path)
{
    const ReceiptDocument receipt(controller()->renewal(), controller()->submittedRequest(), controller()->support());
    QString error;
    if (!receipt.savePdf(path, &error)) {
        setReceiptStatus([error] { return tr("The receipt could not be saved: %1").arg(error); }, true);
        return false;
    }
    setReceiptStatus([path] { return tr("The receipt was saved as %1.").arg(QDir::toNativeSeparators(path)); }, false);
    return true;
}

void CompletionPage::startReturnCountdown(int seconds)
{
    if (!m_returnRow) {
        m_savePdf->hide();
        m_returnRow = new QWidget(this);
        m_returnRow->setObjectName(QStringLiteral("returnCountdownRow"));
        auto *row = new QHBoxLayout(m_returnRow);
        row->setContentsMargins(0, 0, 0, 0);
        m_returnText = new QLabel(m_returnRow);
        m_returnText->setObjectName(QStringLiteral("returnCountdown"));
        m_returnText->setWordWrap(true);
        m_returnText->setProperty("role", QStringLiteral("hint"));
        m_finish = new QPushButton(m_returnRow);
        m_finish->setObjectName(QStringLiteral("finishNowButton"));
        m_finish->setAutoDefault(false);
        m_finish->setProperty("role", QStringLiteral("primary"));
        row->addWidget(m_returnText, 1);
        row->addWidget(m_finish);
        // Above the stretch at the end of the content.
        contentLayout()->insertWidget(contentLayout()->count() - 1, m_returnRow);
        m_returnRow->show(); // the page may be on screen already
        m_returnTick = new QTimer(this);
        m_returnTick->setInterval(1000);
        connect(m_returnTick, &QTimer::timeout, this, &CompletionPage::tickReturn);
        connect(m_finish, &QPushButton::clicked, this, [this] {
            m_returnTick->stop();
            emit leaveRequested();
        });
    }
    m_returnSeconds = seconds;
    retranslateReturn(); // only these texts: setting the page's title again would show the page again
    restartReturnCountdown();
}

void CompletionPage::retranslateReturn()
{
    m_receiptNote->setText(tr("Keep a receipt of your application: print it."));
    m_finish->setText(tr("Finish"));
    showReturnLeft();
}

void CompletionPage::restartReturnCountdown()
{
    if (!m_returnTick)
        return;
    m_returnLeft = m_returnSeconds;
    showReturnLeft();
    m_returnTick->start();
}

void CompletionPage::tickReturn()
{
    if (--m_returnLeft > 0)
        return showReturnLeft();
    m_returnTick->stop();
    emit leaveRequested();
}

void CompletionPage::showReturnLeft()
{
    m_returnText->setText(tr("Returning to the first screen in %1 seconds.").arg(m_returnLeft));
}

void CompletionPage::setReceiptStatus(std::function<QString()> text, bool isError)
{
    m_receiptStatusText = std::move(text);
    m_receiptStatus->setText(m_receiptStatusText());
    style::setState(m_receiptStatus, "error", isError);
    m_receiptStatus->show();
}

} // namespace clickar
