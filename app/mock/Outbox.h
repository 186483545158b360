#pragma once

#include "domain/Account.h"

#include <QList>

#include <functional>

namespace clickar {

// The mails the mock service "sent" (one-time passwords, thank-you mails), for GET /_mock/outbox and the app's
// mail panel. Never logged: mails carry addresses and codes.
class Outbox
{
public:
    void setListener(std::function<void(const Mail &)> listener) { m_listener = std::move(listener); }
    void send(const Mail &mail);
    QList<Mail> newestFirst() const;
    void clear() { m_mails.clear(); }
    qsizetype size() const { return m_mails.size(); }

private:
    QList<Mail> m_mails; // oldest first
    std::function<void(const Mail &)> m_listener;
};

} // namespace clickar
