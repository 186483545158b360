#include "wizard/SupportContacts.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWizard)

namespace clickar {

SupportContacts::SupportContacts(RenewalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void SupportContacts::load()
{
    if (m_contacts || m_loading)
        return;
    reload();
}

void SupportContacts::reload()
{
    m_loading = true;
    const int request = ++m_request;
    m_client->support(this, [this, request](const Result<Support> &result) {
        if (request != m_request)
            return;
        m_loading = false;
        if (!result.ok()) {
            qCInfo(lcWizard) << "support contacts not loaded:" << result.error().technical;
            if (m_contacts)
                return; // the ones at hand, in the language they came in
            return emit failed(result.error());
        }
        m_contacts = result.value();
        emit loaded(*m_contacts);
    });
}

} // namespace clickar
