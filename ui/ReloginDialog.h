#pragma once

#include <QDialog>

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

private:
    void submitPassword();
    void setBusy(bool busy);

    Session *m_session;
    QStackedWidget *m_pages;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_login;
    QLabel *m_sentTo;
    OtpForm *m_otp;
    bool m_busy = false;
};

} // namespace clickar
