#pragma once

#include "domain/Contract.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace clickar {

class Session;

// 自動車保険更新のご案内: the contract, the steps to renewal, the time it takes (約10分), the maturity date and the
// deadline, what to have at hand, all from the service; 「更新のお手続きへすすむ」 starts or resumes the renewal.
class GuideScreen : public QWidget
{
    Q_OBJECT

public:
    explicit GuideScreen(Session *session, QWidget *parent = nullptr);
    void showGuide(const Contract &contract);
    // Starting the renewal failed: say why and let the person try again.
    void showError(const QString &message);
    void clear();

signals:
    void proceed(const clickar::Contract &contract);
    void back();

private:
    void load();
    void showLoaded(const Guide &guide);
    void setStatus(const QString &text, bool isError, bool busy);
    QLabel *addFact(QGridLayout *grid, int column, const QString &label, const QString &name);

    Session *m_session;
    Contract m_contract;
    QLabel *m_contractSummary;
    QWidget *m_content;
    QLabel *m_minutes;
    QLabel *m_maturity;
    QLabel *m_deadline;
    QLabel *m_steps;
    QLabel *m_bring;
    QLabel *m_notes;
    QLabel *m_notesHeading = nullptr;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    QPushButton *m_proceed;
    bool m_loaded = false;
    quint64 m_request = 0;
};

} // namespace clickar
