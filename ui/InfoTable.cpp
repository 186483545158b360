#include "ui/InfoTable.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace clickar {

InfoTable::InfoTable(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_box = new QGroupBox(title, this);
    m_form = new QFormLayout(m_box);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    outer->addWidget(m_box);
}

void InfoTable::setTitle(const QString &title)
{
    m_box->setTitle(title);
}

QLabel *InfoTable::addRow(const QString &label, const QString &value)
{
    auto *valueLabel = new QLabel(value, this);
    valueLabel->setWordWrap(true);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(label, valueLabel);
    return valueLabel;
}

void InfoTable::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

} // namespace clickar
