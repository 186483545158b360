#include "ui/CustomerQueueModel.h"

#include "ui/Format.h"
#include "wizard/PageIds.h"

#include <algorithm>

namespace clickar {

namespace {
// The order of the status column: what needs the agent first.
int statusRank(const Contract &c)
{
    if (c.isInProgress())
        return 0;
    if (c.isRenewable())
        return 1;
    if (c.status == QStringLiteral("not_yet"))
        return 2;
    if (c.status == QStringLiteral("renewed"))
        return 3;
    return 4;
}
} // namespace

CustomerQueueModel::CustomerQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CustomerQueueModel::setContracts(QList<Contract> contracts)
{
    std::stable_sort(contracts.begin(), contracts.end(),
                     [](const Contract &a, const Contract &b) { return a.renewalDeadline < b.renewalDeadline; });
    beginResetModel();
    m_contracts = std::move(contracts);
    endResetModel();
}

QString CustomerQueueModel::statusText(const Contract &c)
{
    if (c.isInProgress())
        return tr("In progress %1/%2").arg(int(pageToContinueAt(c.confirmedSteps))).arg(int(CompletionPageId));
    if (c.isRenewable())
        return tr("Ready to renew");
    if (c.status == QStringLiteral("renewed"))
        return tr("Renewed");
    if (c.status == QStringLiteral("not_yet"))
        return tr("Before the renewal period");
    return tr("Past maturity");
}

int CustomerQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contracts.size());
}

int CustomerQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contracts.size())
        return {};
    const Contract &c = m_contracts.at(index.row());
    if (role == PolicyNumberRole)
        return c.policyNumber;
    if (role == SortRole) {
        switch (index.column()) {
        case MaturityColumn:
        case DaysLeftColumn:
            return c.renewalDeadline;
        case StatusColumn:
            return statusRank(c);
        case NameColumn:
            return c.holderKana.isEmpty() ? c.holderName : c.holderKana; // 五十音順
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == DaysLeftColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PolicyColumn:
        return c.policyNumber;
    case NameColumn:
        return c.holderKana.isEmpty() ? c.holderName : QStringLiteral("%1\n%2").arg(c.holderName, c.holderKana);
    case GroupColumn:
        return c.groupName;
    case VehicleColumn:
        return QStringLiteral("%1\n%2").arg(c.vehicleName, c.registration);
    case MaturityColumn:
        return format::date(c.renewalDeadline);
    case DaysLeftColumn:
        if (!c.daysLeft)
            return QString();
        return *c.daysLeft >= 0 ? tr("%n day(s)", nullptr, *c.daysLeft) : tr("—");
    case StatusColumn:
        return statusText(c);
    default:
        return {};
    }
}

QVariant CustomerQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PolicyColumn:
        return tr("Policy number");
    case NameColumn:
        return tr("Customer name");
    case GroupColumn:
        return tr("Group");
    case VehicleColumn:
        return tr("Vehicle / registration");
    case MaturityColumn:
        return tr("Maturity date");
    case DaysLeftColumn:
        return tr("Days left");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace clickar
