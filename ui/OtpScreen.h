#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clickar {

class Session;
struct ApiError;

// ワンタイムパスワード: the six-digit code sent by email.
class OtpScreen : public QWidget
{
    Q_OBJECT

public:
    explicit OtpScreen(Session *session, QWidget *parent = nullptr);
    void start(const QString &maskedEmail, int expiresInSeconds);

signals:
    void cancelled();

private:
    void verify();

    Session *m_session;
    QLabel *m_sentTo;
    QLineEdit *m_code;
    QPushButton *m_verify;
    QPushButton *m_resend;
    QLabel *m_error;
};

} // namespace clickar
