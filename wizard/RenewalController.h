#pragma once

#include "Renewal.h"
#include "RenewalClient.h"

#include <QObject>

namespace clickar {

// Owns the one Renewal the wizard shows and is the pages' only way to the service: pages ask, the
// controller calls RenewalClient, and the answer comes back as a signal.
class RenewalController : public QObject
{
    Q_OBJECT

public:
    RenewalController(RenewalClient *client, const Renewal &renewal, QObject *parent = nullptr);

    const Renewal &renewal() const { return m_renewal; }
    RenewalClient *client() const { return m_client; }
    bool isBusy() const { return m_busy; }

    // Saves one confirmed step (PUT …/steps/{step}); stepSaved or stepFailed follows.
    void confirmStep(Step step, const QJsonObject &fields);
    // Submits the application once; the idempotency key is kept until the service has answered,
    // so a retry after a network error can never create a second policy.
    void submit(const SubmitRequest &request);
    // The bytes of one of the renewal's documents (the disclosure PDF).
    void loadDocument(const QString &documentId, QObject *context, Callback<QByteArray> done);
    QString idempotencyKey() const { return m_idempotencyKey; }

signals:
    void busyChanged(bool busy);
    void renewalChanged(const clickar::Renewal &renewal);
    void stepSaved(clickar::Step step);
    void stepFailed(clickar::Step step, const clickar::ApiError &error);
    void submitted(const clickar::SubmitResult &result);
    void submitFailed(const clickar::ApiError &error);

private:
    void setBusy(bool busy);
    void accept(const SubmitResult &result);

    RenewalClient *m_client;
    Renewal m_renewal;
    QString m_idempotencyKey;
    bool m_busy = false;
};

} // namespace clickar
