#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clickar {

class KioskPin;

// The administrator's way out of kiosk mode: the PIN, typed or entered on the number pad. Accepted on the right
// PIN; a wrong one says how many tries are left; after the fifth the pad stays locked for five minutes (KioskPin).
class KioskPinDialog : public QDialog
{
    Q_OBJECT

public:
    KioskPinDialog(KioskPin *pin, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void check();
    void updateLock();
    void showMessage();

    KioskPin *m_pin;
    QLabel *m_intro;
    QLineEdit *m_edit;
    QLabel *m_message;
    QPushButton *m_cancel;
    QPushButton *m_leave;
    bool m_wrong = false; // the last PIN tried was wrong
    QTimer m_lockTimer;
};

} // namespace clickar
