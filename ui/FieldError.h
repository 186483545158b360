#pragma once

#include <QLabel>
#include <QPointer>

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

    // The input with its error label under it, for a form row.
    static QWidget *stacked(QWidget *input, FieldError *error);

private:
    QString m_field;
    QPointer<QWidget> m_input;
};

} // namespace clickar
