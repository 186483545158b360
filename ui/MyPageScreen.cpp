#include "MyPageScreen.h"

#include "Format.h"
#include "Labels.h"
#include "Session.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clickar {

MyPageScreen::MyPageScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("myPageScreen"));
    auto *layout = new QVBoxLayout(this);
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("greeting"));
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_greeting->setFont(big);
    layout->addWidget(m_greeting);
    layout->addWidget(new QLabel(tr("Choose the contract you want to renew."), this));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("contractsTable"));
    m_table->setHorizontalHeaderLabels({tr("Policy number"), tr("Insurance type"), tr("Insurance period"),
                                        tr("Car name / registration"), tr("Status"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("contractsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
}

void MyPageScreen::reload()
{
    m_greeting->setText(tr("%1, welcome to MyPage").arg(m_session->me().displayName));
    m_status->setText(tr("Loading your contracts…"));
    m_session->client()->contracts({}, this, [this](const Result<QList<Contract>> &result) {
        if (!result.ok()) {
            m_status->setText(result.error().userMessage());
            return;
        }
        showContracts(result.value());
    });
}

void MyPageScreen::showContracts(const QList<Contract> &contracts)
{
    m_contracts = contracts;
    m_table->setRowCount(static_cast<int>(contracts.size()));
    for (int row = 0; row < contracts.size(); ++row) {
        const Contract &c = contracts.at(row);
        const QStringList cells = {c.policyNumber, c.productName, format::period(c.period.start, c.period.end),
                                   c.vehicleName + QLatin1Char('\n') + c.registration,
                                   labels::contractStatus(c.status)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        auto *renew = new QPushButton(tr("Renew"), m_table);
        renew->setObjectName(QStringLiteral("renewButton_") + c.policyNumber);
        renew->setEnabled(c.isRenewable());
        connect(renew, &QPushButton::clicked, this, [this, c] { emit renewRequested(c); });
        m_table->setCellWidget(row, 5, renew);
    }
    m_table->resizeRowsToContents();
    m_status->setText(contracts.isEmpty() ? tr("There are no contracts on this account.") : QString());
}

} // namespace clickar
