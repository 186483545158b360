#pragma once

#include "service/ApiError.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace clickar {

class LinkButton;
class Session;

// マイページログイン: email address and password with inline validation, every service error in plain words
// (再試行 after a network error), 「ログイン情報を保存する」 and the note on registration (会員登録).
class LoginScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LoginScreen(Session *session, QWidget *parent = nullptr);
    // Shown afresh (start, logout, back from the one-time password): the password is cleared.
    void reset();
    // A message above the form, e.g. why a saved login could not be used.
    // Given as a function, so that it follows the language.
    void showNotice(const std::function<QString()> &text);

    // Well-formed enough to send: something@something.something, no spaces.
    static bool looksLikeEmail(const QString &text);

signals:
    void otpRequired(const QString &maskedEmail, int expiresInSeconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    bool validate(bool focusFirstError);
    void showError(const ApiError &error);
    void setBusy(bool busy);
    void updateRemember();
    void setFieldError(QLineEdit *edit, QLabel *label, const QString &text);
    void loadRegistrationAddress();

    Session *m_session;
    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_emailLabel;
    QLabel *m_passwordLabel;
    QLabel *m_registration;
    LinkButton *m_registrationLink;
    bool m_registrationAsked = false;
    int m_registrationTries = 0;
    std::function<QString()> m_noticeText;
    std::optional<ApiError> m_shownError;
    QLabel *m_notice;
    QLineEdit *m_email;
    QLabel *m_emailError;
    QLineEdit *m_password;
    QLabel *m_passwordError;
    QCheckBox *m_remember;
    QLabel *m_rememberNote;
    QLabel *m_error;
    QString m_errorCode; // of the message shown in m_error
    QPushButton *m_retry;
    QPushButton *m_login;
    QProgressBar *m_progress;
    bool m_busy = false;
    bool m_triedSubmit = false;
    bool m_restoring = false; // busy with the saved login, not with the form
};

} // namespace clickar
