#pragma once

#include "Account.h"

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace clickar {

class RenewalClient;

// デモ: what the embedded mock service "sent" (one-time passwords, thank-you mails), newest first.
class MailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MailPanel(RenewalClient *client, QWidget *parent = nullptr);
    void refresh();
    QList<Mail> mails() const { return m_mails; }

signals:
    void refreshed();

private:
    void showMail(int row);

    RenewalClient *m_client;
    QListWidget *m_list;
    QTextBrowser *m_body;
    QList<Mail> m_mails;
};

} // namespace clickar
