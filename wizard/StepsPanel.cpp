#include "StepsPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace clickar {

StepsPanel::StepsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepsPanel"));
    setAccessibleName(tr("Renewal steps"));
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#stepsPanel { background: #f3f6fa; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    auto *heading = new QLabel(tr("Steps to renewal"), this);
    heading->setObjectName(QStringLiteral("stepsHeading"));
    heading->setStyleSheet(QStringLiteral("font-weight: bold; color: #333; padding: 2px 6px 6px 6px;"));
    layout->addWidget(heading);
    m_names = {tr("Before you start"),   tr("① Basic information"), tr("② Coverage"),
               tr("③ Contract details"), tr("④ Decided plan"),      tr("Customer and payment"),
               tr("Important matters"),  tr("Application"),         tr("Complete")};
    for (int i = 0; i < m_names.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1").arg(i + 1));
        label->setWordWrap(true);
        label->setFocusPolicy(Qt::NoFocus);
        m_steps.append(label);
        layout->addWidget(label);
    }
    layout->addStretch();
    setMinimumWidth(200);
    refresh();
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
        QLabel *label = m_steps.at(i);
        const bool current = id == m_current;
        const bool done = m_done.contains(id);
        const QString mark = done ? QStringLiteral("✓") : QString::number(id);
        label->setText(QStringLiteral("%1  %2").arg(mark, m_names.at(i)));
        label->setProperty("current", current);
        label->setProperty("done", done);
        if (current) {
            label->setStyleSheet(QStringLiteral("background: #0b5cad; color: white; font-weight: bold; "
                                                "border-radius: 4px; padding: 6px;"));
        } else if (done) {
            label->setStyleSheet(QStringLiteral("color: #1b5e20; padding: 6px;"));
        } else {
            label->setStyleSheet(QStringLiteral("color: #555; padding: 6px;"));
        }
        const QString state = current ? tr("current step") : done ? tr("done") : tr("not yet done");
        label->setAccessibleName(tr("Step %1 of %2: %3, %4").arg(id).arg(m_steps.size()).arg(m_names.at(i), state));
    }
}

} // namespace clickar
