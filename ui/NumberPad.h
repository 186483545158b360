#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace clickar {

// An on-screen number pad for a touch screen (kiosk mode): 0–9 and ⌫, each press typed into `target` as the key
// would be (the field's own validation and signals apply). The buttons never take the focus from the field.
class NumberPad : public QWidget
{
    Q_OBJECT

public:
    explicit NumberPad(QLineEdit *target, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void press(int key, const QString &text);

    QPointer<QLineEdit> m_target;
    QPushButton *m_backspace = nullptr;
};

} // namespace clickar
