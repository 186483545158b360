#include "OtpScreen.h"

#include "Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace clickar {

OtpScreen::OtpScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("otpScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *panel = new QWidget(this);
    panel->setMaximumWidth(480);
    auto *layout = new QVBoxLayout(panel);
    auto *title = new QLabel(tr("One-time password"), panel);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_sentTo = new QLabel(panel);
    m_sentTo->setObjectName(QStringLiteral("otpSentTo"));
    m_sentTo->setWordWrap(true);
    layout->addWidget(m_sentTo);
    m_code = new QLineEdit(panel);
    m_code->setObjectName(QStringLiteral("otpEdit"));
    m_code->setAccessibleName(tr("One-time password"));
    m_code->setPlaceholderText(QStringLiteral("123456"));
    m_code->setMaxLength(6);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    layout->addWidget(m_code);
    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("otpError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_resend = new QPushButton(tr("Resend"), panel);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_verify = new QPushButton(tr("Confirm"), panel);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setDefault(true);
    m_verify->setEnabled(false);
    buttons->addWidget(m_resend);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    layout->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(panel);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();

    connect(m_code, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_verify->setEnabled(text.size() == 6); });
    connect(m_code, &QLineEdit::returnPressed, this, &OtpScreen::verify);
    connect(m_verify, &QPushButton::clicked, this, &OtpScreen::verify);
    connect(m_resend, &QPushButton::clicked, session, &Session::resendOtp);
    connect(session, &Session::otpFailed, this, [this](const ApiError &error) {
        m_error->setText(error.userMessage());
        m_error->show();
        m_code->selectAll();
    });
    connect(session, &Session::otpResent, this, [this] {
        m_error->setText(tr("A new one-time password has been sent."));
        m_error->show();
        m_code->clear();
    });
}

void OtpScreen::start(const QString &maskedEmail, int expiresInSeconds)
{
    m_sentTo->setText(tr("We have sent a six-digit one-time password to %1. It is valid for %n minute(s).", nullptr,
                         qMax(1, expiresInSeconds / 60))
                          .arg(maskedEmail));
    m_code->clear();
    m_error->hide();
    m_code->setFocus();
}

void OtpScreen::verify()
{
    if (m_code->text().size() == 6)
        m_session->verifyOtp(m_code->text());
}

} // namespace clickar
