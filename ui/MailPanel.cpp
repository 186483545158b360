#include "MailPanel.h"

#include "RenewalClient.h"

#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace clickar {

MailPanel::MailPanel(RenewalClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("mailPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Demo: emails the demo service has sent."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("mailList"));
    layout->addWidget(m_list, 1);
    m_body = new QTextBrowser(this);
    m_body->setObjectName(QStringLiteral("mailBody"));
    layout->addWidget(m_body, 2);
    connect(m_list, &QListWidget::currentRowChanged, this, &MailPanel::showMail);
}

void MailPanel::refresh()
{
    m_client->outbox(this, [this](const Result<QList<Mail>> &result) {
        if (!result.ok())
            return;
        m_mails = result.value();
        std::stable_sort(m_mails.begin(), m_mails.end(),
                         [](const Mail &a, const Mail &b) { return a.sentAt > b.sentAt; });
        m_list->clear();
        for (const Mail &mail : std::as_const(m_mails))
            m_list->addItem(mail.subject);
        if (!m_mails.isEmpty())
            m_list->setCurrentRow(0);
        emit refreshed();
    });
}

void MailPanel::showMail(int row)
{
    if (row < 0 || row >= m_mails.size())
        return m_body->clear();
    const Mail &mail = m_mails.at(row);
    m_body->setPlainText(tr("To: %1").arg(mail.to) + QLatin1Char('\n') + tr("Subject: %1").arg(mail.subject) +
                         QStringLiteral("\n\n") + mail.body);
}

} // namespace clickar
