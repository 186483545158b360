#include "wizard/StepsPanel.h"

#include "ui/Style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace clickar {

StepsPanel::StepsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepsPanel"));
    setAutoFillBackground(true);
    setProperty("role", QStringLiteral("stepsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    auto *heading = new QLabel(this);
    m_heading = heading;
    heading->setObjectName(QStringLiteral("stepsHeading"));
    heading->setProperty("role", QStringLiteral("stepsHeading"));
    layout->addWidget(heading);
    const int markWidth = fontMetrics().horizontalAdvance(QStringLiteral("99"));
    for (int i = 0; i < 9; ++i) {
        Row step;
        step.row = new QWidget(this);
        step.row->setObjectName(QStringLiteral("step%1").arg(i + 1));
        step.row->setAttribute(Qt::WA_StyledBackground);
        step.row->setProperty("role", QStringLiteral("step"));
        auto *rowLayout = new QHBoxLayout(step.row);
        rowLayout->setContentsMargins(6, 6, 6, 6);
        step.mark = new QLabel(step.row);
        step.mark->setObjectName(QStringLiteral("step%1Mark").arg(i + 1));
        step.mark->setFixedWidth(markWidth);
        step.mark->setAlignment(Qt::AlignRight | Qt::AlignTop);
        step.name = new QLabel(step.row);
        step.name->setObjectName(QStringLiteral("step%1Name").arg(i + 1));
        step.name->setWordWrap(true);
        step.name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        rowLayout->addWidget(step.mark);
        rowLayout->addWidget(step.name, 1);
        m_steps.append(step);
        layout->addWidget(step.row);
    }
    layout->addStretch();
    setMinimumWidth(200);
    retranslate();
}

void StepsPanel::retranslate()
{
    setAccessibleName(tr("Renewal steps"));
    m_heading->setText(tr("Steps to renewal"));
    m_names = {tr("Before you start"),   tr("① Basic information"), tr("② Coverage"),
               tr("③ Contract details"), tr("④ Decided plan"),      tr("Customer and payment"),
               tr("Important matters"),  tr("Application"),         tr("Complete")};
    for (int i = 0; i < m_steps.size(); ++i)
        m_steps.at(i).name->setText(m_names.at(i));
    refresh();
}

void StepsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StepsPanel::setCurrent(int pageId)
{
    m_current = pageId;
    refresh();
}

void StepsPanel::setDone(const QSet<int> &pageIds)
{
    m_done = pageIds;
    refresh();
}

void StepsPanel::refresh()
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const int id = i + 1;
        const Row &step = m_steps.at(i);
        const bool current = id == m_current;
        const bool done = m_done.contains(id);
        step.mark->setText(done ? QStringLiteral("✓") : QString::number(id));
        style::setState(step.row, "current", current);
        style::setState(step.row, "done", done);
        const QString state = current ? tr("current step") : done ? tr("done") : tr("not yet done");
        step.row->setAccessibleName(tr("Step %1 of %2: %3, %4").arg(id).arg(m_steps.size()).arg(m_names.at(i), state));
    }
}

} // namespace clickar
