#include "StepsPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace clickar {

StepsPanel::StepsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepsPanel"));
    auto *layout = new QVBoxLayout(this);
    const QStringList names = {tr("Before you start"),   tr("① Basic information"), tr("② Coverage"),
                               tr("③ Contract details"), tr("④ Decided plan"),      tr("Customer and payment"),
                               tr("Important matters"),  tr("Application"),         tr("Complete")};
    for (int i = 0; i < names.size(); ++i) {
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(names.at(i)), this);
        label->setObjectName(QStringLiteral("step%1").arg(i + 1));
        m_steps.append(label);
        layout->addWidget(label);
    }
    layout->addStretch();
    setMinimumWidth(190);
}

void StepsPanel::setCurrent(int pageId)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const int id = i + 1;
        QLabel *label = m_steps.at(i);
        label->setStyleSheet(id == pageId  ? QStringLiteral("font-weight: bold; color: #0b5cad;")
                             : id < pageId ? QStringLiteral("color: #555;")
                                           : QStringLiteral("color: #999;"));
        label->setAccessibleName(id == pageId ? tr("Current step: %1").arg(label->text()) : label->text());
    }
}

} // namespace clickar
