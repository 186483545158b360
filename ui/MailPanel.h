#pragma once

#include "domain/Account.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace clickar {

class MockClient;

// デモ: what the embedded mock service "sent" (one-time passwords, thank-you mails), newest first; the one-time
// password of the selected mail stands out with a button to copy it. It reads the outbox through `client` (the
// mock-only endpoints), which may be set after construction; refresh() does nothing without one.
class MailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MailPanel(QWidget *parent = nullptr);
    void setClient(MockClient *client) { m_client = client; }
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMail(int row);
    void clearEntries();
    // A message above the mails, as a function so that it follows the language; {} hides it.
    void showError(const std::function<QString()> &text);

    MockClient *m_client = nullptr;
    QLabel *m_note;
    QPushButton *m_refresh;
    QLabel *m_otpCaption;
    QListWidget *m_list;
    QWidget *m_otpBox;
    QLabel *m_otpCode;
    QPushButton *m_copy;
    QTextBrowser *m_body;
    QLabel *m_empty;
    QLabel *m_error;
    std::function<QString()> m_errorText;
    QList<Mail> m_mails;
    QString m_recipient;
    QString m_copied; // what Copy put on the clipboard, taken off it again by forget()
    quint64 m_request = 0;
};

} // namespace clickar
