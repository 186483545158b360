#include "ui/NumberPad.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

namespace clickar {

NumberPad::NumberPad(QLineEdit *target, QWidget *parent)
    : QWidget(parent)
    , m_target(target)
{
    setObjectName(QStringLiteral("numberPad"));
    setMaximumWidth(360); // keys within a thumb's reach of each other
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    auto add = [this, grid](const QString &label, const QString &name, int key, const QString &text, int row,
                            int column) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(name);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setProperty("role", QStringLiteral("padKey"));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, key, text] { press(key, text); });
        grid->addWidget(button, row, column);
        return button;
    };
    for (int digit = 1; digit <= 9; ++digit) {
        const QString d = QString::number(digit);
        add(d, QStringLiteral("numberPad_") + d, Qt::Key_0 + digit, d, (digit - 1) / 3, (digit - 1) % 3);
    }
    add(QStringLiteral("0"), QStringLiteral("numberPad_0"), Qt::Key_0, QStringLiteral("0"), 3, 1);
    m_backspace = add(QStringLiteral("⌫"), QStringLiteral("numberPadBackspace"), Qt::Key_Backspace, QString(), 3, 2);
    retranslate();
}

void NumberPad::retranslate()
{
    m_backspace->setAccessibleName(tr("Delete the last digit"));
    m_backspace->setToolTip(m_backspace->accessibleName());
}

void NumberPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NumberPad::press(int key, const QString &text)
{
    if (!m_target || !m_target->isEnabled() || m_target->isReadOnly())
        return;
    m_target->setFocus(Qt::OtherFocusReason);
    QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(m_target, &down);
    QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(m_target, &up);
}

} // namespace clickar
