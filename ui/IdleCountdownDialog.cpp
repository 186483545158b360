#include "ui/IdleCountdownDialog.h"

#include "ui/PhraseLabel.h"
#include "ui/Style.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace clickar {

IdleCountdownDialog::IdleCountdownDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("idleCountdownDialog"));
    setWindowModality(Qt::ApplicationModal); // above any message box the person left open
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    m_text = new PhraseLabel({}, this); // 「戻ります」 is not cut in two
    m_text->setObjectName(QStringLiteral("idleCountdownText"));
    style::makeTitle(m_text);
    m_text->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_text);
    setMinimumWidth(560); // a message for a passer-by, not a corner of the screen
    m_continue = new QPushButton(this);
    m_continue->setMinimumWidth(240);
    m_continue->setObjectName(QStringLiteral("idleContinueButton"));
    m_continue->setDefault(true);
    m_continue->setProperty("role", QStringLiteral("primary"));
    layout->addWidget(m_continue, 0, Qt::AlignHCenter);
    connect(m_continue, &QPushButton::clicked, this, &IdleCountdownDialog::stop);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &IdleCountdownDialog::tick);
    retranslate();
}

void IdleCountdownDialog::retranslate()
{
    setWindowTitle(tr("Are you still there?"));
    m_continue->setText(tr("Continue"));
    showLeft();
}

void IdleCountdownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IdleCountdownDialog::start(int seconds)
{
    m_left = seconds;
    showLeft();
    m_tick.start();
    show();
    raise();
    activateWindow();
}

void IdleCountdownDialog::stop()
{
    m_tick.stop();
    hide();
}

void IdleCountdownDialog::tick()
{
    if (--m_left > 0)
        return showLeft();
    stop();
    emit expired();
}

void IdleCountdownDialog::showLeft()
{
    m_text->setText(
        tr("As there has been no activity, Clickar returns to the first screen in %1 seconds.").arg(m_left));
}

} // namespace clickar
