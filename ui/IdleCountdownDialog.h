#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;

namespace clickar {

// Kiosk mode, after a while without input: 「操作がないため、30秒後に最初の画面に戻ります」 counting down, with
// 「続ける」. expired() at zero (the kiosk then wipes the person); any input closes it (KioskGuard).
class IdleCountdownDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IdleCountdownDialog(QWidget *parent = nullptr);

    // Shows the dialog and counts down from `seconds`.
    void start(int seconds);
    // Closes it without expiring.
    void stop();
    int secondsLeft() const { return m_left; }

signals:
    void expired();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void tick();
    void showLeft();

    QLabel *m_text;
    QPushButton *m_continue;
    QTimer m_tick;
    int m_left = 0;
};

} // namespace clickar
