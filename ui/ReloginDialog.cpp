#include "ui/ReloginDialog.h"

#include "service/Session.h"
#include "ui/OtpForm.h"
#include "ui/Style.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace clickar {

ReloginDialog::ReloginDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("reloginDialog"));
    setWindowTitle(tr("Please log in again"));
    setModal(true);
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Please log in again"), this);
    style::makeHeading(title);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("For your security your login has timed out. Enter your password to carry on where you "
                                "left off — nothing you have entered is lost."),
                             this);
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
    form->addRow(tr("Email address"), email);
    m_password = new QLineEdit(passwordPage);
    m_password->setObjectName(QStringLiteral("reloginPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("Password"), m_password);
    passwordLayout->addLayout(form);
    m_error = new QLabel(passwordPage);
    m_error->setObjectName(QStringLiteral("reloginError"));
    m_error->setWordWrap(true);
    m_error->setProperty("message", QStringLiteral("error"));
    m_error->hide();
    passwordLayout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    auto *logout = new QPushButton(tr("Log out"), passwordPage);
    logout->setObjectName(QStringLiteral("reloginLogoutButton"));
    auto *cancel = new QPushButton(tr("Cancel"), passwordPage);
    cancel->setObjectName(QStringLiteral("reloginCancelButton"));
    m_login = new QPushButton(tr("Log in"), passwordPage);
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
    auto *back = new QPushButton(tr("Back"), otpPage);
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
    m_password->setFocus();
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
        m_error->setText(tr("Enter your password."));
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
            m_sentTo->setText(tr("We have sent a six-digit one-time password to <b>%1</b>.")
                                  .arg(outcome.maskedEmail.toHtmlEscaped()));
            m_pages->setCurrentIndex(1);
            m_otp->start(outcome.expiresIn);
            break;
        default:
            m_error->setText(outcome.error.userMessage());
            m_error->show();
            m_password->selectAll();
            m_password->setFocus();
            break;
        }
    });
}

} // namespace clickar
