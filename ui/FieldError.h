#pragma once

#include <QLabel>
#include <QPointer>

class QFormLayout;

namespace clickar {

// A small red message under one input, for the service's refusal of that field (422 validation_failed
// details.fields). Its objectName is "<field>Error"; it is hidden while empty and takes no space then.
class FieldError : public QLabel
{
    Q_OBJECT

public:
    FieldError(const QString &field, QWidget *input, QWidget *parent = nullptr);

    QString field() const { return m_field; }
    QWidget *input() const { return m_input; }
    void showMessage(const QString &message);
    void clearMessage();
    bool hasMessage() const { return !text().isEmpty(); }

signals:
    // A message that was shown has gone (the input changed, or the page's own check passed).
    void cleared();

public:
    // The input with its error label under it, for a form row.
    static QWidget *stacked(QWidget *input, FieldError *error);
    // A form row "label: input with its error under it"; the label's buddy is the input itself (not the
    // container), so a screen reader hears the input labelled by it and the label's shortcut focuses the input.
    static QLabel *addRow(QFormLayout *form, const QString &label, QWidget *input, FieldError *error);
    static void addRow(QFormLayout *form, QLabel *label, QWidget *input, FieldError *error);

private:
    QString m_field;
    QPointer<QWidget> m_input;
};

} // namespace clickar
