#pragma once

#include "domain/Renewal.h"
#include "service/RenewalClient.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

namespace clickar {

// Keeps the wizard's renewal in step with the service: holds it as the service last stated it, saves confirmed
// steps (PUT …/steps/{step}, one at a time) and reloads it (GET /renewals/{id}). A failed save or reload keeps the
// renewal as it was.
class StepSaver : public QObject
{
    Q_OBJECT

public:
    using ReloadDone = std::function<void(const std::optional<ApiError> &error)>;

    StepSaver(RenewalClient *client, const Renewal &renewal, QObject *parent = nullptr);

    const Renewal &renewal() const { return m_renewal; }
    bool isSaving() const { return m_saving; }

    // Saves one confirmed step: stepSaved (after renewalChanged) or stepFailed follows; ignored while a save is on
    // its way. On a version conflict the latest version is loaded first, so that the next attempt is sent against
    // it, and stepFailed carries the conflict (or the reload's error).
    void confirmStep(Step step, const QJsonObject &fields);
    // Fetches the renewal again: renewalChanged and reloaded, or reloadFailed. `done` is called last either way,
    // with the error (nullopt on success).
    void reload(ReloadDone done = {});
    // Replaces the renewal with what the service stated in another answer (e.g. that of a submission).
    void setRenewal(const Renewal &renewal);

signals:
    void savingChanged(bool saving);
    void renewalChanged(const clickar::Renewal &renewal);
    void stepSaved(clickar::Step step);
    void stepFailed(clickar::Step step, const clickar::ApiError &error);
    void reloaded();
    void reloadFailed(const clickar::ApiError &error);

private:
    void setSaving(bool saving);

    RenewalClient *m_client;
    Renewal m_renewal;
    bool m_saving = false;
};

} // namespace clickar
