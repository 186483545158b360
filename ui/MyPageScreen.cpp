#include "ui/MyPageScreen.h"

#include "service/Session.h"
#include "ui/Format.h"
#include "ui/Labels.h"
#include "ui/Style.h"
#include "wizard/PageIds.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clickar {

namespace {
enum Column { PolicyColumn, ProductColumn, PeriodColumn, VehicleColumn, StatusColumn, ActionColumn, ColumnCount };
constexpr int StatusCodeRole = Qt::UserRole + 1;

struct BadgeColours
{
    QColor background;
    QColor text;
};

// From the stylesheet's palette (resources/style/clickar.qss): the badge is painted, not styled.
BadgeColours badgeColours(const QString &status)
{
    if (status == QStringLiteral("renewable"))
        return {style::colour(QStringLiteral("successBackground")), style::colour(QStringLiteral("success"))};
    if (status == QStringLiteral("renewed"))
        return {style::colour(QStringLiteral("accentBackground")), style::colour(QStringLiteral("accent"))};
    if (status == QStringLiteral("expired"))
        return {style::colour(QStringLiteral("errorBackground")), style::colour(QStringLiteral("error"))};
    return {style::colour(QStringLiteral("surface")), style::colour(QStringLiteral("muted"))};
}

// The status column as a coloured, rounded badge (the item keeps the plain text for tests and screen readers).
class StatusBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        const BadgeColours colours = badgeColours(index.data(StatusCodeRole).toString());
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int width = qMin(option.rect.width() - 8, metrics.horizontalAdvance(text) + 20);
        const int height = metrics.height() + 8;
        const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.background);
        painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter->setPen(colours.text);
        painter->setFont(font);
        painter->drawText(badge, Qt::AlignCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        return {metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 28, metrics.height() + 16};
    }
};

// 「手続き中（4/9）」: the page of nine the renewal under way continues at; the contract's status otherwise.
QString statusText(const Contract &c)
{
    if (!c.isInProgress())
        return labels::contractStatus(c.status);
    return MyPageScreen::tr("In progress (%1/%2)")
        .arg(int(pageToContinueAt(c.confirmedSteps)))
        .arg(int(CompletionPageId));
}

QString statusExplanation(const QString &status)
{
    if (status == QStringLiteral("renewed"))
        return MyPageScreen::tr("The renewal of this contract is complete.");
    if (status == QStringLiteral("not_yet"))
        return MyPageScreen::tr("The renewal period has not started yet.");
    if (status == QStringLiteral("expired"))
        return MyPageScreen::tr("This contract has matured. Please contact your agent.");
    return {};
}
} // namespace

MyPageScreen::MyPageScreen(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("myPageScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("greeting"));
    style::makeTitle(m_greeting);
    layout->addWidget(m_greeting);
    auto *heading = new QLabel(this);
    m_heading = heading;
    style::makeHeading(heading);
    layout->addWidget(heading);
    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setWordWrap(true);
    intro->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(intro);
    layout->addSpacing(8);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("myPageNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("contractsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("contractsProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    layout->addWidget(m_progress);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("contractsRetryButton"));
    layout->addWidget(m_retry, 0, Qt::AlignLeft);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("contractsTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // The table is a Tab stop of its own (the arrow keys go from cell to cell, a screen reader reads each), then
    // each row's buttons. The buttons are cell widgets, which Qt's table leaves out of the accessibility tree: the
    // action column's cells carry their names, and Enter or Space on such a cell presses its first button.
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    connect(m_table, &QAbstractItemView::activated, this, &MyPageScreen::pressActionOf);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegateForColumn(StatusColumn, new StatusBadgeDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProductColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setMinimumSectionSize(52);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the product column gives way instead
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_table);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, &MyPageScreen::reload);
    setState(State::Empty);
    retranslate();
}

void MyPageScreen::retranslate()
{
    m_heading->setText(tr("Your contracts — choose the contract to renew"));
    m_intro->setText(tr("Contracts that can be renewed now have the button “Start renewal”. Press it to see "
                        "what the renewal involves before you begin."));
    m_retry->setText(tr("Retry"));
    m_table->setAccessibleName(tr("Your contracts"));
    m_table->setHorizontalHeaderLabels({tr("Policy number"), tr("Insurance type"), tr("Insurance period"),
                                        tr("Car name / registration"), tr("Status"), tr("Procedure")});
    if (!m_greeting->text().isEmpty())
        m_greeting->setText(tr("Welcome, %1").arg(m_session->me().displayName));
    if (m_statusText)
        m_status->setText(m_statusText());
    if (m_noticeText)
        m_notice->setText(m_noticeText());
    if (!m_table->isHidden())
        showContracts(m_contracts);
}

void MyPageScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MyPageScreen::setState(State state, const std::function<QString()> &message)
{
    m_statusText = message;
    m_progress->setVisible(state == State::Loading);
    m_retry->setVisible(state == State::Error);
    m_table->setVisible(state == State::Loaded);
    m_status->setText(message ? message() : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    style::setState(m_status, "message", state == State::Error ? QStringLiteral("error") : QString());
}

void MyPageScreen::showNotice(const std::function<QString()> &text, bool isError)
{
    m_noticeText = text;
    m_notice->setText(text ? text() : QString());
    style::setState(m_notice, "message", isError ? QStringLiteral("error") : QStringLiteral("info"));
    m_notice->setVisible(!m_notice->text().isEmpty());
}

void MyPageScreen::clear()
{
    ++m_request;
    showNotice({});
    m_contracts.clear();
    m_table->setRowCount(0);
    m_greeting->clear();
    setState(State::Empty);
}

void MyPageScreen::reload()
{
    const Me &me = m_session->me();
    m_greeting->setText(tr("Welcome, %1").arg(me.displayName));
    setState(State::Loading, [] { return tr("Loading your contracts…"); });
    const quint64 request = ++m_request;
    m_session->client()->contracts({}, this, [this, request](const Result<QList<Contract>> &result) {
        if (request != m_request)
            return;
        if (!result.ok())
            return setState(State::Error, [error = result.error()] {
                return tr("Your contracts could not be loaded. %1").arg(error.userMessage());
            });
        showContracts(result.value());
    });
}

void MyPageScreen::refetch()
{
    // The contracts' texts (保険種類) come from the service in the language asked for; the table stays as it is until
    // they are here.
    if (m_table->isHidden())
        return;
    const quint64 request = ++m_request;
    m_session->client()->contracts({}, this, [this, request](const Result<QList<Contract>> &result) {
        if (request == m_request && result.ok())
            showContracts(result.value());
    });
}

QWidget *MyPageScreen::actionCell(const Contract &c)
{
    auto *cell = new QWidget(m_table);
    const bool inProgress = c.isInProgress();
    // Two buttons one above the other: side by side they took the width the insurance type needs.
    auto *layout = new QBoxLayout(inProgress ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight, cell);
    layout->setContentsMargins(6, 4, 6, 4);
    if (inProgress) {
        // 「続きから」 straight to the page it was left on; the guide stays at hand beside it.
        auto *resume = new QPushButton(tr("Continue"), cell);
        resume->setObjectName(QStringLiteral("continueButton_") + c.policyNumber);
        resume->setAccessibleName(tr("Continue the renewal of policy %1").arg(c.policyNumber));
        resume->setToolTip(tr("Renewal deadline: %1").arg(format::date(c.renewalDeadline)));
        resume->setProperty("role", QStringLiteral("rowAction"));
        connect(resume, &QPushButton::clicked, this, [this, c] { emit continueRequested(c); });
        layout->addWidget(resume);
    }
    if (c.isRenewable()) {
        auto *renew = new QPushButton(inProgress ? tr("Renewal guide") : tr("Start renewal"), cell);
        renew->setObjectName(QStringLiteral("renewButton_") + c.policyNumber);
        renew->setAccessibleName(tr("Start renewal of policy %1").arg(c.policyNumber));
        renew->setToolTip(tr("Renewal deadline: %1").arg(format::date(c.renewalDeadline)));
        renew->setProperty("role", QStringLiteral("rowAction"));
        connect(renew, &QPushButton::clicked, this, [this, c] { emit renewRequested(c); });
        layout->addWidget(renew);
    } else {
        auto *note = new QLabel(statusExplanation(c.status), cell);
        note->setWordWrap(true);
        note->setProperty("role", QStringLiteral("hint"));
        layout->addWidget(note);
    }
    return cell;
}

void MyPageScreen::pressActionOf(const QModelIndex &index)
{
    if (index.column() != ActionColumn)
        return;
    QWidget *cell = m_table->cellWidget(index.row(), ActionColumn);
    if (auto *button = cell ? cell->findChild<QPushButton *>() : nullptr)
        button->click();
}

bool MyPageScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Space presses the current action cell's button as Enter does (QAbstractItemView::activated).
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space && m_table->currentIndex().column() == ActionColumn) {
        pressActionOf(m_table->currentIndex());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MyPageScreen::showContracts(const QList<Contract> &contracts)
{
    // Shown again (in the other language): the focus stays on the same contract's button.
    const QWidget *focus = QApplication::focusWidget();
    const QString focused = focus && m_table->isAncestorOf(focus) ? focus->objectName() : QString();
    m_contracts = contracts;
    m_table->setRowCount(0);
    if (contracts.isEmpty())
        return setState(State::Empty, [] {
            return tr("There are no contracts on this MyPage account. If you expected one here, "
                      "please contact your agent.");
        });
    m_table->setRowCount(static_cast<int>(contracts.size()));
    for (int row = 0; row < contracts.size(); ++row) {
        const Contract &c = contracts.at(row);
        const QStringList cells = {c.policyNumber, c.productName,
                                   format::date(c.period.start) +
                                       (format::isJapanese() ? QStringLiteral(" 〜\n") : QStringLiteral(" –\n")) +
                                       format::date(c.period.end),
                                   c.vehicleName + QLatin1Char('\n') + c.registration, statusText(c)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, StatusColumn)->setData(StatusCodeRole, c.status);
        QWidget *action = actionCell(c);
        QStringList actionNames;
        for (const QWidget *part : action->findChildren<QWidget *>()) {
            if (const auto *button = qobject_cast<const QPushButton *>(part))
                actionNames.append(button->accessibleName());
            else if (const auto *note = qobject_cast<const QLabel *>(part))
                actionNames.append(note->text());
        }
        auto *actionItem = new QTableWidgetItem;
        actionItem->setData(Qt::AccessibleTextRole, actionNames.join(QStringLiteral("; ")));
        m_table->setItem(row, ActionColumn, actionItem);
        m_table->setCellWidget(row, ActionColumn, action);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    setState(State::Loaded);
    if (!focused.isEmpty()) {
        if (QWidget *again = m_table->findChild<QWidget *>(focused))
            again->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace clickar
