#include "service/SavedLogin.h"

#include <QSettings>

namespace clickar {

namespace {
const QString emailSetting = QStringLiteral("email");
const QString oldEmailSetting = QStringLiteral("login/email"); // the earlier key: read, then replaced
} // namespace

SavedLogin::SavedLogin(QObject *parent)
    : QObject(parent)
{}

void SavedLogin::setStore(CredentialStore *store, const QString &scope)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    m_scope = scope;
    if (m_store)
        connect(m_store, &CredentialStore::availabilityChanged, this, &SavedLogin::availabilityChanged);
    emit availabilityChanged();
}

CredentialStore::Availability SavedLogin::availability() const
{
    return m_store ? m_store->availability() : CredentialStore::Availability::Unavailable;
}

QString SavedLogin::email() const
{
    if (!m_store)
        return {};
    const QSettings settings;
    return settings.value(emailSetting, settings.value(oldEmailSetting)).toString();
}

QString SavedLogin::key() const
{
    return QStringLiteral("refresh-token/") + m_scope;
}

void SavedLogin::save(const QString &email, const QString &refreshToken)
{
    if (!m_store || refreshToken.isEmpty())
        return;
    QSettings settings;
    settings.setValue(emailSetting, email);
    settings.remove(oldEmailSetting);
    m_store->write(key(), refreshToken, this, [this](const CredentialStore::Answer &answer) {
        if (!answer.ok())
            emit notSaved(answer.technical);
    });
}

void SavedLogin::removeToken()
{
    if (m_store)
        m_store->remove(key(), this, {});
}

void SavedLogin::forget()
{
    if (!m_store)
        return;
    QSettings settings;
    settings.remove(emailSetting);
    settings.remove(oldEmailSetting);
    removeToken();
}

void SavedLogin::readToken(QObject *context, CredentialStore::Done done)
{
    if (!m_store)
        return;
    m_store->read(key(), context, std::move(done));
}

} // namespace clickar
