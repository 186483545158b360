#pragma once

#include "PageIds.h"

#include <QWizard>

namespace clickar {

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

signals:
    // The person pressed 閉じる on the completion page, or cancelled.
    void closed();

private:
    RenewalController *m_controller;
    StepsPanel *m_steps;
};

} // namespace clickar
