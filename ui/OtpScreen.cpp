#include "ui/OtpScreen.h"

#include "ui/OtpForm.h"
#include "ui/Style.h"

#include "service/Session.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clickar {

OtpScreen::OtpScreen(Session *session, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("otpScreen"));
    QVBoxLayout *layout = style::centredCard(this, tr("One-time password"));
    QWidget *card = layout->parentWidget();
    m_sentTo = new QLabel(card);
    m_sentTo->setObjectName(QStringLiteral("otpSentTo"));
    m_sentTo->setWordWrap(true);
    layout->addWidget(m_sentTo);
    m_demoHint = new QLabel(tr("Demo: the email with the code is shown in the “Demo mail” panel."), card);
    m_demoHint->setObjectName(QStringLiteral("otpDemoHint"));
    m_demoHint->setWordWrap(true);
    m_demoHint->setProperty("role", QStringLiteral("hint"));
    m_demoHint->hide();
    layout->addWidget(m_demoHint);
    layout->addSpacing(8);
    m_form = new OtpForm(session, card);
    layout->addWidget(m_form);
    auto *line = new QFrame(card);
    line->setFrameShape(QFrame::HLine);
    line->setProperty("role", QStringLiteral("separator"));
    layout->addSpacing(8);
    layout->addWidget(line);
    auto *help = new QLabel(tr("No email? Check your spam folder, then press Resend."), card);
    help->setWordWrap(true);
    help->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(help);
    m_back = new QPushButton(tr("Back to login"), card);
    m_back->setObjectName(QStringLiteral("otpBackButton"));
    layout->addWidget(m_back, 0, Qt::AlignLeft);

    connect(m_back, &QPushButton::clicked, this, [this, session] {
        m_form->stop();
        session->abandonLogin(); // tokens of a login that went no further are ended at the service
        emit cancelled();
    });
    connect(m_form, &OtpForm::usedUp, this, [this] { m_back->setFocus(); });
}

void OtpScreen::setDemo(bool demo)
{
    m_demoHint->setVisible(demo);
}

void OtpScreen::start(const QString &maskedEmail, int expiresInSeconds)
{
    m_sentTo->setText(tr("We have sent a six-digit one-time password to <b>%1</b>. Please enter it below.")
                          .arg(maskedEmail.toHtmlEscaped()));
    m_form->start(expiresInSeconds);
}

} // namespace clickar
