#include "ui/FieldError.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace clickar {

FieldError::FieldError(const QString &field, QWidget *input, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
    , m_input(input)
{
    setObjectName(field + QStringLiteral("Error"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setProperty("error", true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    setFont(small);
    hide();
}

void FieldError::showMessage(const QString &message)
{
    if (message.isEmpty())
        return clearMessage();
    setText(message);
    setAccessibleName(tr("Error: %1").arg(message));
    if (m_input)
        m_input->setAccessibleDescription(message);
    show();
}

void FieldError::clearMessage()
{
    if (text().isEmpty() && isHidden())
        return;
    clear();
    setAccessibleName({});
    if (m_input)
        m_input->setAccessibleDescription({});
    hide();
    emit cleared();
}

QLabel *FieldError::addRow(QFormLayout *form, const QString &label, QWidget *input, FieldError *error)
{
    auto *text = new QLabel(label);
    addRow(form, text, input, error);
    return text;
}

void FieldError::addRow(QFormLayout *form, QLabel *label, QWidget *input, FieldError *error)
{
    // The input in the row itself, not in a container: Qt reports a buddy as labelled-by only between siblings.
    label->setBuddy(input);
    form->addRow(label, input);
    form->addRow(static_cast<QWidget *>(nullptr), error); // under the input, in the field column
}

QWidget *FieldError::stacked(QWidget *input, FieldError *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input, 0, Qt::AlignLeft); // at its natural width; the message may use the whole row
    layout->addWidget(error);
    return box;
}

} // namespace clickar
