#include "ui/KioskPinDialog.h"

#include "ui/KioskPin.h"
#include "ui/LanguageSwitch.h"
#include "ui/NumberPad.h"
#include "ui/PhraseLabel.h"
#include "ui/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QToolButton>
#include <QVBoxLayout>

namespace clickar {

KioskPinDialog::KioskPinDialog(KioskPin *pin, QWidget *parent)
    : QDialog(parent)
    , m_pin(pin)
{
    setObjectName(QStringLiteral("kioskPinDialog"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    m_intro = new PhraseLabel({}, this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    if (QToolButton *language = LanguageSwitch::makeButton(this))
        top->addWidget(language, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("kioskPinEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
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
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("kioskPinCancel"));
    m_cancel->setAutoDefault(false);
    m_leave = new QPushButton(this);
    m_leave->setObjectName(QStringLiteral("kioskPinLeave"));
    m_leave->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_leave);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_leave, &QPushButton::clicked, this, &KioskPinDialog::check);
    connect(m_edit, &QLineEdit::returnPressed, this, &KioskPinDialog::check);
    m_lockTimer.setInterval(1000);
    connect(&m_lockTimer, &QTimer::timeout, this, &KioskPinDialog::updateLock);
    retranslate();
    updateLock();
    m_edit->setFocus();
}

void KioskPinDialog::retranslate()
{
    setWindowTitle(tr("Leave kiosk mode"));
    m_intro->setText(tr("For the administrator: enter the PIN to leave kiosk mode."));
    m_edit->setAccessibleName(tr("Administrator PIN"));
    m_cancel->setText(tr("Cancel"));
    m_leave->setText(tr("Leave kiosk mode"));
    showMessage();
}

void KioskPinDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KioskPinDialog::showMessage()
{
    if (m_pin->isLocked()) {
        const QString until = QLocale().toString(m_pin->lockedUntil().toLocalTime().time(), QStringLiteral("HH:mm"));
        m_message->setText(tr("The PIN was wrong five times. The pad is locked until %1.").arg(until));
    } else if (m_wrong) {
        m_message->setText(tr("The PIN is not correct. Attempts left: %1.").arg(m_pin->attemptsLeft()));
    }
    m_message->setVisible(m_pin->isLocked() || m_wrong);
}

void KioskPinDialog::check()
{
    if (m_edit->text().isEmpty() || m_pin->isLocked())
        return;
    const KioskPin::Outcome outcome = m_pin->attempt(m_edit->text());
    m_edit->clear();
    if (outcome == KioskPin::Outcome::Accepted)
        return accept();
    m_wrong = outcome == KioskPin::Outcome::Wrong;
    showMessage();
    updateLock();
}

void KioskPinDialog::updateLock()
{
    const bool locked = m_pin->isLocked();
    m_edit->setEnabled(!locked);
    m_leave->setEnabled(!locked);
    if (locked) {
        showMessage();
        m_lockTimer.start();
    } else if (m_lockTimer.isActive()) {
        m_lockTimer.stop();
        m_wrong = false;
        showMessage();
        m_edit->setFocus();
    }
}

} // namespace clickar
