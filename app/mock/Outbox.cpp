#include "mock/Outbox.h"

#include "mock/MockDatabase.h"

#include <algorithm>

namespace clickar {

namespace {
constexpr qsizetype maxMails = 1000; // a long demo must not grow without bound
}

void Outbox::send(const Mail &mail)
{
    m_mails.append(mail);
    m_db.exec(QStringLiteral("INSERT INTO outbox (recipient, subject, body, sent_at) VALUES (?, ?, ?, ?)"),
              {mail.to, mail.subject, mail.body, mail.sentAt.toMSecsSinceEpoch()});
    if (m_mails.size() > maxMails) {
        m_mails.removeFirst();
        m_db.exec(QStringLiteral("DELETE FROM outbox WHERE id NOT IN (SELECT id FROM outbox ORDER BY id DESC LIMIT ?)"),
                  {maxMails});
    }
    if (m_listener)
        m_listener(mail);
}

QList<Mail> Outbox::newestFirst() const
{
    QList<Mail> mails = m_mails;
    std::reverse(mails.begin(), mails.end());
    return mails;
}

void Outbox::clear()
{
    m_mails.clear();
    m_db.exec(QStringLiteral("DELETE FROM outbox"));
}

void Outbox::load()
{
    m_mails.clear();
    QSqlQuery q = m_db.select(QStringLiteral("SELECT recipient, subject, body, sent_at FROM outbox ORDER BY id"));
    while (q.next())
        m_mails.append(Mail{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)});
}

} // namespace clickar
