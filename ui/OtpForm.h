#pragma once

#include <QDeadlineTimer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clickar {

class Session;
struct ApiError;

// Entry of the six-digit one-time password: the code (typed or pasted, full-width digits too), a countdown to its
// expiry, 再送信, attempts left, and the expired and used-up states. Used by the OTP screen and the re-login dialog.
class OtpForm : public QWidget
{
    Q_OBJECT

public:
    explicit OtpForm(Session *session, QWidget *parent = nullptr);

    // A new code was sent: clears the entry and starts the countdown.
    void start(int expiresInSeconds);
    void stop();
    QLineEdit *codeEdit() const { return m_code; }
    // Kiosk mode: an on-screen number pad under the code (once; a touch screen has no keys).
    void showNumberPad();
    bool isExpired() const { return m_expired; }

    // The digits of a typed or pasted code ("１２３ ４５６", "Code: 123456" → "123456"), at most six.
    static QString normalise(const QString &text);

signals:
    void verified();
    void usedUp(); // too many wrong codes: only a new login helps

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCountdown();
    void verify();
    void resend();
    void onFailed(const ApiError &error);
    void onUsedUp(const std::function<QString()> &message);
    void onAccountNotRead(const ApiError &error); // the code was accepted, /me failed: offer Retry
    void tick();
    void setBusy(bool busy);
    void updateButtons();
    // The text as a function, so that it follows the language.
    void showMessage(const std::function<QString()> &text, bool isError);

    Session *m_session;
    QLabel *m_label;
    QLineEdit *m_code;
    QLabel *m_countdown;
    QLabel *m_message;
    std::function<QString()> m_messageText;
    QPushButton *m_resend;
    QPushButton *m_verify;
    QWidget *m_pad = nullptr;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
    bool m_busy = false;
    bool m_expired = false;
    bool m_usedUp = false;
    bool m_retry = false; // the code was accepted but the account could not be read: the button retries that
};

} // namespace clickar
