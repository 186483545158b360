#pragma once

#include "domain/Account.h"

#include <QList>

#include <functional>

namespace clickar {

class MockDatabase;

// The mails the mock service "sent" (one-time passwords, thank-you mails), for GET /_mock/outbox and the app's
// mail panel, kept in the database's `outbox` table (the newest 1000). Never logged: mails carry addresses and codes.
class Outbox
{
public:
    explicit Outbox(MockDatabase &db)
        : m_db(db)
    {}

    void setListener(std::function<void(const Mail &)> listener) { m_listener = std::move(listener); }
    void send(const Mail &mail);
    QList<Mail> newestFirst() const;
    void clear();
    void load(); // the mails from the database
    qsizetype size() const { return m_mails.size(); }

private:
    MockDatabase &m_db;
    QList<Mail> m_mails; // oldest first
    std::function<void(const Mail &)> m_listener;
};

} // namespace clickar
