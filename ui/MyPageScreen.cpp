#include "ui/MyPageScreen.h"

#include "service/Session.h"
#include "ui/ContractList.h"
#include "ui/Format.h"
#include "ui/Labels.h"
#include "ui/PhraseLabel.h"
#include "ui/Style.h"
#include "wizard/PageIds.h"

#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QToolBar>
#include <QVBoxLayout>

namespace clickar {

namespace {
// 「手続き中（4/9）」: the page of nine the renewal under way continues at; the contract's status otherwise.
QString statusText(const Contract &c)
{
    if (!c.isInProgress())
        return labels::contractStatus(c.status);
    return MyPageScreen::tr("In progress (%1/%2)")
        .arg(int(pageToContinueAt(c.confirmedSteps)))
        .arg(int(CompletionPageId));
}

QString statusExplanation(const QString &status)
{
    if (status == QStringLiteral("renewed"))
        return MyPageScreen::tr("The renewal of this contract is complete.");
    if (status == QStringLiteral("not_yet"))
        return MyPageScreen::tr("The renewal period has not started yet.");
    if (status == QStringLiteral("expired"))
        return MyPageScreen::tr("This contract has matured. Please contact your agent.");
    return {};
}
} // namespace

MyPageScreen::MyPageScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("myPageScreen"));
    // The whole screen scrolls (many contracts, a small window); the area takes no focus: it scrolls to the focused
    // button.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("contractsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("greeting"));
    style::makeTitle(m_greeting);
    layout->addWidget(m_greeting);
    auto *heading = new QLabel(this);
    m_heading = heading;
    style::makeHeading(heading);
    layout->addWidget(heading);
    auto *intro = new PhraseLabel({}, this); // wraps between phrases
    m_intro = intro;
    intro->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(intro);
    layout->addSpacing(8);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("myPageNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("contractsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("contractsProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    layout->addWidget(m_progress);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("contractsRetryButton"));
    layout->addWidget(m_retry, 0, Qt::AlignLeft);

    m_list = new ContractList(content);
    m_list->setObjectName(QStringLiteral("contractsTable"));
    layout->addWidget(m_list);
    layout->addStretch(1);
    // The area makes the content as tall as its layout's minimum, which counts a wrapping label (PhraseLabel) at one
    // phrase a line: with a minimum of its own, the content is as tall as its text at the area's width.
    content->setMinimumHeight(1);
    scroll->setWidget(content);

    connect(m_retry, &QPushButton::clicked, this, &MyPageScreen::reload);
    setState(State::Empty);
    retranslate();
}

void MyPageScreen::retranslate()
{
    m_heading->setText(tr("Your contracts — choose the contract to renew"));
    m_intro->setText(tr("Contracts that can be renewed now have the button “Start renewal”. Press it to see "
                        "what the renewal involves before you begin. A renewal you have already started goes on "
                        "from where you left it with “Continue”."));
    m_retry->setText(tr("Retry"));
    m_list->setAccessibleName(tr("Your contracts"));
    m_list->setHeaders({tr("Policy number"), tr("Insurance type"), tr("Insurance period"),
                        tr("Car name / registration"), tr("Status"), tr("Procedure")});
    if (!m_greeting->text().isEmpty())
        m_greeting->setText(tr("Welcome, %1").arg(m_session->me().displayName));
    if (m_statusText)
        m_status->setText(m_statusText());
    if (m_noticeText)
        m_notice->setText(m_noticeText());
    if (!m_list->isHidden())
        showContracts(m_contracts);
}

void MyPageScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MyPageScreen::setState(State state, const std::function<QString()> &message)
{
    m_statusText = message;
    m_progress->setVisible(state == State::Loading);
    m_retry->setVisible(state == State::Error);
    m_list->setVisible(state == State::Loaded);
    // The band's padding first: the label measures its text with it.
    style::setState(m_status, "message", state == State::Error ? QStringLiteral("error") : QString());
    m_status->setText(message ? message() : QString());
    m_status->setVisible(!m_status->text().isEmpty());
}

void MyPageScreen::showNotice(const std::function<QString()> &text, bool isError)
{
    m_noticeText = text;
    m_notice->setText(text ? text() : QString());
    style::setState(m_notice, "message", isError ? QStringLiteral("error") : QStringLiteral("info"));
    m_notice->setVisible(!m_notice->text().isEmpty());
}

void MyPageScreen::clear()
{
    ++m_request;
    showNotice({});
    m_contracts.clear();
    m_list->clear();
    m_greeting->clear();
    setState(State::Empty);
}

void MyPageScreen::reload()
{
    const Me &me = m_session->me();
    m_greeting->setText(tr("Welcome, %1").arg(me.displayName));
    setState(State::Loading, [] { return tr("Loading your contracts…"); });
    const quint64 request = ++m_request;
    m_session->client()->contracts({}, this, [this, request](const Result<QList<Contract>> &result) {
        if (request != m_request)
            return;
        if (!result.ok())
            return setState(State::Error, [error = result.error()] {
                return tr("Your contracts could not be loaded. %1").arg(error.userMessage());
            });
        showContracts(result.value());
    });
}

void MyPageScreen::refetch()
{
    // The contracts' texts (保険種類) come from the service in the language asked for; the table stays as it is until
    // they are here.
    if (m_list->isHidden())
        return;
    const quint64 request = ++m_request;
    m_session->client()->contracts({}, this, [this, request](const Result<QList<Contract>> &result) {
        if (request == m_request && result.ok())
            showContracts(result.value());
    });
}

QWidget *MyPageScreen::actionCell(const Contract &c)
{
    auto *cell = new QWidget;
    const bool inProgress = c.isInProgress();
    // Two buttons one above the other: side by side they took the width the insurance type needs.
    auto *layout = new QBoxLayout(inProgress ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight, cell);
    layout->setContentsMargins(6, 4, 6, 4);
    if (inProgress) {
        // 「続きから」 straight to the page it was left on; the guide stays at hand beside it.
        auto *resume = new QPushButton(tr("Continue"), cell);
        resume->setObjectName(QStringLiteral("continueButton_") + c.policyNumber);
        resume->setAccessibleName(tr("Continue the renewal of policy %1").arg(c.policyNumber));
        resume->setToolTip(tr("Renewal deadline: %1").arg(format::date(c.renewalDeadline)));
        resume->setProperty("role", QStringLiteral("rowAction"));
        connect(resume, &QPushButton::clicked, this, [this, c] { emit continueRequested(c); });
        layout->addWidget(resume);
    }
    if (c.isRenewable()) {
        auto *renew = new QPushButton(inProgress ? tr("Renewal guide") : tr("Start renewal"), cell);
        renew->setObjectName(QStringLiteral("renewButton_") + c.policyNumber);
        renew->setAccessibleName(tr("Start renewal of policy %1").arg(c.policyNumber));
        renew->setToolTip(tr("Renewal deadline: %1").arg(format::date(c.renewalDeadline)));
        renew->setProperty("role", QStringLiteral("rowAction"));
        connect(renew, &QPushButton::clicked, this, [this, c] { emit renewRequested(c); });
        layout->addWidget(renew);
    } else {
        auto *note = new PhraseLabel(statusExplanation(c.status), cell);
        note->setProperty("role", QStringLiteral("hint"));
        layout->addWidget(note);
    }
    return cell;
}

void MyPageScreen::showContracts(const QList<Contract> &contracts)
{
    // Shown again (in the other language): the focus stays on the same contract's button.
    const QWidget *focus = QApplication::focusWidget();
    const QString focused = focus && m_list->isAncestorOf(focus) ? focus->objectName() : QString();
    const bool firstShown = m_list->isHidden();
    m_contracts = contracts;
    m_list->clear();
    if (contracts.isEmpty())
        return setState(State::Empty, [] {
            return tr("There are no contracts on this MyPage account. If you expected one here, "
                      "please contact your agent.");
        });
    for (const Contract &c : contracts) {
        const QString period = format::date(c.period.start) +
                               (format::isJapanese() ? QStringLiteral(" 〜\n") : QStringLiteral(" –\n")) +
                               format::date(c.period.end);
        m_list->addRow(
            c.policyNumber,
            {c.policyNumber, c.productName, period, c.vehicleName + QLatin1Char('\n') + c.registration, statusText(c)},
            c.status, actionCell(c));
    }
    setState(State::Loaded);
    if (!focused.isEmpty()) {
        if (QWidget *again = m_list->findChild<QWidget *>(focused))
            again->setFocus(Qt::OtherFocusReason);
    } else if (firstShown && takesTheFocus()) {
        focusFirstAction();
    }
}

bool MyPageScreen::takesTheFocus() const
{
    // Not from the demo mail panel or a tool bar, where the person may be working while the contracts arrive.
    for (const QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QDockWidget *>(w) || qobject_cast<const QToolBar *>(w))
            return false;
    }
    return isVisible();
}

void MyPageScreen::focusFirstAction()
{
    // Where the eye goes: the first row's first button, or the first row when it has none.
    if (auto *button = m_list->findChild<QPushButton *>())
        button->setFocus(Qt::OtherFocusReason);
    else if (QWidget *row = m_list->rowHeading(0))
        row->setFocus(Qt::OtherFocusReason);
}

} // namespace clickar
