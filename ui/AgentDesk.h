#pragma once

#include "domain/Contract.h"
#include "ui/AgentHomeScreen.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace clickar {

class ReloginDialog;
class RenewalWizard;
class ServedPerson;
class Session;

// The agent's login: the work queue (AgentHomeScreen) and, while a customer is served, that customer's scope — a
// ServedPerson of its own with the guide, the wizard on the customer's behalf and every window of theirs.
// 「次のお客さま」 (nextCustomer) ends the customer's scope and brings the queue back; the agent stays logged in.
// The list of renewals completed in this login is kept here, in memory only.
class AgentDesk : public QWidget
{
    Q_OBJECT

public:
    AgentDesk(Session *session, bool demo, QWidget *parent = nullptr);
    ~AgentDesk() override;

    AgentHomeScreen *home() const { return m_home; }
    // The customer being served (null at the queue).
    ServedPerson *customer() const;
    RenewalWizard *wizard() const;
    ReloginDialog *reloginDialog() const;
    QWidget *currentScreen() const;
    const QList<CompletedRenewal> &completed() const { return m_completed; }

    // 「次のお客さま」: asks first while a renewal is open and not yet applied; the draft stays on the service with
    // the current page's unconfirmed inputs, and the customer's scope ends once they are kept. False if the agent
    // chose to stay.
    bool nextCustomer();
    void openRelogin();
    // The agent's login ends: the customer's scope with everything of the desk.
    void end();

signals:
    // A customer's scope has ended and everything of it has been destroyed.
    void customerEnded();
    // A customer's application was accepted (the service mails the customer).
    void renewalSubmitted();

private:
    void serve(const Contract &contract);
    void endCustomer();
    void showHome();

    Session *m_session;
    bool m_demo;
    QStackedWidget *m_stack;
    AgentHomeScreen *m_home;
    QPointer<ServedPerson> m_customer;
    QPointer<ReloginDialog> m_relogin;
    QList<CompletedRenewal> m_completed;
    bool m_leaving = false; // 次のお客さま is keeping the page's inputs before the customer's scope ends
};

} // namespace clickar
