#include "ui/AgentDesk.h"

#include "service/Session.h"
#include "ui/MessageBoxes.h"
#include "ui/ReloginDialog.h"
#include "ui/ServedPerson.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace clickar {

AgentDesk::AgentDesk(Session *session, bool demo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_demo(demo)
    , m_stack(new QStackedWidget(this))
    , m_home(new AgentHomeScreen(session, m_stack))
{
    setObjectName(QStringLiteral("agentDesk"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_home);
    connect(m_home, &AgentHomeScreen::customerChosen, this, &AgentDesk::serve);
    m_home->setCompleted(m_completed);
    showHome();
}

AgentDesk::~AgentDesk()
{
    // Customers' scopes go with the desk (also one whose end is still pending): no end of a customer to report.
    const QList<ServedPerson *> people = findChildren<ServedPerson *>();
    for (ServedPerson *person : people)
        person->disconnect(this);
}

ServedPerson *AgentDesk::customer() const
{
    return m_customer;
}

RenewalWizard *AgentDesk::wizard() const
{
    return m_customer ? m_customer->wizard() : nullptr;
}

ReloginDialog *AgentDesk::reloginDialog() const
{
    return m_relogin;
}

QWidget *AgentDesk::currentScreen() const
{
    QWidget *shown = m_stack->currentWidget();
    return m_customer && shown == m_customer ? m_customer->currentScreen() : shown;
}

void AgentDesk::showHome()
{
    m_stack->setCurrentWidget(m_home);
    m_home->reset();
}

void AgentDesk::serve(const Contract &contract)
{
    if (m_customer)
        return;
    const Me &me = m_session->me();
    const QString agency = me.agency ? me.agency->name : QString();
    m_customer = new ServedPerson(m_session, m_demo, m_stack);
    m_stack->addWidget(m_customer);
    connect(m_customer, &ServedPerson::customerLeft, this, &AgentDesk::endCustomer);
    connect(m_customer, &ServedPerson::renewalSubmitted, this, &AgentDesk::renewalSubmitted);
    connect(m_customer, &ServedPerson::customerRenewed, this,
            [this](const QString &policyNumber, const QString &newPolicyNumber) {
                m_completed.append({QDateTime::currentDateTime(), policyNumber, newPolicyNumber});
                m_home->setCompleted(m_completed);
            });
    connect(m_customer, &QObject::destroyed, this, &AgentDesk::customerEnded);
    m_customer->serveCustomer(
        contract, tr("%1 (%2) is renewing on behalf of %3").arg(me.displayName, agency, contract.holderName));
    m_stack->setCurrentWidget(m_customer);
}

bool AgentDesk::nextCustomer()
{
    if (!m_customer)
        return true;
    RenewalWizard *open = wizard();
    if (open && currentScreen() == open && !open->controller()->isSubmitted()) {
        if (open->controller()->isSubmitting())
            return false; // the application's outcome is shown when its answer comes
        if (m_leaving)
            return false; // already saving what the page holds
        if (!MessageBoxes::confirm(this, tr("Next customer"),
                                   tr("Leave this customer's renewal? Everything entered so far, also on this page "
                                      "and not yet confirmed, is kept on the service, and the renewal can be resumed "
                                      "from the queue.")))
            return false;
        // As closing the window: the page's unconfirmed inputs go with the draft first (PUT …/inputs/{step}).
        m_leaving = true;
        const QPointer<ServedPerson> leaving = m_customer;
        open->prepareToClose([this, leaving] {
            m_leaving = false;
            if (leaving && leaving == m_customer)
                endCustomer();
        });
        return true;
    }
    endCustomer();
    return true;
}

void AgentDesk::endCustomer()
{
    if (m_customer) {
        m_stack->removeWidget(m_customer);
        m_customer->end(); // deleted once back in the event loop; customerEnded() then
        m_customer = nullptr;
    }
    showHome();
}

void AgentDesk::openRelogin()
{
    if (m_relogin)
        return;
    m_relogin = new ReloginDialog(m_session, this);
    m_relogin->setAttribute(Qt::WA_DeleteOnClose);
    m_relogin->open();
}

void AgentDesk::end()
{
    if (m_customer) {
        m_customer->disconnect(this);
        m_customer->end();
        m_customer = nullptr;
    }
    if (m_relogin)
        m_relogin->hide();
    hide();
    deleteLater();
}

} // namespace clickar
