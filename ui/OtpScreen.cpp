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
    QVBoxLayout *layout = style::centredCard(this, QString());
    QWidget *card = layout->parentWidget();
    m_title = card->findChild<QLabel *>(QStringLiteral("screenTitle"));
    m_sentTo = new QLabel(card);
    m_sentTo->setObjectName(QStringLiteral("otpSentTo"));
    m_sentTo->setWordWrap(true);
    layout->addWidget(m_sentTo);
    m_demoHint = new QLabel(card);
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
    auto *help = new QLabel(card);
    m_help = help;
    help->setWordWrap(true);
    help->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(help);
    m_back = new QPushButton(card);
    m_back->setObjectName(QStringLiteral("otpBackButton"));
    layout->addWidget(m_back, 0, Qt::AlignLeft);

    connect(m_back, &QPushButton::clicked, this, [this, session] {
        m_form->stop();
        session->abandonLogin(); // tokens of a login that went no further are ended at the service
        emit cancelled();
    });
    connect(m_form, &OtpForm::usedUp, this, [this] { m_back->setFocus(); });
    retranslate();
}

void OtpScreen::retranslate()
{
    m_title->setText(tr("One-time password"));
    m_demoHint->setText(tr("Demo: the email with the code is shown in the “Demo mail” panel."));
    m_help->setText(tr("No email? Check your spam folder, then press Resend."));
    m_back->setText(tr("Back to login"));
    if (!m_maskedEmail.isEmpty())
        m_sentTo->setText(tr("We have sent a six-digit one-time password to <b>%1</b>. Please enter it below.")
                              .arg(m_maskedEmail.toHtmlEscaped()));
}

void OtpScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OtpScreen::setDemo(bool demo)
{
    m_demoHint->setVisible(demo);
}

void OtpScreen::start(const QString &maskedEmail, int expiresInSeconds)
{
    m_maskedEmail = maskedEmail;
    retranslate();
    m_form->start(expiresInSeconds);
}

} // namespace clickar
