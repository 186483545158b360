#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clickar {

class Session;
struct ApiError;

// マイページログイン: email address and password.
class LoginScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LoginScreen(Session *session, QWidget *parent = nullptr);
    void reset();

private:
    void submit();
    void showError(const ApiError &error);
    void setBusy(bool busy);

    Session *m_session;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QPushButton *m_login;
    QLabel *m_error;
};

} // namespace clickar
