#include "ui/AgentHomeScreen.h"

#include "service/Session.h"
#include "ui/CustomerQueueModel.h"
#include "ui/Format.h"
#include "ui/Style.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace clickar {

AgentHomeScreen::AgentHomeScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_spinner(new QProgressBar(this))
    , m_state(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_model(new CustomerQueueModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_completed(new QListWidget(this))
    , m_completedTitle(new QLabel(this))
    , m_completedEmpty(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("agentHomeScreen"));
    auto *layout = new QVBoxLayout(this);
    style::makeTitle(m_title);
    m_title->setWordWrap(false);
    m_counts->setObjectName(QStringLiteral("queueCounts"));
    m_counts->setProperty("role", QStringLiteral("hint"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(m_counts);
    layout->addLayout(top);

    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_spinner->setObjectName(QStringLiteral("searchSpinner"));
    m_spinner->setRange(0, 0); // busy
    m_spinner->setMaximumWidth(120);
    m_spinner->setTextVisible(false);
    m_spinner->hide();
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_spinner);
    layout->addLayout(searchRow);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_state->setObjectName(QStringLiteral("searchState"));
    m_state->setWordWrap(true);
    m_state->hide();
    m_retry->setObjectName(QStringLiteral("retrySearchButton"));
    m_retry->setAutoDefault(false);
    m_retry->hide();
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_retry);
    layout->addLayout(stateRow);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CustomerQueueModel::SortRole);
    m_table->setObjectName(QStringLiteral("customerQueue"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerQueueModel::MaturityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerQueueModel::NameColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, &AgentHomeScreen::openCurrent);

    style::makeHeading(m_completedTitle);
    m_completed->setObjectName(QStringLiteral("completedToday"));
    m_completed->setMaximumHeight(110);
    m_completed->setFocusPolicy(Qt::ClickFocus); // a record to look at, not a stop on the way to the next customer
    m_completedEmpty->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(m_completedTitle);
    layout->addWidget(m_completedEmpty);
    layout->addWidget(m_completed);
    m_completed->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AgentHomeScreen::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_retry, &QPushButton::clicked, this, &AgentHomeScreen::search);
    setTabOrder(m_search, m_table);
    retranslate();
}

void AgentHomeScreen::retranslate()
{
    m_title->setText(tr("Customers to renew"));
    m_search->setPlaceholderText(tr("Search: policy number, name (kanji or kana) or group (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search customers"));
    m_retry->setText(tr("Retry"));
    m_table->setAccessibleName(tr("Customers to renew"));
    m_completedTitle->setText(tr("Completed today"));
    m_completed->setAccessibleName(tr("Completed today"));
    m_completedEmpty->setText(tr("No renewal completed yet in this login."));
    // In place: the list's selection and the table's rows, order and current row stay as they are.
    for (int row = 0; row < m_completed->count() && row < m_completedRenewals.size(); ++row)
        m_completed->item(row)->setText(completedText(m_completedRenewals.at(row)));
    m_model->retranslate();
    showCounts();
    showState();
}

void AgentHomeScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString AgentHomeScreen::completedText(const CompletedRenewal &renewal)
{
    return tr("%1  %2 → new policy number %3")
        .arg(format::inJapan(renewal.at).toString(QStringLiteral("HH:mm")), renewal.policyNumber,
             renewal.newPolicyNumber); // Japan time, as every time shown
}

void AgentHomeScreen::reset()
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText({}); // unlike clear(), leaves no undo history: Ctrl+Z brings back nothing of the customer
    }
    m_debounce->stop();
    m_model->clear();
    m_table->sortByColumn(CustomerQueueModel::MaturityColumn, Qt::AscendingOrder);
    search();
    m_search->setFocus(Qt::OtherFocusReason);
}

void AgentHomeScreen::setCompleted(const QList<CompletedRenewal> &completed)
{
    m_completed->clear();
    m_completedRenewals = QList<CompletedRenewal>(completed.crbegin(), completed.crend());
    for (const CompletedRenewal &renewal : std::as_const(m_completedRenewals))
        m_completed->addItem(completedText(renewal));
    m_completed->setVisible(!completed.isEmpty());
    m_completedEmpty->setVisible(completed.isEmpty());
    m_completedToday = static_cast<int>(completed.size());
    showCounts();
}

void AgentHomeScreen::search()
{
    m_debounce->stop();
    const quint64 request = ++m_request;
    const QString query = m_search->text().trimmed();
    setBusy(true);
    m_session->client()->contracts(query, this, [this, request, query](const Result<QList<Contract>> &result) {
        if (request != m_request)
            return; // the agent typed on: a newer search is on its way
        setBusy(false);
        if (!result.ok()) {
            m_openFirst = false;
            return showFailure(result.error());
        }
        showAnswer(query, result.value());
        if (std::exchange(m_openFirst, false) && m_sorted->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->setCurrentIndex(m_sorted->index(0, 0));
            openCurrent();
        }
    });
}

void AgentHomeScreen::showAnswer(const QString &query, const QList<Contract> &contracts)
{
    const QModelIndex before = m_table->currentIndex();
    m_model->setContracts(contracts);
    if (m_sorted->rowCount() > 0)
        m_table->setCurrentIndex(m_sorted->index(0, before.isValid() ? before.column() : 0));
    if (query.isEmpty()) { // the whole queue: its counts
        const QDate today = contracts.isEmpty() || !contracts.first().daysLeft
                                ? QDate::currentDate()
                                : contracts.first().renewalDeadline.addDays(-*contracts.first().daysLeft);
        m_dueThisMonth = 0;
        m_inProgress = 0;
        for (const Contract &c : contracts) {
            if (c.renewalDeadline.year() == today.year() && c.renewalDeadline.month() == today.month())
                ++m_dueThisMonth;
            if (c.isInProgress())
                ++m_inProgress;
        }
        showCounts();
    }
    m_searchState = !contracts.isEmpty() ? SearchState::Results
                    : query.isEmpty()    ? SearchState::EmptyQueue
                                         : SearchState::NoMatch;
    showState();
}

void AgentHomeScreen::showFailure(const ApiError &error)
{
    m_model->clear();
    m_searchState = SearchState::Failed;
    m_searchError = error;
    showState();
}

void AgentHomeScreen::showState()
{
    switch (m_searchState) {
    case SearchState::Results:
        m_state->clear();
        break;
    case SearchState::EmptyQueue:
        m_state->setText(tr("The agency has no customers to renew."));
        break;
    case SearchState::NoMatch:
        m_state->setText(tr("No customer matches."));
        break;
    case SearchState::Failed:
        m_state->setText(tr("The customers could not be loaded. %1").arg(m_searchError.userMessage()));
        break;
    }
    const bool failed = m_searchState == SearchState::Failed;
    style::setState(m_state, "error", failed);
    m_state->setVisible(m_searchState != SearchState::Results);
    m_retry->setVisible(failed);
}

void AgentHomeScreen::showCounts()
{
    m_counts->setText(tr("Due this month %1 · In progress %2 · Completed today %3")
                          .arg(m_dueThisMonth)
                          .arg(m_inProgress)
                          .arg(m_completedToday));
}

void AgentHomeScreen::setBusy(bool busy)
{
    m_spinner->setVisible(busy);
    m_table->setProperty("busy", busy);
}

void AgentHomeScreen::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const int row = m_sorted->mapToSource(index).row();
    if (row >= 0 && row < m_model->rowCount())
        emit customerChosen(m_model->contract(row));
}

bool AgentHomeScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search &&
            (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            // From the search straight into the results: Enter opens the first one, Down selects it.
            const bool enter = key->key() != Qt::Key_Down;
            if (m_debounce->isActive() || m_spinner->isVisible()) {
                if (m_debounce->isActive())
                    search();
                m_openFirst = enter; // once the answer to what was typed is in
                return true;
            }
            if (m_sorted->rowCount() == 0)
                return true;
            m_table->setFocus(Qt::OtherFocusReason);
            m_table->setCurrentIndex(m_sorted->index(0, 0));
            if (enter)
                openCurrent();
            return true;
        }
        if (watched == m_table && key->key() == Qt::Key_Up && m_table->currentIndex().row() <= 0) {
            m_search->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace clickar
