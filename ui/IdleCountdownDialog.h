#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;

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

private:
    void tick();
    void showLeft();

    QLabel *m_text;
    QTimer m_tick;
    int m_left = 0;
};

} // namespace clickar
