#include "wizard/RenewalWizard.h"

#include "ui/HelpDialog.h"
#include "ui/Style.h"
#include "wizard/ApplicationPage.h"
#include "wizard/BasicInfoPage.h"
#include "wizard/CompletionPage.h"
#include "wizard/ContractDetailsPage.h"
#include "wizard/CoveragePage.h"
#include "wizard/CustomerPaymentPage.h"
#include "wizard/DecisionPage.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PreConfirmationPage.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalPage.h"
#include "wizard/StepsPanel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QLoggingCategory>
#include <QShortcut>

Q_DECLARE_LOGGING_CATEGORY(lcWizard)

namespace clickar {

RenewalWizard::RenewalWizard(RenewalController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
    , m_steps(new StepsPanel(this))
{
    style::ensureStyleSheets(); // the app loaded them already; a test or tool may build the wizard on its own
    setObjectName(QStringLiteral("renewalWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    addPage(PreConfirmationPageId, new PreConfirmationPage(controller));
    addPage(BasicInfoPageId, new BasicInfoPage(controller));
    addPage(CoveragePageId, new CoveragePage(controller));
    addPage(ContractDetailsPageId, new ContractDetailsPage(controller));
    addPage(DecisionPageId, new DecisionPage(controller));
    addPage(CustomerPaymentPageId, new CustomerPaymentPage(controller));
    addPage(DisclosurePageId, new DisclosurePage(controller));
    addPage(ApplicationPageId, new ApplicationPage(controller));
    addPage(CompletionPageId, new CompletionPage(controller));
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, m_steps, &StepsPanel::setCurrent);
    connect(this, &QWizard::currentIdChanged, this, &RenewalWizard::focusCurrentPage, Qt::QueuedConnection);
    connect(controller, &RenewalController::renewalChanged, this, &RenewalWizard::updateDoneSteps);
    updateDoneSteps();

    // Help on every page: the Help button and F1.
    setOption(QWizard::HaveHelpButton);
    retranslate();
    connect(this, &QWizard::helpRequested, this, &RenewalWizard::showHelp);
    auto *f1 = new QShortcut(QKeySequence::HelpContents, this);
    f1->setContext(Qt::WindowShortcut);
    connect(f1, &QShortcut::activated, this, &RenewalWizard::showHelp);
    controller->supportContacts()->load();
    connect(this, &QWizard::finished, this, &RenewalWizard::closed);
    resume();
}

void RenewalWizard::retranslate()
{
    setWindowTitle(tr("Renewal of your auto insurance"));
    // An agent goes on to the next customer from the completion page (its default button).
    setButtonText(QWizard::FinishButton, m_controller->isOnBehalf() ? tr("Next customer") : tr("Close"));
    // Qt's size for a short Japanese text falls a glyph short (「次のお客さま」 was clipped): room for one more.
    QAbstractButton *finish = button(QWizard::FinishButton);
    finish->setMinimumWidth(0);
    finish->setMinimumWidth(finish->sizeHint().width() + finish->fontMetrics().height());
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::CancelButton, tr("Interrupt"));
    button(QWizard::CancelButton)
        ->setToolTip(tr("Stop here: what you have confirmed and entered is saved, and “Continue” on MyPage brings you "
                        "back to this page."));
    setButtonText(QWizard::HelpButton, tr("&Help"));
    button(QWizard::HelpButton)->setToolTip(tr("Help on this page (F1)"));
}

void RenewalWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void RenewalWizard::refetch()
{
    // The renewal's texts (plans, notices, documents) come from the service in the language asked for. A step save
    // or the submission on its way is left to finish; the renewal is fetched once it is done.
    if (m_controller->isBusy()) {
        if (!m_refetchPending) {
            m_refetchPending = true;
            connect(
                m_controller, &RenewalController::busyChanged, this,
                [this] {
                    m_refetchPending = false;
                    refetch();
                },
                Qt::SingleShotConnection);
        }
        return;
    }
    m_controller->supportContacts()->reload();
    m_controller->steps()->reload([this](const std::optional<ApiError> &error) {
        if (error)
            return;
        // Every page shown so far shows the service's texts again; what the person entered stays (the inputs are
        // refilled only when the service's data behind them changed, RenewalPage).
        for (int id : visitedIds()) {
            if (auto *renewalPage = qobject_cast<RenewalPage *>(page(id)))
                renewalPage->showAgain();
        }
    });
}

void RenewalWizard::resume()
{
    const int target = pageForResume(m_controller->renewal());
    if (target == CompletionPageId) {
        // Submitted: only the completion page is left (a commit page has no way back).
        setStartId(CompletionPageId);
        restart();
        return;
    }
    // Walk through the pages the service has confirmed, ticked as confirmed, so that Back reaches them.
    setStartId(PreConfirmationPageId);
    restart();
    while (currentId() < target) {
        auto *page = qobject_cast<RenewalPage *>(currentPage());
        const int before = currentId();
        if (page)
            page->passAsConfirmed();
        if (currentId() == before)
            break;
    }
}

HelpDialog *RenewalWizard::helpDialog() const
{
    return m_help;
}

void RenewalWizard::addPage(int id, QWizardPage *page)
{
    // QWizard answers a page's completeChanged() (a field turning valid or invalid, a box ticked) by hiding the
    // widget that holds the page and the buttons while it updates them, and showing it again. Hiding it would hand
    // the focus on to the next widget outside the wizard — in the main window, the demo mail panel's Refresh
    // button — and every key typed after it would land there. So the focus is held where it is while QWizard's own
    // handler runs: noted before it (connected before setPage()), released after it (connected after).
    connect(page, &QWizardPage::completeChanged, this, &RenewalWizard::rememberFocus);
    setPage(id, page);
    connect(page, &QWizardPage::completeChanged, this, &RenewalWizard::restoreFocus);
}

void RenewalWizard::rememberFocus()
{
    QWidget *focus = QApplication::focusWidget();
    m_focusBeforeUpdate = focus && isAncestorOf(focus) ? focus : nullptr;
    m_holdingFocus = m_focusBeforeUpdate != nullptr;
}

void RenewalWizard::restoreFocus()
{
    m_holdingFocus = false;
    QWidget *before = m_focusBeforeUpdate;
    m_focusBeforeUpdate = nullptr;
    if (!before)
        return;
    if (before->isVisible() && before->isEnabled()) {
        if (QApplication::focusWidget() != before)
            before->setFocus(Qt::OtherFocusReason);
    } else if (QApplication::focusWidget() == before || !isAncestorOf(QApplication::focusWidget())) {
        // e.g. Next, disabled while the page is saved: the wizard keeps the focus, the next page's input takes it
        setFocus(Qt::OtherFocusReason);
    }
}

bool RenewalWizard::focusNextPrevChild(bool next)
{
    // Qt asks this when the widget with the focus is hidden or disabled. While QWizard updates its buttons the focus
    // stays; when it switches pages (and hides the old one), the new page takes it.
    if (m_holdingFocus)
        return true;
    QWidget *focus = QApplication::focusWidget();
    if (focus && isAncestorOf(focus) && isVisible() && !focus->isVisible()) {
        QMetaObject::invokeMethod(this, &RenewalWizard::focusCurrentPage, Qt::QueuedConnection);
        return true;
    }
    return QWizard::focusNextPrevChild(next);
}

void RenewalWizard::focusCurrentPage()
{
    // A page opens with the focus on its first input, wherever the click or key that changed the page left it —
    // unless the person is in another window (a dialog, the PDF viewer) meanwhile.
    QWidget *focus = QApplication::focusWidget();
    if (!currentPage() || !isVisible() || (focus && focus->window() != window()))
        return;
    if (focus && currentPage()->isAncestorOf(focus) && focus->isVisible() && focus->isEnabled())
        return;
    // The texts to read (page 1's, a Tab stop each for scrolling) are passed over for the first input or box.
    for (QWidget *w = currentPage()->nextInFocusChain(); w && w != currentPage(); w = w->nextInFocusChain()) {
        if (currentPage()->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled() &&
            !qobject_cast<QAbstractScrollArea *>(w))
            return w->setFocus(Qt::OtherFocusReason);
    }
    setFocus(Qt::OtherFocusReason);
}

void RenewalWizard::showHelp()
{
    const QString title = currentPage() ? currentPage()->title() : windowTitle();
    if (m_help) {
        m_help->showPage(currentId(), title);
        m_help->raise();
        m_help->activateWindow();
        return;
    }
    m_help = new HelpDialog(currentId(), title, m_controller, this);
    m_help->setAttribute(Qt::WA_DeleteOnClose);
    m_help->show();
}

void RenewalWizard::updateDoneSteps()
{
    const Renewal &renewal = m_controller->renewal();
    QSet<int> done;
    for (Step step : renewal.confirmedSteps)
        done.insert(pageOf(step));
    if (renewal.status == QStringLiteral("submitted")) {
        done.insert(ApplicationPageId);
        done.insert(CompletionPageId);
    }
    m_steps->setDone(done);
}

void RenewalWizard::reject()
{
    if (m_controller->isSubmitting() || m_interrupting)
        return;
    m_interrupting = true;
    prepareToClose([this] {
        m_interrupting = false;
        emit interrupted();
        QWizard::reject();
    });
}

void RenewalWizard::prepareToClose(std::function<void()> done)
{
    if (m_controller->isBusy()) {
        // A step save or the application on its way: its answer first (the page shows it), then the rest.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(m_controller, &RenewalController::busyChanged, this, [this, connection, done](bool busy) {
            if (busy)
                return;
            disconnect(*connection);
            prepareToClose(done);
        });
        return;
    }
    auto *page = qobject_cast<RenewalPage *>(currentPage());
    const QJsonObject kept =
        page && page->step() && !m_controller->isSubmitted() ? page->inputsToKeep() : QJsonObject();
    if (kept.isEmpty())
        return done();
    m_controller->client()->saveInputs(
        m_controller->renewal().id, *page->step(), kept, this, [done](const Result<Nothing> &result) {
            if (!result.ok())
                qCWarning(lcWizard) << "unconfirmed inputs not kept:" << result.error().code;
            done();
        });
}

int RenewalWizard::pageForResume(const Renewal &renewal)
{
    if (renewal.status == QStringLiteral("submitted"))
        return CompletionPageId;
    const std::optional<Step> step = renewal.firstUnconfirmedStep();
    if (!step)
        return ApplicationPageId;
    return pageOf(*step);
}

} // namespace clickar
