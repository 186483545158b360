#include "ui/ServedPerson.h"

#include "service/Session.h"
#include "ui/GuideScreen.h"
#include "ui/MyPageScreen.h"
#include "ui/OtpScreen.h"
#include "ui/ReloginDialog.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace clickar {

namespace {
// Whatever this app put on the clipboard or the X11 selection (a copied code, selected text) is taken off.
void forgetOwnClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->ownsClipboard())
        clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection() && clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
}
} // namespace

ServedPerson::ServedPerson(Session *session, bool demo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_demo(demo)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("servedPerson"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

ServedPerson::~ServedPerson() = default;

OtpScreen *ServedPerson::otpScreen()
{
    if (!m_otp) {
        m_otp = new OtpScreen(m_session, m_stack);
        m_otp->setDemo(m_demo);
        m_stack->addWidget(m_otp);
        connect(m_otp, &OtpScreen::cancelled, this, &ServedPerson::loginAbandoned);
    }
    return m_otp;
}

MyPageScreen *ServedPerson::myPageScreen()
{
    if (!m_myPage) {
        m_myPage = new MyPageScreen(m_session, m_stack);
        m_stack->addWidget(m_myPage);
        connect(m_myPage, &MyPageScreen::renewRequested, this, &ServedPerson::openGuide);
        connect(m_myPage, &MyPageScreen::continueRequested, this, &ServedPerson::continueRenewal);
    }
    return m_myPage;
}

GuideScreen *ServedPerson::guideScreen()
{
    if (!m_guide) {
        m_guide = new GuideScreen(m_session, m_stack);
        m_stack->addWidget(m_guide);
        connect(m_guide, &GuideScreen::back, this, [this] {
            if (m_onBehalf)
                return emit customerLeft();
            showScreen(myPageScreen());
        });
        connect(m_guide, &GuideScreen::proceed, this, &ServedPerson::startRenewal);
    }
    return m_guide;
}

RenewalWizard *ServedPerson::wizard() const
{
    return m_wizard;
}

ReloginDialog *ServedPerson::reloginDialog() const
{
    return m_relogin;
}

QWidget *ServedPerson::currentScreen() const
{
    return m_stack->currentWidget();
}

void ServedPerson::showScreen(QWidget *screen)
{
    m_stack->setCurrentWidget(screen);
}

void ServedPerson::startOtp(const QString &maskedEmail, int expiresInSeconds)
{
    otpScreen()->start(maskedEmail, expiresInSeconds);
    showScreen(otpScreen());
}

void ServedPerson::changeEvent(QEvent *event)
{
    // The screens retranslate themselves; the service's content they show is fetched again in the new language
    // (the client already asks for it, see LanguageSwitch).
    if (event->type() == QEvent::LanguageChange && !m_ending) {
        if (m_myPage)
            m_myPage->refetch();
        if (m_guide)
            m_guide->refetch();
        if (m_wizard)
            m_wizard->refetch();
    }
    QWidget::changeEvent(event);
}

void ServedPerson::showMyPage()
{
    myPageScreen()->reload();
    showScreen(myPageScreen());
}

void ServedPerson::serveCustomer(const Contract &contract, const QString &banner)
{
    m_onBehalf = true;
    if (!m_banner) {
        auto *label = new QLabel(banner, this);
        label->setObjectName(QStringLiteral("agentBanner"));
        label->setProperty("role", QStringLiteral("agentBanner"));
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, label);
        m_banner = label;
    }
    openGuide(contract);
    if (auto *back = guideScreen()->findChild<QPushButton *>(QStringLiteral("guideBackButton")))
        back->setText(tr("&Back to the queue")); // the agent's way back is the work queue, not MyPage
}

void ServedPerson::openGuide(const Contract &contract)
{
    guideScreen()->showGuide(contract);
    showScreen(guideScreen());
}

void ServedPerson::startRenewal(const Contract &contract)
{
    m_session->client()->startRenewal(
        contract.policyNumber, guideScreen(), [this, policy = contract.policyNumber](const Result<Renewal> &result) {
            if (!result.ok())
                return guideScreen()->showError([error = result.error()] {
                    return tr("The renewal could not be started. %1").arg(error.userMessage());
                });
            openWizard(result.value(), policy);
            guideScreen()->clear();
        });
}

void ServedPerson::continueRenewal(const Contract &contract)
{
    m_session->client()->startRenewal(
        contract.policyNumber, myPageScreen(), [this, contract](const Result<Renewal> &result) {
            if (!result.ok())
                return myPageScreen()->showNotice(
                    tr("The renewal could not be continued. %1").arg(result.error().userMessage()), true);
            openWizard(result.value(), contract.policyNumber);
        });
}

void ServedPerson::openWizard(const Renewal &renewal, const QString &policy)
{
    if (m_wizard || m_ending) // a second answer (double click) never opens a second wizard
        return;
    if (m_myPage)
        m_myPage->showNotice({});
    auto *controller = new RenewalController(m_session->client(), renewal);
    controller->setOnBehalf(m_onBehalf);
    m_wizard = new RenewalWizard(controller, m_stack);
    controller->setParent(m_wizard);
    m_wizard->setWindowFlags(Qt::Widget);
    connect(m_wizard, &RenewalWizard::closed, this, &ServedPerson::closeWizard);
    connect(m_wizard, &RenewalWizard::interrupted, this, [this] {
        if (m_myPage) // (an agent goes back to the work queue, which shows the renewal's progress itself)
            m_myPage->showNotice(tr("Your renewal is saved as far as you got. Press “Continue” to carry on from "
                                    "the page you left."),
                                 false);
    });
    connect(controller, &RenewalController::submitted, this, &ServedPerson::renewalSubmitted);
    connect(controller, &RenewalController::submitted, this, [this, policy](const SubmitResult &submitted) {
        if (m_onBehalf)
            emit customerRenewed(policy, submitted.newPolicyNumber);
    });
    m_stack->addWidget(m_wizard);
    showScreen(m_wizard);
}

void ServedPerson::closeWizard()
{
    if (m_onBehalf)
        return emit customerLeft(); // the agent's desk ends this scope
    // MyPage is shown first, then the wizard goes: the window is never left blank.
    showMyPage();
    if (m_wizard) {
        m_stack->removeWidget(m_wizard);
        m_wizard->deleteLater();
        m_wizard = nullptr;
    }
}

void ServedPerson::openRelogin()
{
    if (m_relogin || m_ending)
        return;
    qCInfo(lcUi) << "session could not be renewed: asking to log in again";
    m_relogin = new ReloginDialog(m_session, this);
    m_relogin->setAttribute(Qt::WA_DeleteOnClose);
    m_relogin->open();
}

void ServedPerson::end()
{
    if (m_ending)
        return;
    m_ending = true;
    // The person's own windows (PDF viewer, help, print preview, re-login) are children: hidden now, deleted below.
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isWindow())
            child->hide();
    }
    hide();
    forgetOwnClipboard();
    deleteLater();
}

} // namespace clickar
