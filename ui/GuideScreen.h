#pragma once

#include "domain/Contract.h"

#include <QWidget>

#include <functional>
#include <optional>

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
    void showError(const std::function<QString()> &message);
    void clear();
    // The language changed: the guide is fetched again, in the new language.
    void refetch();
    // An agent serves a customer: the way back leads to the work queue, not to MyPage.
    void setOnBehalf(bool onBehalf);

signals:
    void proceed(const clickar::Contract &contract);
    void back();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void showLoaded(const Guide &guide, bool focusProceed);
    // The text as a function, so that it follows the language.
    void setStatus(const std::function<QString()> &text, bool isError, bool busy);
    QLabel *addFact(QGridLayout *grid, int column, const QString &name);

    Session *m_session;
    Contract m_contract;
    std::optional<Guide> m_guide;
    QLabel *m_title;
    QList<QLabel *> m_facts;
    QList<QLabel *> m_headings;
    QPushButton *m_back;
    std::function<QString()> m_statusText;
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
    bool m_onBehalf = false;
    quint64 m_request = 0;
};

} // namespace clickar
