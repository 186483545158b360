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
    m_loading = true;
    m_client->support(this, [this](const Result<Support> &result) {
        m_loading = false;
        if (!result.ok()) {
            qCInfo(lcWizard) << "support contacts not loaded:" << result.error().technical;
            return emit failed(result.error());
        }
        m_contacts = result.value();
        emit loaded(*m_contacts);
    });
}

} // namespace clickar
