#include "LoginScreen.h"

#include "Session.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clickar {

LoginScreen::LoginScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("loginScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *panel = new QWidget(this);
    panel->setMaximumWidth(480);
    auto *layout = new QVBoxLayout(panel);
    auto *title = new QLabel(tr("MyPage login"), panel);
    title->setObjectName(QStringLiteral("screenTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("Log in with the email address and password registered for MyPage."), panel);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_email = new QLineEdit(panel);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(QStringLiteral("name@example.jp"));
    m_email->setAccessibleName(tr("Email address"));
    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("Email address"), m_email);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);

    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_login = new QPushButton(tr("Log in"), panel);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    layout->addWidget(m_login);

    auto *registration = new QLabel(
        tr("No MyPage account yet? Register on the insurer's website (会員登録) first, then log in here."), panel);
    registration->setObjectName(QStringLiteral("registrationNote"));
    registration->setWordWrap(true);
    layout->addWidget(registration);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();

    connect(m_login, &QPushButton::clicked, this, &LoginScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginScreen::submit);
    connect(m_email, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(session, &Session::loginFailed, this, &LoginScreen::showError);
    connect(session, &Session::busyChanged, this, &LoginScreen::setBusy);
}

void LoginScreen::reset()
{
    m_password->clear();
    m_error->hide();
    m_email->setFocus();
}

void LoginScreen::submit()
{
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your email address and password."));
        m_error->show();
        return;
    }
    m_error->hide();
    m_session->login(m_email->text(), m_password->text());
}

void LoginScreen::showError(const ApiError &error)
{
    m_error->setText(error.userMessage());
    m_error->show();
    m_password->selectAll();
    m_password->setFocus();
}

void LoginScreen::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_login->setText(busy ? tr("Logging in…") : tr("Log in"));
}

} // namespace clickar
