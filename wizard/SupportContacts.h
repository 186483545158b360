#pragma once

#include "domain/Account.h"
#include "service/RenewalClient.h"

#include <QObject>

#include <optional>

namespace clickar {

// The contacts for help and the receipt (GET /support), fetched once; after a failure the next load() asks again.
class SupportContacts : public QObject
{
    Q_OBJECT

public:
    explicit SupportContacts(RenewalClient *client, QObject *parent = nullptr);

    // loaded or failed follows, unless the contacts are already here or on their way.
    void load();
    // Fetches them again (in the UI language, after a switch); the contacts at hand stay until the new ones come.
    void reload();
    const std::optional<Support> &contacts() const { return m_contacts; }

signals:
    void loaded(const clickar::Support &support);
    void failed(const clickar::ApiError &error);

private:
    RenewalClient *m_client;
    std::optional<Support> m_contacts;
    bool m_loading = false;
    int m_request = 0; // an older answer is dropped
};

} // namespace clickar
