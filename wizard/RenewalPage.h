#pragma once

#include "wizard/RenewalController.h"

#include <QJsonValue>
#include <QMap>
#include <QWizardPage>

#include <functional>
#include <optional>

class QBoxLayout;
class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace clickar {

class FieldError;

// Base of the wizard pages that confirm a step. Next follows the asynchronous validation pattern: the
// first validatePage() sends the page's fields to the service and returns false; when the service has
// saved them the page advances the wizard itself; on failure it shows why and keeps every input.
// Back keeps every input too: going back does not reset the page, and a page refills its inputs from the
// renewal only the first time it is shown or when that part of the renewal changed on the service.
class RenewalPage : public QWizardPage
{
    Q_OBJECT

public:
    // Moves on past this page as one the service has already confirmed: its boxes ticked, nothing sent.
    void passAsConfirmed();
    RenewalPage(RenewalController *controller, std::optional<Step> step, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    // Unlike QWizardPage's, does not reset the page's fields: what was entered is still there on return.
    void cleanupPage() override;
    // The renewal was fetched again (in another language): the page shows it, keeping what was entered.
    void showAgain();
    // The step this page confirms (none for the commit and completion pages).
    std::optional<Step> step() const { return m_step; }
    // What the person has entered on the page, to keep with the draft unconfirmed (PUT …/inputs/{step}) when the
    // window is closed, 中断する is pressed or the person logs out; {} when the page has nothing to keep.
    virtual QJsonObject inputsToKeep() const { return stepFields(); }

protected:
    // The step body's fields besides "confirmed" (docs/api.md "Steps"); pages override when they change something.
    virtual QJsonObject stepFields() const { return {}; }
    // Called with the controller's renewal whenever the page is shown.
    virtual void showRenewal(const Renewal &renewal) { Q_UNUSED(renewal) }
    // A service refusal of this page's fields; the default shows each field message under its field (see
    // addFieldError), focuses the first wrong field, and shows the rest under the page.
    virtual void showError(const ApiError &error);

    // The part of the renewal the page's inputs are filled from (default: none). fillInputs() is called before
    // showRenewal() the first time the page is shown and whenever this value differs from the last time (or from
    // what the page itself saved); otherwise the inputs keep what the person entered.
    virtual QJsonValue inputsFrom(const Renewal &renewal) const
    {
        Q_UNUSED(renewal)
        return {};
    }
    virtual void fillInputs(const Renewal &renewal) { Q_UNUSED(renewal) }
    // Puts back inputs kept unconfirmed (Renewal::unconfirmedInputs), after fillInputs() when the page is first
    // shown (only when there are some); the page reacts as to typed input (checks, quotes).
    virtual void restoreInputs(const QJsonObject &kept) { Q_UNUSED(kept) }

    // A required confirmation box, registered as a mandatory wizard field ("name*").
    QCheckBox *addConfirmation(const QString &fieldName, const QString &text);
    // The same, placed in `layout` (e.g. next to what it confirms) instead of under the page.
    QCheckBox *addConfirmation(const QString &fieldName, const QString &text, QBoxLayout *layout);
    // On a customer's behalf (RenewalController::isOnBehalf): the agent's mandatory
    // 「お客さまに説明し、ご意向を確認しました」 (objectName "agentAttestation"); the step body then carries
    // agentAttested: true. Null for a policyholder.
    QCheckBox *addAgentAttestation();
    QCheckBox *agentAttestation() const { return m_attestation; }
    // Unchecks every confirmation box of the page (what they confirmed has changed).
    void clearConfirmations();
    // The message label for the service's messages about `field` (objectName "<field>Error"); the page places
    // it under `input` (FieldError::stacked). Registration order is the order fields are focused in.
    FieldError *addFieldError(const QString &field, QWidget *input);
    // Shows each message at its field and focuses the first wrong one; returns the messages with no field here.
    QStringList showFieldMessages(const QMap<QString, QString> &messages);
    void clearFieldError(const QString &field);
    void clearFieldErrors();

    QVBoxLayout *contentLayout() const { return m_content; }
    RenewalController *controller() const { return m_controller; }
    // The text as a function, so that it follows the language.
    void setStatus(const std::function<QString()> &text, bool isError);
    void changeEvent(QEvent *event) override;
    // Moves on once the controller has finished the page's work (used by the commit page too).
    void advance();

private:
    void onStepSaved(Step step);
    void onStepFailed(Step step, const ApiError &error);
    // A field's message went: the service's refusal under the page goes too once none of its fields has one.
    void onFieldCleared();

    RenewalController *m_controller;
    std::optional<Step> m_step;
    QVBoxLayout *m_content;
    QVBoxLayout *m_confirmations;
    QLabel *m_status;
    std::function<QString()> m_statusText;
    // The fields of the refusal shown under the page, when each of them is shown at its field as well.
    QStringList m_statusFields;
    bool m_saved = false;
    QList<QCheckBox *> m_boxes;
    QCheckBox *m_attestation = nullptr;
    QList<FieldError *> m_fieldErrors;
    std::optional<QJsonValue> m_inputsShown;
};

} // namespace clickar
