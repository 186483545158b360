#include "ui/MailDock.h"

#include "ui/MailPanel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <climits>

namespace clickar {

MailDock::MailDock(MailPanel *panel, QMainWindow *window)
    : QDockWidget(window)
    , m_window(window)
    , m_panel(panel)
    , m_open(new QWidget(this))
    , m_strip(new QWidget(this))
    , m_noTitleBar(new QWidget(this))
    , m_foldButton(new QPushButton(m_open))
    , m_openButton(new QPushButton(m_strip))
{
    setObjectName(QStringLiteral("mailDock"));
    m_noTitleBar->hide();
    auto *box = new QWidget(this);
    auto *boxLayout = new QHBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(0);

    auto *openLayout = new QVBoxLayout(m_open);
    openLayout->setContentsMargins(0, 0, 0, 0);
    m_foldButton->setObjectName(QStringLiteral("mailFoldButton"));
    m_foldButton->setFocusPolicy(Qt::TabFocus);
    openLayout->addWidget(m_foldButton, 0, Qt::AlignRight);
    panel->setParent(m_open);
    openLayout->addWidget(panel, 1);
    boxLayout->addWidget(m_open);

    auto *stripLayout = new QVBoxLayout(m_strip);
    stripLayout->setContentsMargins(4, 4, 4, 4);
    m_openButton->setObjectName(QStringLiteral("mailOpenButton"));
    m_openButton->setFocusPolicy(Qt::TabFocus);
    stripLayout->addWidget(m_openButton);
    stripLayout->addStretch();
    m_strip->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred); // as narrow as its button, never wider
    m_strip->hide();
    boxLayout->addWidget(m_strip);
    setWidget(box);

    connect(m_foldButton, &QPushButton::clicked, this, [this] { setFolded(true); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { setFolded(false); });
    connect(panel, &MailPanel::refreshed, this, &MailDock::retranslate); // the strip counts the mails
    m_fitLater.setSingleShot(true);
    connect(&m_fitLater, &QTimer::timeout, this, &MailDock::fit);
    // What can change whether a screen fits: the window's size, a screen or page shown, content laid out anew.
    qApp->installEventFilter(this);
    retranslate();
}

void MailDock::setFolded(bool folded)
{
    m_chosen = true;
    fold(folded);
    (folded ? m_openButton : m_foldButton)->setFocus(Qt::OtherFocusReason);
}

void MailDock::forgetChoice()
{
    m_chosen = false;
    m_fitLater.start();
}

void MailDock::fold(bool folded)
{
    if (folded == m_folded)
        return;
    m_folded = folded;
    if (folded)
        m_openWidth = width();
    // The strip is shown before the panel goes: the focus stays inside the dock, not thrown across the window.
    m_strip->setVisible(folded);
    m_open->setVisible(!folded);
    setTitleBarWidget(folded ? m_noTitleBar : nullptr); // (an empty widget in the title bar's place hides it)
    m_noTitleBar->setVisible(folded);
    if (folded) {
        // The dock area keeps its width unless the dock may not be wider: as wide as the strip and the dock's frame.
        const int frame = width() - widget()->width();
        setMaximumWidth(m_strip->sizeHint().width() + frame);
    } else {
        setMaximumWidth(QWIDGETSIZE_MAX);
        m_window->resizeDocks({this}, {m_openWidth}, Qt::Horizontal);
    }
}

bool MailDock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::LayoutRequest:
        if (!m_chosen && !m_fitLater.isActive() && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window)
            m_fitLater.start();
        break;
    default:
        break;
    }
    return QDockWidget::eventFilter(watched, event);
}

int MailDock::shortfall() const
{
    int worst = INT_MIN;
    QWidget *central = m_window->centralWidget();
    if (!central)
        return worst;
    const QList<QScrollArea *> areas = central->findChildren<QScrollArea *>();
    for (const QScrollArea *area : areas) {
        const QWidget *content = area->widget();
        if (!content || !area->widgetResizable() || !area->isVisible() ||
            area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff)
            continue;
        const int needed = std::max(content->minimumSizeHint().width(), content->minimumWidth());
        worst = std::max(worst, needed - area->viewport()->width());
    }
    return worst;
}

void MailDock::fit()
{
    if (m_chosen || !m_window->isVisible() || isFloating())
        return;
    const int missing = shortfall();
    if (missing == INT_MIN)
        return;
    if (!m_folded) {
        if (missing > 0)
            fold(true);
        return;
    }
    // Folded: open again when the screen fits with the panel's width taken from it (while the fold is still being
    // laid out, the dock's width is the open one: it stays folded until its next resize).
    if (missing + (m_openWidth - width()) <= 0)
        fold(false);
}

void MailDock::retranslate()
{
    setWindowTitle(tr("Demo mail"));
    m_foldButton->setText(tr("Fold ▶"));
    m_foldButton->setToolTip(tr("Fold the demo mail to a strip at the edge"));
    const qsizetype count = m_panel->mails().size();
    // Narrow: the arrow, the word and the number of mails on lines of their own.
    m_openButton->setText(QStringLiteral("◀\n") + tr("Mail") +
                          (count > 0 ? QStringLiteral("\n(%1)").arg(count) : QString()));
    m_openButton->setToolTip(tr("Show the demo mail"));
    m_openButton->setAccessibleName(tr("Show the demo mail"));
}

void MailDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace clickar
