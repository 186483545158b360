#pragma once

#include "RenewalController.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace clickar {

// Base of the wizard pages that confirm a step. Next follows the asynchronous validation pattern: the
// first validatePage() sends the page's fields to the service and returns false; when the service has
// saved them the page advances the wizard itself; on failure it shows why and keeps every input.
class RenewalPage : public QWizardPage
{
    Q_OBJECT

public:
    RenewalPage(RenewalController *controller, std::optional<Step> step, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;

protected:
    // The step body's fields besides "confirmed" (API.md); pages override when they change something.
    virtual QJsonObject stepFields() const { return {}; }
    // Called with the controller's renewal whenever the page is shown.
    virtual void showRenewal(const Renewal &renewal) { Q_UNUSED(renewal) }
    // A service refusal of this page's fields; the default shows the message under the page.
    virtual void showError(const ApiError &error);

    // A required confirmation box, registered as a mandatory wizard field ("name*").
    QCheckBox *addConfirmation(const QString &fieldName, const QString &text);
    QVBoxLayout *contentLayout() const { return m_content; }
    RenewalController *controller() const { return m_controller; }
    void setStatus(const QString &text, bool isError);
    // Moves on once the controller has finished the page's work (used by the commit page too).
    void advance();

private:
    void onStepSaved(Step step);
    void onStepFailed(Step step, const ApiError &error);

    RenewalController *m_controller;
    std::optional<Step> m_step;
    QVBoxLayout *m_content;
    QVBoxLayout *m_confirmations;
    QLabel *m_status;
    bool m_saved = false;
};

} // namespace clickar
