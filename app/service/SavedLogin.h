#pragma once

#include "service/CredentialStore.h"

#include <QObject>
#include <QString>

namespace clickar {

// The saved login (「ログイン情報を保存する」, docs/session.md): the refresh token in the OS keychain through
// CredentialStore, one entry per service (`scope`), and the address in the settings (not secret: it fills in the
// login form). Without a store (kiosk mode) nothing is ever saved or read.
class SavedLogin : public QObject
{
    Q_OBJECT

public:
    explicit SavedLogin(QObject *parent = nullptr);

    void setStore(CredentialStore *store, const QString &scope);
    CredentialStore *store() const { return m_store; }
    CredentialStore::Availability availability() const;
    // The remembered address ("" when there is none, or no store).
    QString email() const;

    // Keeps the address and the refresh token; notSaved() follows when the keychain refuses the token.
    void save(const QString &email, const QString &refreshToken);
    void removeToken();
    // The token and the address.
    void forget();
    // The stored refresh token; `done` runs on the thread of `context`, never after it was destroyed.
    void readToken(QObject *context, CredentialStore::Done done);

signals:
    void availabilityChanged();
    void notSaved(const QString &technical);

private:
    QString key() const;

    CredentialStore *m_store = nullptr;
    QString m_scope;
};

} // namespace clickar
