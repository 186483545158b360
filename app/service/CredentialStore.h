#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace clickar {

// The one place secrets are kept: the OS keychain through QtKeychain (the Secret Service on Linux). Every
// operation is asynchronous. There is no insecure fallback: when no keychain can be reached, availability()
// turns Unavailable and nothing is stored anywhere (the app carries on without "remember me").
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    struct Answer
    {
        enum class Status { Ok, NotFound, Unavailable, Failed };
        Status status = Status::Failed;
        QString secret;    // what read() found
        QString technical; // the keychain's own error text, for logs; never contains the secret
        bool ok() const { return status == Status::Ok; }
    };
    using Done = std::function<void(const Answer &)>;

    // `service` names the application's entries in the keychain (its "service" attribute).
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }
    // Known after the first operation has answered; Unknown before.
    Availability availability() const { return m_availability; }

    // `done` runs on the thread of `context` and never if `context` was destroyed meanwhile.
    void read(const QString &key, QObject *context, Done done);
    void write(const QString &key, const QString &secret, QObject *context, Done done);
    // Deleting an entry that does not exist counts as success.
    void remove(const QString &key, QObject *context, Done done);

signals:
    void availabilityChanged(clickar::CredentialStore::Availability availability);

private:
    void run(QKeychain::Job *job, QObject *context, Done done, bool missingIsOk);
    void setAvailability(Availability availability);

    QString m_service;
    Availability m_availability = Availability::Unknown;
};

} // namespace clickar
