#include "wizard/StepSaver.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcWizard)

namespace clickar {

StepSaver::StepSaver(RenewalClient *client, const Renewal &renewal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_renewal(renewal)
{}

void StepSaver::setSaving(bool saving)
{
    if (m_saving == saving)
        return;
    m_saving = saving;
    emit savingChanged(saving);
}

void StepSaver::setRenewal(const Renewal &renewal)
{
    m_renewal = renewal;
    emit renewalChanged(m_renewal);
}

void StepSaver::confirmStep(Step step, const QJsonObject &fields)
{
    if (m_saving)
        return;
    setSaving(true);
    m_client->confirmStep(m_renewal, step, fields, this, [this, step](const Result<Renewal> &result) {
        if (!result.ok() && result.error().code == QStringLiteral("version_conflict")) {
            // Changed elsewhere (another window or device): load the latest version, keep the page's input, and
            // let the page tell the person; the next attempt is sent against the new version.
            qCInfo(lcWizard) << "step" << stepCode(step) << "met a version conflict; reloading";
            const ApiError conflict = result.error();
            return reload([this, step, conflict](const std::optional<ApiError> &reloadError) {
                setSaving(false);
                // Not reloaded: the page says why (e.g. no connection) instead of claiming it was.
                emit stepFailed(step, reloadError ? *reloadError : conflict);
            });
        }
        setSaving(false);
        if (!result.ok()) {
            qCInfo(lcWizard) << "step" << stepCode(step) << "not saved:" << result.error().technical;
            return emit stepFailed(step, result.error());
        }
        setRenewal(result.value());
        emit stepSaved(step);
    });
}

void StepSaver::reload(ReloadDone done)
{
    m_client->renewal(m_renewal.id, this, [this, done](const Result<Renewal> &result) {
        if (!result.ok()) {
            emit reloadFailed(result.error());
            if (done)
                done(result.error());
            return;
        }
        setRenewal(result.value());
        emit reloaded();
        if (done)
            done(std::nullopt);
    });
}

} // namespace clickar
