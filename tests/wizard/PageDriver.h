#pragma once

// Helpers for the page 5–9 tests: drive the real wizard by clicking its buttons (QWizard::next() would ignore the
// gates), and prepare a renewal on the mock the way another device would (PUT …/steps through the client).
// Every helper returns false instead of failing, so the tests wrap them in QVERIFY.

#include "support/TestSupport.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QPdfView>
#include <QRadioButton>
#include <QScrollBar>
#include <QTest>

#include <functional>
#include <memory>

namespace clickar::test {

inline QAbstractButton *forwardButton(QWizard *wizard)
{
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    return commit->isVisible() ? commit : wizard->button(QWizard::NextButton);
}

template<typename T> T *child(QWizard *wizard, const char *name)
{
    return wizard->currentPage() ? wizard->currentPage()->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// Clicks Next (or the commit button) once it is enabled and waits for page `id`.
inline bool clickForwardTo(QWizard *wizard, int id, int timeoutMs = 15000)
{
    QAbstractButton *button = forwardButton(wizard);
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }, timeoutMs))
        return false;
    button->click();
    return QTest::qWaitFor([wizard, id] { return wizard->currentId() == id; }, timeoutMs);
}

inline bool check(QWizard *wizard, const char *name)
{
    QCheckBox *box = child<QCheckBox>(wizard, name);
    if (!box || !QTest::qWaitFor([box] { return box->isEnabled(); }, 5000))
        return false;
    if (!box->isChecked())
        box->click();
    return box->isChecked();
}

inline bool selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo ? combo->findData(data) : -1;
    if (index < 0)
        return false;
    combo->setCurrentIndex(index);
    return true;
}

// Opens the disclosure document from page 7 and scrolls its viewer window to the end with the scroll bar.
inline bool readDisclosureToEnd(QWizard *wizard)
{
    auto *page = qobject_cast<DisclosurePage *>(wizard->currentPage());
    auto *open = child<QAbstractButton>(wizard, "openDisclosureButton");
    if (!page || !open)
        return false;
    open->click();
    if (!QTest::qWaitFor([page] { return page->viewer() && page->viewer()->isLoaded(); }, 15000))
        return false;
    QScrollBar *bar = page->viewer()->view()->verticalScrollBar();
    if (!QTest::qWaitFor([bar] { return bar->maximum() > 0; }, 5000))
        return false;
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    return QTest::qWaitFor([page] { return page->hasReadToEnd(); }, 5000);
}

// From the current page (5 or later; WizardHarness passes pages 1–4) up to page `target`, as a person would.
inline bool driveTo(QWizard *wizard, int target)
{
    while (wizard->currentId() < target) {
        const int id = wizard->currentId();
        bool ok = true;
        switch (id) {
        case DecisionPageId:
            ok = check(wizard, "decisionConfirmed");
            break;
        case CustomerPaymentPageId:
            ok = check(wizard, "customerConfirmed");
            break;
        case DisclosurePageId:
            ok = readDisclosureToEnd(wizard) && check(wizard, "eDeliveryConsent") && check(wizard, "noticesConfirmed");
            break;
        case ApplicationPageId:
            if (auto *card = child<QRadioButton>(wizard, "driverCard1"))
                card->click();
            if (auto *notice = child<QRadioButton>(wizard, "nextNotice0"))
                notice->click();
            break;
        default:
            qWarning("driveTo: page %d is not one of pages 5-8", id);
            return false;
        }
        if (!ok) {
            qWarning("driveTo: could not fill page %d", id);
            return false;
        }
        const int next = id == ApplicationPageId ? int(CompletionPageId) : id + 1;
        if (!clickForwardTo(wizard, next)) {
            qWarning("driveTo: could not leave page %d", id);
            return false;
        }
    }
    return wizard->currentId() == target;
}

// Confirms the steps up to and including `last` through the service; the renewal as the service then has it.
inline std::optional<Renewal> confirmViaService(RenewalClient &client, Renewal renewal, Step last)
{
    for (Step step : allSteps()) {
        const auto saved = await<Renewal>(
            [&](QObject *c, auto done) { client.confirmStep(renewal, step, stepFieldsFrom(renewal, step), c, done); });
        if (!saved || !saved->ok()) {
            qWarning("step %s not confirmed: %s", qPrintable(stepCode(step)),
                     saved ? qPrintable(saved->error().technical + saved->error().message) : "timeout");
            return std::nullopt;
        }
        renewal = saved->value();
        if (step == last)
            break;
    }
    return renewal;
}

// tanaka signed in, with pages 1–4 confirmed on the service: a wizard built on it opens at page 5.
inline std::optional<Renewal> tanakaAtDecision(DemoService &demo)
{
    if (!demo.signIn(QStringLiteral("tanaka@example.jp")))
        return std::nullopt;
    const std::optional<Renewal> started = demo.startFirstRenewal();
    if (!started)
        return std::nullopt;
    return confirmViaService(demo.client(), *started, Step::Details);
}

inline std::optional<Renewal> fetchRenewal(RenewalClient &client, const QString &id)
{
    const auto fetched = await<Renewal>([&](QObject *c, auto done) { client.renewal(id, c, done); });
    if (!fetched || !fetched->ok())
        return std::nullopt;
    return fetched->value();
}

// tanaka's renewal on the mock with the steps up to `lastConfirmed` saved, in a real wizard (which opens at the
// first unconfirmed page). `tweak` may change the renewal the controller starts from (e.g. a wrong SHA-256).
class PageFixture
{
public:
    bool start(Step lastConfirmed = Step::Details, const std::function<void(Renewal &)> &tweak = {})
    {
        if (!demo.signIn(QStringLiteral("tanaka@example.jp")))
            return false;
        const std::optional<Renewal> started = demo.startFirstRenewal();
        if (!started)
            return false;
        std::optional<Renewal> renewal = confirmViaService(demo.client(), *started, lastConfirmed);
        if (!renewal)
            return false;
        service = *renewal;
        if (tweak)
            tweak(*renewal);
        controller = std::make_unique<RenewalController>(&demo.client(), *renewal);
        wizard = std::make_unique<RenewalWizard>(controller.get());
        wizard->resize(1100, 800);
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get());
    }
    template<typename T = QWidget> T *find(const char *name) { return child<T>(wizard.get(), name); }
    std::optional<Renewal> fetch() { return fetchRenewal(demo.client(), service.id); }

    DemoService demo;
    Renewal service; // the renewal as the service had it when the wizard was built
    std::unique_ptr<RenewalController> controller;
    std::unique_ptr<RenewalWizard> wizard;
};

// The thank-you mails the mock has "sent" so far.
inline int thankYouMails(RenewalClient &client, QStringList *bodies = nullptr)
{
    MockClient mock(client.server()); // the mock-only endpoints of the same service
    const auto mails = await<QList<Mail>>([&](QObject *c, auto done) { mock.outbox(c, done); });
    if (!mails || !mails->ok())
        return -1;
    int count = 0;
    for (const Mail &mail : mails->value()) {
        if (mail.subject.startsWith(QStringLiteral("【御礼】"))) {
            ++count;
            if (bodies)
                bodies->append(mail.body);
        }
    }
    return count;
}

} // namespace clickar::test
