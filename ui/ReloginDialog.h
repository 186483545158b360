#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace clickar {

class OtpForm;
class Session;

// ログインし直し: opens over the current screen when the session could not be renewed. Password, then the
// one-time password; afterwards the interrupted action carries on and every input is where it was.
// Cancel leaves the person where they are (the interrupted action reports that it could not finish).
class ReloginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReloginDialog(Session *session, QWidget *parent = nullptr);

    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submitPassword();
    void setBusy(bool busy);

    Session *m_session;
    QStackedWidget *m_pages;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_login;
    QLabel *m_sentTo;
    OtpForm *m_otp;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_emailCaption;
    QLabel *m_passwordCaption;
    QPushButton *m_logout;
    QPushButton *m_cancel;
    QPushButton *m_back;
    QString m_maskedEmail;
    std::function<QString()> m_errorText;
    bool m_busy = false;
};

} // namespace clickar
