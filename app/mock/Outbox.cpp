#include "mock/Outbox.h"

#include <algorithm>

namespace clickar {

namespace {
constexpr qsizetype maxMails = 1000; // a long demo must not grow without bound
}

void Outbox::send(const Mail &mail)
{
    m_mails.append(mail);
    if (m_mails.size() > maxMails)
        m_mails.removeFirst();
    if (m_listener)
        m_listener(mail);
}

QList<Mail> Outbox::newestFirst() const
{
    QList<Mail> mails = m_mails;
    std::reverse(mails.begin(), mails.end());
    return mails;
}

} // namespace clickar
