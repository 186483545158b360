#pragma once

#include "Contract.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace clickar {

class Session;

// マイページトップ — ご契約の選択: the account's contracts, and 「更新のお手続き」 for a renewable one.
class MyPageScreen : public QWidget
{
    Q_OBJECT

public:
    explicit MyPageScreen(Session *session, QWidget *parent = nullptr);
    void reload();

signals:
    void renewRequested(const clickar::Contract &contract);

private:
    void showContracts(const QList<Contract> &contracts);

    Session *m_session;
    QLabel *m_greeting;
    QLabel *m_status;
    QTableWidget *m_table;
    QList<Contract> m_contracts;
};

} // namespace clickar
