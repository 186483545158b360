#pragma once

#include "domain/Contract.h"

#include <QAbstractTableModel>
#include <QList>

namespace clickar {

// The agent's work queue: the agency's customers' contracts as the service answered GET /contracts (for a search or
// the whole queue), one row each, ordered by deadline. Display texts in the UI language; SortRole gives each column
// a key that sorts as a person expects (dates, days, the status by urgency).
class CustomerQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PolicyColumn,
        NameColumn,
        GroupColumn,
        VehicleColumn,
        MaturityColumn,
        DaysLeftColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PolicyNumberRole = Qt::UserRole + 2;

    explicit CustomerQueueModel(QObject *parent = nullptr);

    void setContracts(QList<Contract> contracts);
    void clear() { setContracts({}); }
    const QList<Contract> &contracts() const { return m_contracts; }
    const Contract &contract(int row) const { return m_contracts.at(row); }

    // The UI language changed: every display text and header is told to views again (rows and order stay).
    void retranslate();

    // 更新手続き可 / 手続き中 n/9 / 手続き済 / 更新期間前 / 満期経過.
    static QString statusText(const Contract &contract);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contract> m_contracts;
};

} // namespace clickar
