// AppDriver, continued: the wizard, what the service says, and the keychain.
#include "support/AppDriver.h"

#include "ui/documents/PdfViewerWindow.h"
#include "wizard/DisclosurePage.h"

#include <QPdfView>
#include <QScrollBar>

namespace clickar::test {

// ---- the wizard ----------------------------------------------------------------------------------------------------

RenewalWizard *AppDriver::wizard() const
{
    return window() ? window()->wizard() : nullptr;
}

QAbstractButton *AppDriver::next() const
{
    QAbstractButton *commit = wizard()->button(QWizard::CommitButton);
    return commit->isVisible() ? commit : wizard()->button(QWizard::NextButton);
}

QAbstractButton *AppDriver::back() const
{
    return wizard()->button(QWizard::BackButton);
}

bool AppDriver::clickNext(int expectedId)
{
    QAbstractButton *button = next();
    if (!waitFor([button] { return button->isEnabled(); }))
        return fail(QStringLiteral("Next stays disabled on page %1").arg(pageId()));
    if (!click(button))
        return false;
    return waitFor([this, expectedId] { return pageId() == expectedId; }) ||
           fail(QStringLiteral("page %1 not reached (still on %2)").arg(expectedId).arg(pageId()));
}

bool AppDriver::clickBack(int expectedId)
{
    return (click(back()) && pageId() == expectedId) || fail(QStringLiteral("Back did not reach the page"));
}

void AppDriver::chooseLicenceMonth(const QDate &month)
{
    choose("nextLicenceYearCombo", month.year());
    choose("nextLicenceMonthCombo", month.month());
}

bool AppDriver::readDisclosureToEnd()
{
    auto *page = qobject_cast<DisclosurePage *>(this->page());
    if (!page || !click("openDisclosureButton"))
        return fail(QStringLiteral("not on page 7"));
    if (!waitFor([page] { return page->viewer() && page->viewer()->isLoaded(); }))
        return fail(QStringLiteral("the document did not open"));
    QScrollBar *bar = page->viewer()->view()->verticalScrollBar();
    if (!waitFor([bar] { return bar->maximum() > 0; }, 5000))
        return fail(QStringLiteral("the viewer does not scroll"));
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    return waitFor([page] { return page->hasReadToEnd(); }, 5000) || fail(QStringLiteral("not read to the end"));
}

bool AppDriver::passPage()
{
    const int id = pageId();
    return fillPage() && clickNext(id == ApplicationPageId ? int(CompletionPageId) : id + 1);
}

bool AppDriver::fillPage()
{
    const int id = pageId();
    bool filled = true;
    switch (id) {
    case PreConfirmationPageId:
        filled = check("preconfirmChecked");
        break;
    case BasicInfoPageId:
        if (!find<QCheckBox>("driverRangeConfirmed")->isChecked())
            MessageBoxes::setNextAnswer(QMessageBox::Ok); // 「この運転者の範囲でよろしいですか」: OK
        filled = check("driverRangeConfirmed") && check("basicConfirmed");
        break;
    case CoveragePageId:
        filled = check("coverageConfirmed");
        break;
    case ContractDetailsPageId:
        if (find<QComboBox>("nextLicenceYearCombo")->currentIndex() <= 0)
            chooseLicenceMonth(renewal().newPeriod.start.addYears(1));
        filled = check("detailsConfirmed");
        break;
    case DecisionPageId:
        filled = check("decisionConfirmed");
        break;
    case CustomerPaymentPageId:
        filled = check("customerConfirmed");
        break;
    case DisclosurePageId:
        filled = (find<QCheckBox>("eDeliveryConsent")->isEnabled() || readDisclosureToEnd()) &&
                 check("eDeliveryConsent") && check("noticesConfirmed");
        break;
    case ApplicationPageId:
        filled = find<QRadioButton>("driverCard0")->isChecked() || setChecked("driverCard1");
        filled = filled && (find<QRadioButton>("nextNotice1")->isChecked() || setChecked("nextNotice0"));
        break;
    default:
        return fail(QStringLiteral("page %1 has no Next").arg(id));
    }
    // On a customer's behalf, the consent pages have the agent's attestation too.
    if (filled && page()->findChild<QCheckBox *>(QStringLiteral("agentAttestation")))
        filled = check("agentAttestation");
    return filled || fail(QStringLiteral("could not fill page %1").arg(id));
}

bool AppDriver::reachPage(int target)
{
    while (wizard() && pageId() < target) {
        if (!passPage())
            return false;
    }
    return pageId() == target || fail(QStringLiteral("on page %1, not %2").arg(pageId()).arg(target));
}

// ---- what the service says -----------------------------------------------------------------------------------------

std::optional<Quote> AppDriver::serviceQuote(const QJsonObject &selections)
{
    const QString id = renewal().id;
    RenewalClient &client = service();
    const auto answer = await<Quote>([&](QObject *c, auto done) { client.quote(id, selections, c, done); });
    if (!answer || !answer->ok())
        return std::nullopt;
    return answer->value();
}

std::optional<Renewal> AppDriver::serviceRenewal()
{
    return serviceRenewal(wizard() ? renewal().id : m_prepared.id);
}

std::optional<Renewal> AppDriver::serviceRenewal(const QString &id)
{
    RenewalClient &client = service();
    const auto answer = await<Renewal>([&](QObject *c, auto done) { client.renewal(id, c, done); });
    if (!answer || !answer->ok())
        return std::nullopt;
    return answer->value();
}

std::optional<Renewal> AppDriver::confirmViaService(Renewal renewal, Step last)
{
    RenewalClient &client = service();
    for (Step step : allSteps()) {
        const auto saved = await<Renewal>(
            [&](QObject *c, auto done) { client.confirmStep(renewal, step, stepFieldsFrom(renewal, step), c, done); });
        if (!saved || !saved->ok()) {
            fail(QStringLiteral("step %1 not confirmed").arg(stepCode(step)));
            return std::nullopt;
        }
        renewal = saved->value();
        if (step == last)
            break;
    }
    return renewal;
}

int AppDriver::thankYouMails(QStringList *bodies)
{
    MockClient &client = outboxClient();
    const auto mails = await<QList<Mail>>([&](QObject *c, auto done) { client.outbox(c, done); });
    if (!mails || !mails->ok())
        return -1;
    int count = 0;
    for (const Mail &mail : mails->value()) {
        if (mail.subject.startsWith(QStringLiteral("【御礼】")) ||
            mail.subject.startsWith(QStringLiteral("[Thank you]"))) {
            ++count;
            if (bodies)
                bodies->append(mail.body);
        }
    }
    return count;
}

// ---- the keychain --------------------------------------------------------------------------------------------------

QString keychainKeyFor(const AppDriver &driver)
{
    return QStringLiteral("refresh-token/") +
           driver.serverUrl()
               .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
               .toString();
}

CredentialStore::Answer readKeychain(const QString &key)
{
    CredentialStore store(QCoreApplication::applicationName());
    CredentialStore::Answer answer;
    bool done = false;
    QObject context;
    store.read(key, &context, [&](const CredentialStore::Answer &a) {
        answer = a;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        answer.technical = QStringLiteral("no answer from the keychain");
    return answer;
}

bool clearKeychain(const QString &key)
{
    CredentialStore store(QCoreApplication::applicationName());
    bool done = false;
    QObject context;
    store.remove(key, &context, [&](const CredentialStore::Answer &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 10000);
}

} // namespace clickar::test
