#include "service/CredentialStore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "clickar.keychain")

namespace clickar {

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void CredentialStore::setAvailability(Availability availability)
{
    if (m_availability == availability)
        return;
    m_availability = availability;
    emit availabilityChanged(availability);
}

void CredentialStore::read(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), false);
}

void CredentialStore::write(const QString &key, const QString &secret, QObject *context, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done), false);
}

void CredentialStore::remove(const QString &key, QObject *context, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done), true);
}

void CredentialStore::run(QKeychain::Job *job, QObject *context, Done done, bool missingIsOk)
{
    // A job is never deleted while it runs (libsecret would call back into freed memory): it has no parent and
    // deletes itself when finished; if the store is gone by then, the answer goes nowhere.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, guard, done, missingIsOk](QKeychain::Job *finished) {
        Answer answer;
        switch (finished->error()) {
        case QKeychain::NoError:
            answer.status = Answer::Status::Ok;
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                answer.secret = reader->textData();
            break;
        case QKeychain::EntryNotFound:
            answer.status = missingIsOk ? Answer::Status::Ok : Answer::Status::NotFound;
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError: // on Linux: no session bus, or no Secret Service on it
            answer.status = Answer::Status::Unavailable;
            break;
        default: // access denied, could not delete: the keychain is there but said no
            answer.status = Answer::Status::Failed;
            break;
        }
        if (answer.status != Answer::Status::Ok && answer.status != Answer::Status::NotFound) {
            answer.technical = finished->errorString();
            qCInfo(lcKeychain) << "keychain operation failed:" << finished->error() << answer.technical;
        }
        setAvailability(answer.status == Answer::Status::Unavailable ? Availability::Unavailable
                                                                     : Availability::Available);
        if (guard && done)
            done(answer);
    });
    job->start();
}

} // namespace clickar
