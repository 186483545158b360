#pragma once

// A signed-in demo account's renewal in a real RenewalWizard, against the embedded mock over loopback, and the
// steps a person takes through pages 1–4. Helpers return false (with a warning) instead of failing themselves,
// so tests wrap them in QVERIFY.
#include "support/TestSupport.h"
#include "ui/Format.h"
#include "ui/Labels.h"
#include "ui/PremiumBox.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QTest>

#include <memory>

namespace clickar::test {

class WizardHarness
{
public:
    bool start(const QString &email, const QString &password = QStringLiteral("Clickar#2026"))
    {
        m_demo = std::make_unique<DemoService>();
        if (!m_demo->signIn(email, password))
            return fail("sign-in failed");
        const std::optional<Renewal> renewal = m_demo->startFirstRenewal();
        if (!renewal)
            return fail("no renewal");
        m_controller = std::make_unique<RenewalController>(&m_demo->client(), *renewal);
        m_wizard = std::make_unique<RenewalWizard>(m_controller.get());
        m_wizard->resize(1100, 800);
        m_wizard->show();
        return QTest::qWaitForWindowExposed(m_wizard.get());
    }

    DemoService &demo() { return *m_demo; }
    RenewalClient &client() { return m_demo->client(); }
    RenewalController &controller() { return *m_controller; }
    RenewalWizard &wizard() { return *m_wizard; }
    QWizardPage *page() { return m_wizard->currentPage(); }
    const Renewal &renewal() { return m_controller->renewal(); }

    template<typename T = QWidget> T *find(const char *name)
    {
        T *widget = m_wizard->currentPage()->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s on page %d", name, m_wizard->currentId());
        return widget;
    }
    QString text(const char *labelName) { return find<QLabel>(labelName)->text(); }

    QAbstractButton *next()
    {
        QAbstractButton *commit = m_wizard->button(QWizard::CommitButton);
        return commit->isVisible() ? commit : m_wizard->button(QWizard::NextButton);
    }
    QAbstractButton *back() { return m_wizard->button(QWizard::BackButton); }

    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(condition, timeoutMs);
    }
    // Clicks Next (it must be enabled) and waits for page `expectedId`.
    bool clickNext(int expectedId)
    {
        if (!waitFor([this] { return next()->isEnabled(); }))
            return fail("Next stays disabled");
        next()->click();
        return waitFor([this, expectedId] { return m_wizard->currentId() == expectedId; }) || fail("page not reached");
    }
    bool clickBack(int expectedId)
    {
        back()->click();
        return m_wizard->currentId() == expectedId || fail("Back did not reach the page");
    }
    void check(const char *box)
    {
        QCheckBox *b = find<QCheckBox>(box);
        if (!b->isChecked())
            b->click();
    }
    static void choose(QComboBox *combo, const QVariant &data) { combo->setCurrentIndex(combo->findData(data)); }

    bool passPage1()
    {
        check("preconfirmChecked");
        return clickNext(BasicInfoPageId);
    }
    bool passPage2()
    {
        answerNextMessageBox(QMessageBox::Ok);
        find<QCheckBox>("driverRangeConfirmed")->click();
        if (!waitFor([this] { return find<QCheckBox>("driverRangeConfirmed")->isChecked(); }))
            return fail("driver range not confirmed");
        check("basicConfirmed");
        return clickNext(CoveragePageId);
    }
    bool passPage3()
    {
        check("coverageConfirmed");
        return clickNext(ContractDetailsPageId);
    }
    // A valid next licence renewal: the month one year after the new term starts.
    void chooseLicenceMonth(const QDate &month)
    {
        choose(find<QComboBox>("nextLicenceYearCombo"), month.year());
        choose(find<QComboBox>("nextLicenceMonthCombo"), month.month());
    }
    bool passPage4()
    {
        chooseLicenceMonth(renewal().newPeriod.start.addYears(1));
        check("detailsConfirmed");
        return clickNext(DecisionPageId);
    }
    bool reachPage(int pageId)
    {
        bool ok = true;
        if (ok && pageId > PreConfirmationPageId)
            ok = passPage1();
        if (ok && pageId > BasicInfoPageId)
            ok = passPage2();
        if (ok && pageId > CoveragePageId)
            ok = passPage3();
        if (ok && pageId > ContractDetailsPageId)
            ok = passPage4();
        return ok && m_wizard->currentId() == pageId;
    }

    // What the service quotes, asked directly: the figures the pages must show.
    std::optional<Quote> serviceQuote(const QJsonObject &selections)
    {
        const QString id = renewal().id;
        const auto answer =
            await<Quote>([&](QObject *context, auto done) { client().quote(id, selections, context, done); });
        if (!answer || !answer->ok())
            return std::nullopt;
        return answer->value();
    }
    std::optional<Renewal> serviceRenewal()
    {
        const QString id = renewal().id;
        const auto answer = await<Renewal>([&](QObject *context, auto done) { client().renewal(id, context, done); });
        if (!answer || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

private:
    static bool fail(const char *why)
    {
        qWarning("WizardHarness: %s", why);
        return false;
    }

    std::unique_ptr<DemoService> m_demo;
    std::unique_ptr<RenewalController> m_controller;
    std::unique_ptr<RenewalWizard> m_wizard;
};

} // namespace clickar::test
