#pragma once

#include "wizard/PageIds.h"

#include <QPointer>

#include <QWizard>
#include <functional>

namespace clickar {

class HelpDialog;
class RenewalController;
class StepsPanel;

// The nine-page renewal wizard. It opens at the first page the service has not yet confirmed.
class RenewalWizard : public QWizard
{
    Q_OBJECT

public:
    explicit RenewalWizard(RenewalController *controller, QWidget *parent = nullptr);

    RenewalController *controller() const { return m_controller; }
    static int pageForResume(const class Renewal &renewal);
    // Opens at the first page the service has not confirmed, with the confirmed ones behind it (for Back).
    void resume();
    // Esc / 中断する: keeps what the page holds with the draft (prepareToClose), then interrupted() and closed().
    // Ignored while the application is being sent (its outcome is shown when the answer comes).
    void reject() override;
    // Before the wizard goes (window closed, 中断する, logout): waits for a step save or the application on its way,
    // keeps the current page's unconfirmed inputs with the draft (PUT …/inputs/{step}), then calls `done` — also
    // when they could not be kept (logged). `done` is not called if the wizard is deleted meanwhile.
    void prepareToClose(std::function<void()> done);
    StepsPanel *stepsPanel() const { return m_steps; }
    // Help for the current page (F1 or the Help button): a window beside the wizard with what the page is for and
    // the contacts; it does not block the page, and F1 on another page shows that page's help in it.
    void showHelp();
    HelpDialog *helpDialog() const;

protected:
    bool focusNextPrevChild(bool next) override;

signals:
    // The person pressed 閉じる on the completion page, or cancelled.
    void closed();
    // 中断する (or Esc): the progress is saved, MyPage says so (emitted just before closed()).
    void interrupted();

private:
    void updateDoneSteps();
    // setPage(), with the focus kept where the person had it across QWizard's answer to completeChanged().
    void addPage(int id, QWizardPage *page);
    void rememberFocus();
    void restoreFocus();
    // After a page change: the first input of the page gets the focus (unless it is already on the page).
    void focusCurrentPage();

    RenewalController *m_controller;
    StepsPanel *m_steps;
    QPointer<HelpDialog> m_help;
    QPointer<QWidget> m_focusBeforeUpdate;
    bool m_holdingFocus = false;
    bool m_interrupting = false;
};

} // namespace clickar
