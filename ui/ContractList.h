#pragma once

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;

namespace clickar {

// MyPage's contracts as a grid of real widgets: a header over each column, a row per contract, the row's buttons in
// the last column. Unlike a table's cell widgets, the buttons are in the accessibility tree and the Tab order like any
// other button. Each row starts with its 証券番号, a Tab stop whose accessible name reads the whole row, so a screen
// reader hears the contract before its buttons (and a row without buttons can still be reached); Return or Space on
// it presses the row's first button.
class ContractList : public QFrame
{
    Q_OBJECT

public:
    enum Column { PolicyColumn, ProductColumn, PeriodColumn, VehicleColumn, StatusColumn, ActionColumn, ColumnCount };

    explicit ContractList(QWidget *parent = nullptr);

    void setHeaders(const QStringList &headers);
    // A row: the texts of the columns before the action column, the status code (its badge's colour) and the action
    // cell, whose buttons and notes the list takes over. `policyNumber` names the row's widgets.
    void addRow(const QString &policyNumber, const QStringList &texts, const QString &statusCode, QWidget *action);
    void clear();

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    // The shown text of a cell before the action column ("" for the action column).
    QString text(int row, Column column) const;
    // The Tab stop that starts a row.
    QLabel *rowHeading(int row) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNotes();

    struct Row
    {
        QList<QLabel *> cells; // PolicyColumn … StatusColumn
        QWidget *action = nullptr;
    };
    QGridLayout *m_grid;
    QList<QLabel *> m_headers;
    QList<Row> m_rows;
};

} // namespace clickar
