#include "ui/OtpForm.h"

#include "service/Session.h"
#include "ui/NumberPad.h"
#include "ui/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace clickar {

OtpForm::OtpForm(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("otpForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(this);
    m_label = label;
    layout->addWidget(label);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("otpEdit"));
    m_code->setPlaceholderText(QStringLiteral("000000"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setAlignment(Qt::AlignCenter);
    QFont codeFont(QStringLiteral("monospace"));
    codeFont.setStyleHint(QFont::Monospace);
    codeFont.setPointSizeF(font().pointSizeF() * 1.8);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 6);
    m_code->setFont(codeFont);
    label->setBuddy(m_code);
    layout->addWidget(m_code);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("otpCountdown"));
    m_countdown->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(m_countdown);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("otpError"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_resend = new QPushButton(this);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setDefault(true);
    m_verify->setEnabled(false);
    buttons->addWidget(m_resend);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    layout->addLayout(buttons);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &OtpForm::tick);
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString digits = normalise(text);
        if (digits != text)
            m_code->setText(digits);
        updateButtons();
    });
    connect(m_code, &QLineEdit::textChanged, this, &OtpForm::updateButtons);
    connect(m_code, &QLineEdit::returnPressed, this, &OtpForm::verify);
    connect(m_verify, &QPushButton::clicked, this, &OtpForm::verify);
    connect(m_resend, &QPushButton::clicked, this, &OtpForm::resend);
    retranslate();
}

void OtpForm::retranslate()
{
    m_label->setText(tr("One-time password (6 digits)"));
    m_code->setAccessibleName(tr("One-time password"));
    m_resend->setText(tr("Resend"));
    m_resend->setToolTip(tr("Send a new one-time password to the same address"));
    if (m_messageText)
        m_message->setText(m_messageText());
    if (!m_countdown->text().isEmpty())
        showCountdown();
    setBusy(m_busy);
}

void OtpForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OtpForm::showNumberPad()
{
    if (m_pad)
        return;
    m_pad = new NumberPad(m_code, this);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_code) + 1, m_pad);
    m_pad->show(); // the form may be on screen already
}

QString OtpForm::normalise(const QString &text)
{
    QString ascii;
    for (QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width ０-９
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        ascii.append(c);
    }
    static const QRegularExpression sixDigits(QStringLiteral("(?<!\\d)\\d{6}(?!\\d)"));
    const QRegularExpressionMatch match = sixDigits.match(ascii);
    if (match.hasMatch())
        return match.captured();
    static const QRegularExpression notDigit(QStringLiteral("\\D"));
    return ascii.remove(notDigit).left(6);
}

void OtpForm::start(int expiresInSeconds)
{
    m_expired = false;
    m_usedUp = false;
    m_busy = false;
    m_retry = false;
    m_code->setReadOnly(false);
    m_code->clear();
    m_code->setEnabled(true);
    m_message->hide();
    m_messageText = nullptr;
    m_deadline = QDeadlineTimer(std::chrono::seconds(qMax(1, expiresInSeconds)));
    m_tick.start();
    tick();
    m_verify->setDefault(true);
    m_code->setFocus();
}

void OtpForm::stop()
{
    m_tick.stop();
}

void OtpForm::tick()
{
    const qint64 left = (m_deadline.remainingTime() + 999) / 1000;
    if (left <= 0 && !m_expired) {
        m_expired = true;
        m_tick.stop();
        showMessage([] { return tr("The one-time password has expired. Press Resend to receive a new one."); }, true);
        m_resend->setDefault(true);
    }
    showCountdown();
    updateButtons();
}

void OtpForm::showCountdown()
{
    const qint64 left = (m_deadline.remainingTime() + 999) / 1000;
    if (m_expired)
        m_countdown->setText(tr("This one-time password has expired."));
    else
        m_countdown->setText(tr("Valid for another %1")
                                 .arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))));
}

void OtpForm::updateButtons()
{
    if (m_retry) {
        m_verify->setEnabled(!m_busy);
        m_resend->setEnabled(false);
        m_code->setReadOnly(true);
        return;
    }
    m_verify->setEnabled(!m_busy && !m_expired && !m_usedUp && m_code->text().size() == 6);
    m_resend->setEnabled(!m_busy && !m_usedUp);
    m_code->setReadOnly(m_busy);
}

void OtpForm::setBusy(bool busy)
{
    m_busy = busy;
    m_verify->setText(busy ? tr("Checking…") : m_retry ? tr("Retry") : tr("Confirm"));
    updateButtons();
}

void OtpForm::showMessage(const std::function<QString()> &text, bool isError)
{
    m_messageText = text;
    m_message->setText(text());
    style::setState(m_message, "message", isError ? QStringLiteral("error") : QStringLiteral("info"));
    m_message->show();
}

void OtpForm::verify()
{
    if (!m_verify->isEnabled())
        return;
    setBusy(true);
    auto done = [this](const Session::Outcome &outcome) {
        m_retry = outcome.kind != Session::Outcome::Kind::SignedIn && m_session->loginUnfinished();
        setBusy(false);
        if (m_retry)
            return onAccountNotRead(outcome.error);
        if (outcome.kind != Session::Outcome::Kind::SignedIn)
            return onFailed(outcome.error);
        stop();
        emit verified();
    };
    if (m_retry)
        m_session->finishLogin(this, done); // the code was accepted: only the account is read again
    else
        m_session->verifyOtp(m_code->text(), this, done);
}

void OtpForm::resend()
{
    setBusy(true);
    m_session->resendOtp(this, [this](const Session::Outcome &outcome) {
        setBusy(false);
        if (outcome.kind == Session::Outcome::Kind::OtpResent) {
            start(outcome.expiresIn);
            showMessage([] { return tr("A new one-time password has been sent. Please enter the new code."); }, false);
            return;
        }
        if (outcome.error.code == QStringLiteral("otp_expired")) // the login itself is over
            return onUsedUp([] { return tr("This login can no longer be completed. Please log in again."); });
        onFailed(outcome.error);
    });
}

void OtpForm::onAccountNotRead(const ApiError &error)
{
    m_tick.stop();
    m_countdown->setText(tr("The one-time password was accepted."));
    showMessage(
        [error] {
            return tr("%1 Press Retry to continue; the one-time password need not be entered again.")
                .arg(error.userMessage());
        },
        true);
    updateButtons();
    m_verify->setFocus();
}

void OtpForm::onUsedUp(const std::function<QString()> &message)
{
    m_usedUp = true;
    m_tick.stop();
    m_code->setEnabled(false);
    showMessage(message, true);
    updateButtons();
    emit usedUp();
}

void OtpForm::onFailed(const ApiError &error)
{
    if (error.code == QStringLiteral("otp_invalid")) {
        const int attemptsLeft = error.details.value(QStringLiteral("attemptsLeft")).toInt(-1);
        if (attemptsLeft == 0)
            return onUsedUp(
                [] { return tr("The one-time password was entered wrongly too many times. Please log in again."); });
        showMessage(
            [attemptsLeft, error] {
                return attemptsLeft > 0 ? tr("The one-time password is incorrect. You can try %n more time(s).",
                                             nullptr, attemptsLeft)
                                        : error.userMessage();
            },
            true);
        m_code->selectAll();
        m_code->setFocus();
        return;
    }
    if (error.code == QStringLiteral("otp_expired")) {
        m_expired = true;
        m_tick.stop();
        m_countdown->setText(tr("This one-time password has expired."));
        showMessage([] { return tr("The one-time password has expired. Press Resend to receive a new one."); }, true);
        m_resend->setDefault(true);
        m_resend->setFocus();
        updateButtons();
        return;
    }
    showMessage([error] { return error.userMessage(); }, true);
}

} // namespace clickar
