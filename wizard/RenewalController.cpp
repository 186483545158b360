#include "RenewalController.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcWizard, "clickar.wizard")

namespace clickar {

RenewalController::RenewalController(RenewalClient *client, const Renewal &renewal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_renewal(renewal)
{}

void RenewalController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void RenewalController::confirmStep(Step step, const QJsonObject &fields)
{
    if (m_busy)
        return;
    setBusy(true);
    m_client->confirmStep(m_renewal, step, fields, this, [this, step](const Result<Renewal> &result) {
        setBusy(false);
        if (!result.ok()) {
            qCInfo(lcWizard) << "step" << stepCode(step) << "not saved:" << result.error().technical;
            return emit stepFailed(step, result.error());
        }
        m_renewal = result.value();
        emit renewalChanged(m_renewal);
        emit stepSaved(step);
    });
}

void RenewalController::loadDocument(const QString &documentId, QObject *context, Callback<QByteArray> done)
{
    m_client->document(documentId, context, std::move(done));
}

void RenewalController::submit(const SubmitRequest &request)
{
    if (m_busy)
        return;
    if (m_idempotencyKey.isEmpty())
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setBusy(true);
    m_client->submit(m_renewal.id, request, m_idempotencyKey, this, [this](const Result<SubmitResult> &result) {
        setBusy(false);
        if (!result.ok()) {
            const ApiError &error = result.error();
            // The service already holds this application: show the policy it issued.
            if (error.code == QStringLiteral("already_submitted")) {
                SubmitResult done;
                done.newPolicyNumber = error.details.value(QStringLiteral("newPolicyNumber")).toString();
                if (!done.newPolicyNumber.isEmpty())
                    return accept(done);
            }
            // A definite refusal means nothing was applied: the next attempt is a new application.
            if (error.kind == ApiError::Kind::Http && error.status >= 400 && error.status < 500 &&
                error.status != 409 && error.status != 429)
                m_idempotencyKey.clear();
            return emit submitFailed(error);
        }
        accept(result.value());
    });
}

void RenewalController::accept(const SubmitResult &result)
{
    m_renewal.status = QStringLiteral("submitted");
    m_renewal.submission = result;
    emit renewalChanged(m_renewal);
    emit submitted(result);
}

} // namespace clickar
