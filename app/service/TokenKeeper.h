#pragma once

#include "domain/Account.h"
#include "service/ApiError.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace clickar {

class RenewalClient;

// The tokens of one login (docs/session.md): the access token set on the client, due() shortly before it expires,
// and the refresh itself — POST /auth/refresh with the refresh token, its answer reported by refreshed() (the new
// tokens are set by then) or refreshFailed(). When to refresh and what a failure means is the Session's to decide.
// An answer to a refresh sent before clear() is dropped.
class TokenKeeper : public QObject
{
    Q_OBJECT

public:
    explicit TokenKeeper(RenewalClient *client, QObject *parent = nullptr);

    const Tokens &tokens() const { return m_tokens; }
    bool hasRefreshToken() const { return !m_tokens.refreshToken.isEmpty(); }
    bool isRefreshing() const { return m_refreshing; }

    // The new tokens: the access token on the client, due() planned before it expires.
    void set(const Tokens &tokens);
    // No tokens any more (and no refresh on its way that counts).
    void clear();
    // The refresh token was refused: only the access token is left, until it expires.
    void dropRefreshToken() { m_tokens.refreshToken.clear(); }
    void refresh();
    // The service could not be asked: due() again after `delay`.
    void retryIn(std::chrono::milliseconds delay) { m_timer.start(delay); }
    // How long before the access token's expiry due() comes (tests shorten the wait).
    void setLeadMs(qint64 ms) { m_leadMs = ms; }

signals:
    void due();
    void refreshed();
    void refreshFailed(const clickar::ApiError &error);

private:
    RenewalClient *m_client;
    Tokens m_tokens;
    QTimer m_timer;
    qint64 m_leadMs = 60 * 1000;
    bool m_refreshing = false;
    quint64 m_generation = 0; // bumped by clear(): answers to older refreshes are ignored
};

} // namespace clickar
