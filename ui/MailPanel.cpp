#include "ui/MailPanel.h"

#include "mock/MockClient.h"
#include "ui/Format.h"
#include "ui/Style.h"
#include "ui/WrappedLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace clickar {

MailPanel::MailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mailPanel"));
    setMinimumWidth(280);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *note = new WrappedLabel(this);
    m_note = note;
    note->setWordWrap(true);
    note->setProperty("role", QStringLiteral("hint"));
    header->addWidget(note, 1);
    auto *refreshButton = new QPushButton(this);
    m_refresh = refreshButton;
    refreshButton->setObjectName(QStringLiteral("mailRefreshButton"));
    header->addWidget(refreshButton, 0, Qt::AlignTop);
    layout->addLayout(header);
    m_error = new WrappedLabel(this);
    m_error->setObjectName(QStringLiteral("mailError"));
    m_error->setWordWrap(true);
    style::setState(m_error, "message", QStringLiteral("error"));
    m_error->hide();
    layout->addWidget(m_error);
    m_empty = new WrappedLabel(this);
    m_empty->setObjectName(QStringLiteral("mailEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_empty, 1);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("mailList"));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list, 1);

    m_otpBox = new QWidget(this);
    m_otpBox->setObjectName(QStringLiteral("mailOtpBox"));
    m_otpBox->setProperty("role", QStringLiteral("otpBox"));
    auto *otpLayout = new QHBoxLayout(m_otpBox);
    auto *otpCaption = new QLabel(m_otpBox);
    m_otpCaption = otpCaption;
    m_otpCode = new QLabel(m_otpBox);
    m_otpCode->setObjectName(QStringLiteral("mailOtpCode"));
    m_otpCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont codeFont(QStringLiteral("monospace"));
    codeFont.setStyleHint(QFont::Monospace);
    codeFont.setPointSizeF(font().pointSizeF() * 1.6);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    m_otpCode->setFont(codeFont);
    m_copy = new QPushButton(m_otpBox);
    m_copy->setObjectName(QStringLiteral("copyOtpButton"));
    otpLayout->addWidget(otpCaption);
    otpLayout->addWidget(m_otpCode, 1);
    otpLayout->addWidget(m_copy);
    layout->addWidget(m_otpBox);

    m_body = new QTextBrowser(this);
    m_body->setObjectName(QStringLiteral("mailBody"));
    layout->addWidget(m_body, 2);

    retranslate();
    connect(m_list, &QListWidget::currentRowChanged, this, &MailPanel::showMail);
    connect(refreshButton, &QPushButton::clicked, this, &MailPanel::refresh);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        m_copied = m_otpCode->text();
        QApplication::clipboard()->setText(m_copied);
        m_copy->setText(tr("Copied"));
    });
    showMail(-1);
}

QString MailPanel::otpCode(const Mail &mail)
{
    static const QRegularExpression sixDigits(QStringLiteral("(?<!\\d)(\\d{6})(?!\\d)"));
    if (!mail.subject.contains(QStringLiteral("ワンタイムパスワード")) &&
        !mail.subject.contains(QStringLiteral("one-time password"), Qt::CaseInsensitive))
        return {};
    return sixDigits.match(mail.body).captured(1);
}

void MailPanel::setRecipient(const QString &address)
{
    m_recipient = address.trimmed();
    refresh();
}

void MailPanel::forget()
{
    m_recipient.clear();
    ++m_request; // an answer on its way is dropped
    QClipboard *clipboard = QApplication::clipboard();
    if (!m_copied.isEmpty() && clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.clear();
    showError({});
    clearEntries();
}

void MailPanel::clearEntries()
{
    m_mails.clear();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_otpCode->clear();
    showMail(-1);
}

void MailPanel::refresh()
{
    if (!m_client)
        return;
    const quint64 request = ++m_request;
    if (m_recipient.isEmpty())
        return clearEntries();
    m_client->outbox(this, [this, request](const Result<QList<Mail>> &result) {
        if (request != m_request)
            return;
        if (!result.ok()) {
            // The mails shown stay; the panel says why nothing new came (「再読み込み」 tries again).
            return showError([error = result.error()] {
                return tr("The demo mails could not be loaded. %1").arg(error.userMessage());
            });
        }
        showError({});
        m_mails.clear();
        for (const Mail &mail : result.value()) {
            if (mail.to.compare(m_recipient, Qt::CaseInsensitive) == 0)
                m_mails.append(mail);
        }
        std::stable_sort(m_mails.begin(), m_mails.end(),
                         [](const Mail &a, const Mail &b) { return a.sentAt > b.sentAt; });
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Mail &mail : std::as_const(m_mails)) {
            const QString when = format::time(mail.sentAt); // Japan time, as the mails themselves
            // The time and the address first (they tell the mails apart), then the subject, cut if long.
            auto *item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3").arg(when, mail.to, mail.subject), m_list);
            item->setToolTip(mail.subject);
            // As wide as the panel (the text is cut with "…"), never wider: no sideways scrolling.
            item->setSizeHint(QSize(1, m_list->fontMetrics().lineSpacing() * 2 + 8));
        }
        m_list->setCurrentRow(m_mails.isEmpty() ? -1 : 0);
        showMail(m_list->currentRow());
        emit refreshed();
    });
}

void MailPanel::showError(const std::function<QString()> &text)
{
    m_errorText = text;
    m_error->setText(text ? text() : QString());
    m_error->setVisible(bool(text));
}

void MailPanel::showMail(int row)
{
    m_empty->setVisible(m_mails.isEmpty());
    m_list->setVisible(!m_mails.isEmpty());
    m_body->setVisible(!m_mails.isEmpty());
    if (row < 0 || row >= m_mails.size()) {
        m_otpBox->hide();
        return m_body->clear();
    }
    const Mail &mail = m_mails.at(row);
    const QString code = otpCode(mail);
    m_otpCode->setText(code);
    m_copy->setText(tr("Copy"));
    m_otpBox->setVisible(!code.isEmpty());
    m_body->setPlainText(tr("To: %1").arg(mail.to) + QLatin1Char('\n') + tr("Subject: %1").arg(mail.subject) +
                         QLatin1Char('\n') + tr("Sent: %1").arg(format::dateTime(mail.sentAt)) +
                         QStringLiteral("\n\n") + mail.body);
}

void MailPanel::retranslate()
{
    m_note->setText(tr("Emails the demo service has sent, newest first."));
    m_refresh->setText(tr("Refresh"));
    m_empty->setText(tr("No emails yet. Log in with a demo account to receive a one-time password."));
    m_list->setAccessibleName(tr("Sent emails"));
    m_otpCaption->setText(tr("Code:"));
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy the one-time password"));
    if (m_errorText)
        m_error->setText(m_errorText());
    if (m_list->currentRow() >= 0)
        showMail(m_list->currentRow());
}

void MailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace clickar
