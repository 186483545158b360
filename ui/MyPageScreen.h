#pragma once

#include "domain/Contract.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace clickar {

class ContractList;
class Session;

// マイページトップ — ご契約の選択: the account's contracts (証券番号, 保険種類, 保険期間, 車名・登録番号, a status
// badge) and 「更新のお手続き」 on the renewable ones; loading, empty and error (再試行) states.
class MyPageScreen : public QWidget
{
    Q_OBJECT

public:
    explicit MyPageScreen(Session *session, QWidget *parent = nullptr);
    void reload();
    // The language changed: the contracts are fetched again, in the new language, with no loading state.
    void refetch();
    // Forgets everything shown (logout): nothing of the last person stays in the widgets.
    void clear();
    const QList<Contract> &contracts() const { return m_contracts; }

    // A message above the contracts (e.g. after 中断する: the progress is saved), as a function so that it follows
    // the language; {} hides it.
    void showNotice(const std::function<QString()> &text, bool isError = false);

signals:
    void renewRequested(const clickar::Contract &contract);
    // 「続きから」 of a contract with a renewal under way.
    void continueRequested(const clickar::Contract &contract);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Loading, Error, Empty, Loaded };
    void retranslate();
    // The message as a function, so that it follows the language.
    void setState(State state, const std::function<QString()> &message = {});
    void showContracts(const QList<Contract> &contracts);
    QWidget *actionCell(const Contract &contract);
    bool takesTheFocus() const;
    void focusFirstAction();

    Session *m_session;
    QLabel *m_greeting;
    QLabel *m_heading;
    QLabel *m_intro;
    std::function<QString()> m_statusText;
    std::function<QString()> m_noticeText;
    QLabel *m_status;
    QLabel *m_notice;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    ContractList *m_list;
    QList<Contract> m_contracts;
    quint64 m_request = 0;
};

} // namespace clickar
