#include "ui/ReloginDialog.h"

#include "service/Session.h"
#include "ui/LanguageSwitch.h"
#include "ui/OtpForm.h"
#include "ui/Style.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace clickar {

ReloginDialog::ReloginDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("reloginDialog"));
    setModal(true);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(this);
    m_title = title;
    style::makeHeading(title);
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    if (QToolButton *language = LanguageSwitch::makeButton(this))
        top->addWidget(language, 0, Qt::AlignTop);
    layout->addLayout(top);
    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_pages);

    // Page 1: the password.
    auto *passwordPage = new QWidget(m_pages);
    auto *passwordLayout = new QVBoxLayout(passwordPage);
    passwordLayout->setContentsMargins(0, 8, 0, 0);
    auto *form = new QFormLayout;
    auto *email = new QLabel(session->email(), passwordPage);
    email->setObjectName(QStringLiteral("reloginEmail"));
    m_emailCaption = new QLabel(passwordPage);
    form->addRow(m_emailCaption, email);
    m_password = new QLineEdit(passwordPage);
    m_password->setObjectName(QStringLiteral("reloginPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordCaption = new QLabel(passwordPage);
    form->addRow(m_passwordCaption, m_password);
    passwordLayout->addLayout(form);
    m_error = new QLabel(passwordPage);
    m_error->setObjectName(QStringLiteral("reloginError"));
    m_error->setWordWrap(true);
    m_error->setProperty("message", QStringLiteral("error"));
    m_error->hide();
    passwordLayout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    auto *logout = new QPushButton(passwordPage);
    m_logout = logout;
    logout->setObjectName(QStringLiteral("reloginLogoutButton"));
    auto *cancel = new QPushButton(passwordPage);
    m_cancel = cancel;
    cancel->setObjectName(QStringLiteral("reloginCancelButton"));
    m_login = new QPushButton(passwordPage);
    m_login->setObjectName(QStringLiteral("reloginLoginButton"));
    m_login->setDefault(true);
    buttons->addWidget(logout);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_login);
    passwordLayout->addLayout(buttons);
    m_pages->addWidget(passwordPage);

    // Page 2: the one-time password.
    auto *otpPage = new QWidget(m_pages);
    auto *otpLayout = new QVBoxLayout(otpPage);
    otpLayout->setContentsMargins(0, 8, 0, 0);
    m_sentTo = new QLabel(otpPage);
    m_sentTo->setObjectName(QStringLiteral("reloginSentTo"));
    m_sentTo->setWordWrap(true);
    otpLayout->addWidget(m_sentTo);
    m_otp = new OtpForm(session, otpPage);
    otpLayout->addWidget(m_otp);
    auto *back = new QPushButton(otpPage);
    m_back = back;
    back->setObjectName(QStringLiteral("reloginBackButton"));
    otpLayout->addWidget(back, 0, Qt::AlignLeft);
    m_pages->addWidget(otpPage);

    connect(m_login, &QPushButton::clicked, this, &ReloginDialog::submitPassword);
    connect(m_password, &QLineEdit::returnPressed, this, &ReloginDialog::submitPassword);
    connect(cancel, &QPushButton::clicked, this, &ReloginDialog::reject);
    connect(logout, &QPushButton::clicked, this, [this] {
        m_otp->stop();
        QDialog::reject();
        m_session->logout();
    });
    connect(back, &QPushButton::clicked, this, [this] {
        m_otp->stop();
        m_password->clear();
        m_pages->setCurrentIndex(0);
        m_password->setFocus();
    });
    connect(m_otp, &OtpForm::verified, this, &QDialog::accept);
    connect(session, &Session::signedOut, this, [this] { QDialog::reject(); });
    retranslate();
    m_password->setFocus();
}

void ReloginDialog::retranslate()
{
    setWindowTitle(tr("Please log in again"));
    m_title->setText(tr("Please log in again"));
    m_intro->setText(tr("For your security your login has timed out. Enter your password to carry on where you "
                        "left off — nothing you have entered is lost."));
    m_emailCaption->setText(tr("Email address"));
    m_passwordCaption->setText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_logout->setText(tr("Log out"));
    m_cancel->setText(tr("Cancel"));
    m_back->setText(tr("Back"));
    if (!m_maskedEmail.isEmpty())
        m_sentTo->setText(
            tr("We have sent a six-digit one-time password to <b>%1</b>.").arg(m_maskedEmail.toHtmlEscaped()));
    if (m_errorText)
        m_error->setText(m_errorText());
    setBusy(m_busy);
}

void ReloginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ReloginDialog::reject()
{
    m_otp->stop();
    QDialog::reject();
    m_session->cancelRelogin();
}

void ReloginDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_login->setEnabled(!busy);
    m_login->setText(busy ? tr("Logging in…") : tr("Log in"));
    m_password->setReadOnly(busy);
}

void ReloginDialog::submitPassword()
{
    if (m_busy)
        return;
    if (m_password->text().isEmpty()) {
        m_errorText = [] { return tr("Enter your password."); };
        m_error->setText(m_errorText());
        m_error->show();
        return;
    }
    m_error->hide();
    setBusy(true);
    m_session->login(m_session->email(), m_password->text(), false, this, [this](const Session::Outcome &outcome) {
        setBusy(false);
        switch (outcome.kind) {
        case Session::Outcome::Kind::SignedIn:
            accept();
            break;
        case Session::Outcome::Kind::OtpRequired:
            m_maskedEmail = outcome.maskedEmail;
            retranslate();
            m_pages->setCurrentIndex(1);
            m_otp->start(outcome.expiresIn);
            break;
        default:
            m_errorText = [error = outcome.error] { return error.userMessage(); };
            m_error->setText(m_errorText());
            m_error->show();
            m_password->selectAll();
            m_password->setFocus();
            break;
        }
    });
}

} // namespace clickar
