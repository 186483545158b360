#include "service/TokenKeeper.h"

#include "service/RenewalClient.h"

namespace clickar {

TokenKeeper::TokenKeeper(RenewalClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TokenKeeper::due);
}

void TokenKeeper::set(const Tokens &tokens)
{
    m_tokens = tokens;
    m_client->setAccessToken(tokens.accessToken);
    m_timer.stop();
    if (tokens.expiresIn <= 0 || tokens.refreshToken.isEmpty())
        return;
    const qint64 lifetimeMs = qint64(tokens.expiresIn) * 1000;
    const qint64 delay = lifetimeMs > m_leadMs ? lifetimeMs - m_leadMs : lifetimeMs / 2;
    m_timer.start(std::chrono::milliseconds(delay));
}

void TokenKeeper::clear()
{
    ++m_generation;
    m_refreshing = false;
    m_timer.stop();
    m_tokens = {};
    m_client->setAccessToken({});
}

void TokenKeeper::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const quint64 generation = m_generation;
    m_client->refresh(m_tokens.refreshToken, this, [this, generation](const Result<Tokens> &result) {
        if (generation != m_generation)
            return;
        m_refreshing = false;
        if (!result.ok()) {
            emit refreshFailed(result.error());
            return;
        }
        set(result.value());
        emit refreshed();
    });
}

} // namespace clickar
