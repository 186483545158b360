#pragma once

#include "domain/Account.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace clickar {

class RenewalClient;

// デモ: what the embedded mock service "sent" (one-time passwords, thank-you mails), newest first; the one-time
// password of the selected mail stands out with a button to copy it.
class MailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MailPanel(RenewalClient *client, QWidget *parent = nullptr);
    void refresh();
    // Shows only the mails sent to `address`, the person being served ("" shows none).
    void setRecipient(const QString &address);
    // The served person's scope ended: their mails go from the panel, and the code it copied from the clipboard.
    void forget();
    QList<Mail> mails() const { return m_mails; }
    // The six-digit code in a one-time-password mail ("" for other mails).
    static QString otpCode(const Mail &mail);

signals:
    void refreshed();

private:
    void showMail(int row);
    void clearEntries();

    RenewalClient *m_client;
    QListWidget *m_list;
    QWidget *m_otpBox;
    QLabel *m_otpCode;
    QPushButton *m_copy;
    QTextBrowser *m_body;
    QLabel *m_empty;
    QList<Mail> m_mails;
    QString m_recipient;
    QString m_copied; // what Copy put on the clipboard, taken off it again by forget()
    quint64 m_request = 0;
};

} // namespace clickar
