#pragma once

#include "domain/Contract.h"
#include "service/ApiError.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace clickar {

class CustomerQueueModel;
class Session;

// One renewal an agent completed in this login (本日の完了); kept in memory only.
struct CompletedRenewal
{
    QDateTime at;
    QString policyNumber;
    QString newPolicyNumber;
};

// The agent's home: the work queue of the agency's customers (a sortable table, ordered by deadline) with the
// counts over it, one search field that searches as the agent types (Ctrl+F), and the renewals completed in this
// login. Enter (or a double click) on a row opens that customer.
class AgentHomeScreen : public QWidget
{
    Q_OBJECT

public:
    explicit AgentHomeScreen(Session *session, QWidget *parent = nullptr);

    // Back at the queue: the search field emptied and focused, the queue loaded afresh.
    void reset();
    void setCompleted(const QList<CompletedRenewal> &completed);
    // How long typing pauses before the search is sent.
    static constexpr int debounceMs = 250;

signals:
    void customerChosen(const clickar::Contract &contract);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What the line under the search says.
    enum class SearchState { Results, EmptyQueue, NoMatch, Failed };

    void retranslate();
    void search();
    void showAnswer(const QString &query, const QList<Contract> &contracts);
    void showFailure(const ApiError &error);
    void showState();
    void showCounts();
    static QString completedText(const CompletedRenewal &renewal);
    void setBusy(bool busy);
    void openCurrent();

    Session *m_session;
    QLabel *m_title;
    QLabel *m_counts;
    QLineEdit *m_search;
    QProgressBar *m_spinner;
    QLabel *m_state;
    QPushButton *m_retry;
    QTableView *m_table;
    CustomerQueueModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QListWidget *m_completed;
    QLabel *m_completedTitle;
    QLabel *m_completedEmpty;
    QList<CompletedRenewal> m_completedRenewals; // newest first, as listed
    QTimer *m_debounce;
    quint64 m_request = 0;    // answers to an older request are dropped
    bool m_openFirst = false; // Enter was pressed in the search before its answer came
    SearchState m_searchState = SearchState::Results;
    ApiError m_searchError;
    int m_dueThisMonth = 0;
    int m_inProgress = 0;
    int m_completedToday = 0;
};

} // namespace clickar
