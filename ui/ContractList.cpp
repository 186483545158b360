#include "ui/ContractList.h"

#include "ui/PhraseLabel.h"
#include "ui/Style.h"

#include <QAbstractButton>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>

namespace clickar {

namespace {
constexpr int headerRow = 0;
const QMargins cellMargins(10, 8, 10, 8);

// A text that may wrap breaks between phrases only (「ノンフリート契約」 stays whole).
QLabel *wrappingCell(const QString &text, QWidget *parent)
{
    auto *label = new PhraseLabel(text, parent);
    label->setPadding(cellMargins);
    return label;
}

// The insurance type may wrap (and the headers over it and the car), so that the buttons keep their width in a
// narrow window; a number, a date, a registration or a badge may not.
bool wraps(ContractList::Column column, bool header)
{
    return column == ContractList::ProductColumn || (header && column == ContractList::VehicleColumn);
}

QLabel *cell(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setContentsMargins(cellMargins);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

ContractList::ContractList(QWidget *parent)
    : QFrame(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(1, 1, 1, 1); // inside the painted frame
    m_grid->setSpacing(0);
    m_grid->setColumnStretch(ProductColumn, 2);
    m_grid->setColumnStretch(VehicleColumn, 1);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    for (int column = 0; column < ColumnCount; ++column) {
        QLabel *header = wraps(Column(column), true) ? wrappingCell({}, this) : cell({}, this);
        header->setObjectName(QStringLiteral("contractsHeader%1").arg(column));
        header->setProperty("role", QStringLiteral("columnHeader"));
        m_grid->addWidget(header, headerRow, column, Qt::AlignBottom);
        m_headers.append(header);
    }
}

void ContractList::setHeaders(const QStringList &headers)
{
    for (int column = 0; column < ColumnCount; ++column)
        m_headers.at(column)->setText(headers.value(column));
}

void ContractList::addRow(const QString &policyNumber, const QStringList &texts, const QString &statusCode,
                          QWidget *action)
{
    const int gridRow = rowCount() + 1;
    Row row;
    QStringList summary;
    for (int column = 0; column < ActionColumn; ++column) {
        QLabel *label =
            wraps(Column(column), false) ? wrappingCell(texts.value(column), this) : cell(texts.value(column), this);
        label->setAccessibleDescription(m_headers.at(column)->text());
        summary.append(m_headers.at(column)->text() + QStringLiteral(": ") +
                       texts.value(column).simplified().replace(QLatin1Char('\n'), QLatin1Char(' ')));
        if (column == StatusColumn) {
            // A badge: a rounded band in the status's colours (resources/style/clickar.qss).
            label->setContentsMargins({}); // the sheet's margin and padding
            label->setProperty("role", QStringLiteral("statusBadge"));
            label->setProperty("badge", statusCode);
            m_grid->addWidget(label, gridRow, column, Qt::AlignLeft | Qt::AlignVCenter);
        } else {
            m_grid->addWidget(label, gridRow, column, Qt::AlignVCenter);
        }
        row.cells.append(label);
    }
    QLabel *heading = row.cells.first();
    heading->setObjectName(QStringLiteral("contractRow_") + policyNumber);
    heading->setProperty("role", QStringLiteral("rowHeading"));
    heading->setContentsMargins({}); // the sheet's border and padding
    heading->setFocusPolicy(Qt::StrongFocus);
    heading->setAccessibleName(summary.join(QStringLiteral(", ")));
    heading->installEventFilter(this);
    action->setParent(this);
    // A style sheet's min-width (the kiosk's 48 px) would let the grid squeeze a button below its text: the list
    // scrolls (and the mail panel folds) first.
    action->ensurePolished();
    for (QAbstractButton *button : action->findChildren<QAbstractButton *>())
        button->setMinimumWidth(button->sizeHint().width());
    m_grid->addWidget(action, gridRow, ActionColumn);
    row.action = action;
    m_rows.append(row);
    fitNotes();
}

void ContractList::fitNotes()
{
    // A note in the action column (why a contract cannot be renewed) wraps at the buttons' width rather than
    // widening the column, which the insurance type needs more.
    int widest = 0;
    for (const Row &row : std::as_const(m_rows)) {
        for (const QAbstractButton *button : row.action->findChildren<QAbstractButton *>())
            widest = std::max(widest, button->minimumWidth());
    }
    if (widest == 0)
        widest = fontMetrics().averageCharWidth() * 24;
    for (const Row &row : std::as_const(m_rows)) {
        for (QLabel *note : row.action->findChildren<QLabel *>())
            note->setMaximumWidth(std::max(widest, note->minimumSizeHint().width()));
    }
}

void ContractList::clear()
{
    for (const Row &row : std::as_const(m_rows)) {
        qDeleteAll(row.cells);
        delete row.action;
    }
    m_rows.clear();
}

QString ContractList::text(int row, Column column) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const QLabel *cell = m_rows.at(row).cells.value(column);
    return cell ? cell->text() : QString();
}

QLabel *ContractList::rowHeading(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows.at(row).cells.first() : nullptr;
}

bool ContractList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) {
            for (const Row &row : std::as_const(m_rows)) {
                if (row.cells.first() != watched)
                    continue;
                if (auto *button = row.action->findChild<QAbstractButton *>()) {
                    button->click();
                    return true;
                }
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ContractList::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    const QColor border = style::colour(QStringLiteral("border"));
    const auto rowRect = [this](int gridRow) {
        return m_grid->cellRect(gridRow, 0).united(m_grid->cellRect(gridRow, ColumnCount - 1));
    };
    painter.fillRect(rect(), palette().base());
    painter.fillRect(rowRect(headerRow), style::colour(QStringLiteral("surface")));
    painter.setPen(border);
    for (int gridRow = headerRow; gridRow <= rowCount(); ++gridRow) {
        const QRect r = rowRect(gridRow);
        painter.drawLine(r.bottomLeft(), r.bottomRight());
    }
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
}

} // namespace clickar
