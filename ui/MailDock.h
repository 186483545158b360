#pragma once

#include <QDockWidget>
#include <QTimer>

class QMainWindow;
class QPushButton;

namespace clickar {

class MailPanel;

// The demo mail panel at the window's right, open or folded to a narrow strip whose button opens it again. It folds
// by itself when the screen beside it would have to scroll sideways (page 3's plan comparison on a small screen or
// at a kiosk) and opens again where the screen fits beside it. The person's own choice (the strip's button, the
// panel's 「たたむ」) holds until forgetChoice(), when their scope ends.
class MailDock : public QDockWidget
{
    Q_OBJECT

public:
    MailDock(MailPanel *panel, QMainWindow *window);

    bool isFolded() const { return m_folded; }
    // As the person chose it: the dock no longer folds or opens by itself.
    void setFolded(bool folded);
    // Folding by itself again (a new person).
    void forgetChoice();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fold(bool folded);
    void fit();
    // How much wider than its viewport the widest screen shown in the window's central area is (px; > 0: it
    // scrolls sideways; INT_MIN when none is shown).
    int shortfall() const;

    QMainWindow *m_window;
    MailPanel *m_panel;
    QWidget *m_open;
    QWidget *m_strip;
    QWidget *m_noTitleBar; // folded: the strip has no room for the title 「デモ用メール」 (it would show 「デモ用メ…」)
    QPushButton *m_foldButton;
    QPushButton *m_openButton;
    QTimer m_fitLater;
    bool m_folded = false;
    bool m_chosen = false;
    int m_openWidth = 320;
};

} // namespace clickar
