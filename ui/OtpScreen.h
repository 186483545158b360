#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace clickar {

class OtpForm;
class Session;

// ワンタイムパスワード: where the six-digit code went (masked), the code with its countdown, 再送信 and the
// attempts left; back to the login when the person wants to start over.
class OtpScreen : public QWidget
{
    Q_OBJECT

public:
    explicit OtpScreen(Session *session, QWidget *parent = nullptr);
    void start(const QString &maskedEmail, int expiresInSeconds);
    // Demo mode: a hint that the code is in the demo mail panel.
    void setDemo(bool demo);
    OtpForm *form() const { return m_form; }

signals:
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_help;
    QString m_maskedEmail;
    QLabel *m_sentTo;
    QLabel *m_demoHint;
    OtpForm *m_form;
    QPushButton *m_back;
};

} // namespace clickar
