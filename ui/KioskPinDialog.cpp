#include "ui/KioskPinDialog.h"

#include "ui/KioskPin.h"
#include "ui/NumberPad.h"
#include "ui/PhraseLabel.h"
#include "ui/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace clickar {

KioskPinDialog::KioskPinDialog(KioskPin *pin, QWidget *parent)
    : QDialog(parent)
    , m_pin(pin)
{
    setObjectName(QStringLiteral("kioskPinDialog"));
    setWindowTitle(tr("Leave kiosk mode"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *intro = new PhraseLabel(tr("For the administrator: enter the PIN to leave kiosk mode."), this);
    layout->addWidget(intro);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("kioskPinEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("Administrator PIN"));
    m_edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_edit));
    m_edit->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_edit);
    m_message = new PhraseLabel({}, this);
    m_message->setObjectName(QStringLiteral("kioskPinMessage"));
    m_message->setProperty("error", true);
    m_message->hide();
    layout->addWidget(m_message);
    layout->addWidget(new NumberPad(m_edit, this));

    auto *buttons = new QHBoxLayout;
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("kioskPinCancel"));
    cancel->setAutoDefault(false);
    m_leave = new QPushButton(tr("Leave kiosk mode"), this);
    m_leave->setObjectName(QStringLiteral("kioskPinLeave"));
    m_leave->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addStretch();
    buttons->addWidget(m_leave);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_leave, &QPushButton::clicked, this, &KioskPinDialog::check);
    connect(m_edit, &QLineEdit::returnPressed, this, &KioskPinDialog::check);
    m_lockTimer.setInterval(1000);
    connect(&m_lockTimer, &QTimer::timeout, this, &KioskPinDialog::updateLock);
    updateLock();
    m_edit->setFocus();
}

void KioskPinDialog::check()
{
    if (m_edit->text().isEmpty() || m_pin->isLocked())
        return;
    const KioskPin::Outcome outcome = m_pin->attempt(m_edit->text());
    m_edit->clear();
    if (outcome == KioskPin::Outcome::Accepted)
        return accept();
    if (outcome == KioskPin::Outcome::Wrong) {
        m_message->setText(tr("The PIN is not correct. Attempts left: %1.").arg(m_pin->attemptsLeft()));
        m_message->show();
    }
    updateLock();
}

void KioskPinDialog::updateLock()
{
    const bool locked = m_pin->isLocked();
    m_edit->setEnabled(!locked);
    m_leave->setEnabled(!locked);
    if (locked) {
        const QString until = QLocale().toString(m_pin->lockedUntil().toLocalTime().time(), QStringLiteral("HH:mm"));
        m_message->setText(tr("The PIN was wrong five times. The pad is locked until %1.").arg(until));
        m_message->show();
        m_lockTimer.start();
    } else if (m_lockTimer.isActive()) {
        m_lockTimer.stop();
        m_message->hide();
        m_edit->setFocus();
    }
}

} // namespace clickar
