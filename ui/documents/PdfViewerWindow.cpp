#include "ui/documents/PdfViewerWindow.h"

#include "ui/LanguageSwitch.h"
#include "ui/Style.h"

#include <QBuffer>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageRanges>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace clickar {

namespace {
constexpr qreal minZoom = 0.5;
constexpr qreal maxZoom = 4.0;
constexpr int maxPrintDpi = 200; // enough for text; a full A4 page at 600 dpi would need ~140 MB per page
} // namespace

PdfViewerWindow::PdfViewerWindow(const QByteArray &pdf, const QString &title, QWidget *parent)
    : PdfViewer(parent, Qt::Window)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_pageLabel(new QLabel(this))
    , m_message(new QLabel(this))
{
    style::ensureStyleSheets(); // the app loaded them already; a test may open the viewer on its own
    setObjectName(QStringLiteral("pdfViewerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(title);

    auto *tools = new QHBoxLayout;
    m_zoomOut = addTool(QStringLiteral("pdfZoomOut"));
    m_zoomIn = addTool(QStringLiteral("pdfZoomIn"));
    m_fitWidth = addTool(QStringLiteral("pdfFitWidth"));
    m_fitWidth->setCheckable(true);
    m_fitWidth->setChecked(true);
    m_print = addTool(QStringLiteral("pdfPrint"));
    m_close = addTool(QStringLiteral("pdfClose"));
    m_close->setEnabled(true); // also while loading or after a failure
    m_pageLabel->setObjectName(QStringLiteral("pdfPageLabel"));
    tools->addWidget(m_pageLabel);
    tools->addStretch();
    for (QToolButton *button : {m_zoomOut, m_zoomIn, m_fitWidth, m_print, m_close}) {
        button->setFocusPolicy(Qt::TabFocus);
        tools->addWidget(button);
    }
    if (QToolButton *language = LanguageSwitch::makeButton(this))
        tools->insertWidget(tools->indexOf(m_close), language);

    m_message->setObjectName(QStringLiteral("pdfMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    m_view->setFocus(); // the window opens with the pages focused: the keys scroll them at once

    // The renderer QPdfView uses internally reports each finished page image; it is the view's child.
    if (auto *renderer = m_view->findChild<QPdfPageRenderer *>()) {
        connect(renderer, &QPdfPageRenderer::pageRendered, this, [this](int page) {
            if (page == 0)
                m_firstPageRendered = true;
        });
    } else {
        m_firstPageRendered = true; // unknown internals: the first paint of a loaded document counts
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &PdfViewerWindow::checkEnd);
    connect(bar, &QScrollBar::rangeChanged, this, &PdfViewerWindow::checkEnd);
    connect(bar, &QScrollBar::valueChanged, this, &PdfViewerWindow::updatePageLabel);
    connect(bar, &QScrollBar::rangeChanged, this, &PdfViewerWindow::updatePageLabel);
    connect(m_document, &QPdfDocument::statusChanged, this, &PdfViewerWindow::onStatusChanged);
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { zoomBy(1.25); });
    connect(m_zoomOut, &QToolButton::clicked, this, [this] { zoomBy(0.8); });
    connect(m_fitWidth, &QToolButton::clicked, this, &PdfViewerWindow::fitToWidth);
    connect(m_print, &QToolButton::clicked, this, &PdfViewerWindow::print);
    connect(m_close, &QToolButton::clicked, this, &QWidget::close);
    addKeys();
    retranslate();

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 1024);
    resize(qMin(860, available.width() * 9 / 10), qMin(1100, available.height() * 9 / 10));

    load(pdf);
}

void PdfViewerWindow::load(const QByteArray &pdf)
{
    // From memory: the buffer belongs to the document, so it lives exactly as long as the document needs it.
    auto *buffer = new QBuffer(m_document);
    buffer->setData(pdf);
    buffer->open(QIODevice::ReadOnly);
    QBuffer *previous = m_buffer;
    m_buffer = buffer;
    // Loaded from the event loop, so that whoever created the window hears loaded() or loadFailed().
    QTimer::singleShot(0, m_document, [document = m_document, buffer, previous] {
        document->load(buffer);
        delete previous;
    });
}

void PdfViewerWindow::showDocument(const QByteArray &pdf, const QString &title)
{
    setWindowTitle(title);
    m_reachedEnd = false;
    m_failed = false;
    m_message->hide();
    for (QToolButton *button : {m_zoomOut, m_zoomIn, m_fitWidth, m_print})
        button->setEnabled(false);
    m_view->verticalScrollBar()->setValue(0); // from the first page: the end of the other one is not this one's
    load(pdf);
}

PdfViewerWindow::~PdfViewerWindow()
{
    // The document emits while it is closed, after this destructor: nothing of this class may hear it. The view
    // (and its rendering thread) goes before the document it reads.
    blockSignals(true);
    m_view->viewport()->removeEventFilter(this);
    m_document->disconnect(this);
    m_view->verticalScrollBar()->disconnect(this);
    m_view->setDocument(nullptr);
    // Qt 6.4's QPdfPageRenderer joins its render thread on destruction but never deletes it; switching it back
    // to single-threaded deletes the thread properly.
    if (auto *renderer = m_view->findChild<QPdfPageRenderer *>())
        renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
    delete m_view;
    m_view = nullptr;
    m_document->close();
}

void PdfViewerWindow::addKeys()
{
    // The window's own keys, wherever the focus is in it (the view itself scrolls with the arrow keys). A key is
    // bound once: the platform's standard keys may include it, and a key bound twice would do nothing (ambiguous).
    const auto key = [this](QList<QKeySequence> sequences, QKeySequence::StandardKey standard, auto slot) {
        for (const QKeySequence &platform : QKeySequence::keyBindings(standard)) {
            if (!sequences.contains(platform))
                sequences.append(platform);
        }
        auto *shortcut = new QShortcut(this);
        shortcut->setKeys(sequences);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    const auto scroll = [this](QAbstractSlider::SliderAction action) {
        return [this, action] { m_view->verticalScrollBar()->triggerAction(action); };
    };
    key({Qt::Key_Home, Qt::CTRL | Qt::Key_Home}, QKeySequence::MoveToStartOfDocument,
        scroll(QAbstractSlider::SliderToMinimum));
    key({Qt::Key_End, Qt::CTRL | Qt::Key_End}, QKeySequence::MoveToEndOfDocument,
        scroll(QAbstractSlider::SliderToMaximum));
    key({Qt::Key_PageUp}, QKeySequence::MoveToPreviousPage, scroll(QAbstractSlider::SliderPageStepSub));
    key({Qt::Key_PageDown}, QKeySequence::MoveToNextPage, scroll(QAbstractSlider::SliderPageStepAdd));
    key({Qt::Key_Plus, Qt::CTRL | Qt::Key_Plus, Qt::CTRL | Qt::Key_Equal}, QKeySequence::ZoomIn,
        [this] { zoomBy(1.25); });
    key({Qt::Key_Minus, Qt::CTRL | Qt::Key_Minus}, QKeySequence::ZoomOut, [this] { zoomBy(0.8); });
    key({Qt::Key_Escape, Qt::CTRL | Qt::Key_W}, QKeySequence::Close, &QWidget::close);
}

QToolButton *PdfViewerWindow::addTool(const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setEnabled(false);
    return button;
}

void PdfViewerWindow::retranslate()
{
    m_zoomOut->setText(tr("Zoom out"));
    m_zoomIn->setText(tr("Zoom in"));
    m_fitWidth->setText(tr("Fit to width"));
    m_print->setText(tr("Print…"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the document (Esc)"));
    m_view->setAccessibleName(tr("Document"));
    updatePageLabel();
}

void PdfViewerWindow::closeEvent(QCloseEvent *event)
{
    PdfViewer::closeEvent(event);
    if (QWidget *opener = parentWidget() ? parentWidget()->window() : nullptr; opener && opener->isVisible())
        opener->activateWindow();
}

void PdfViewerWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool PdfViewerWindow::isLoaded() const
{
    return m_document->status() == QPdfDocument::Status::Ready && m_document->pageCount() > 0;
}

int PdfViewerWindow::pageCount() const
{
    return isLoaded() ? m_document->pageCount() : 0;
}

void PdfViewerWindow::onStatusChanged()
{
    const QPdfDocument::Status status = m_document->status();
    if (status == QPdfDocument::Status::Ready && m_document->pageCount() > 0) {
        for (QToolButton *button : {m_zoomOut, m_zoomIn, m_fitWidth, m_print})
            button->setEnabled(true);
        updatePageLabel();
        emit loaded(m_document->pageCount());
        // After the view has laid the pages out (it reacts to the same signal).
        QTimer::singleShot(0, this, &PdfViewerWindow::checkEnd);
    } else if (status == QPdfDocument::Status::Error || status == QPdfDocument::Status::Ready) {
        if (m_failed)
            return;
        m_failed = true;
        const QString message = tr("The document could not be displayed.");
        m_message->setText(message);
        m_message->show();
        emit loadFailed(message);
    }
}

void PdfViewerWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &PdfViewerWindow::checkEnd);
}

bool PdfViewerWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Paint && !m_firstPageShown && m_firstPageRendered &&
        isLoaded()) {
        m_firstPageShown = true;
        QTimer::singleShot(0, this, &PdfViewerWindow::firstPageShown); // once this paint has been done
    }
    return QWidget::eventFilter(watched, event);
}

void PdfViewerWindow::checkEnd()
{
    if (m_reachedEnd || !isLoaded() || !m_view->isVisible() || m_view->viewport()->height() <= 0)
        return;
    const QScrollBar *bar = m_view->verticalScrollBar();
    // maximum() == 0 once laid out means that every page fits in the window.
    if (bar->maximum() > 0 && bar->value() < bar->maximum())
        return;
    m_reachedEnd = true;
    emit reachedEnd();
}

int PdfViewerWindow::currentPage() const
{
    if (!isLoaded())
        return 0;
    const int pages = m_document->pageCount();
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->maximum() > 0 && bar->value() >= bar->maximum())
        return pages;
    // The pages' heights on screen, from the document's page sizes and the view's total height.
    qreal pointHeights = 0;
    for (int i = 0; i < pages; ++i)
        pointHeights += m_document->pagePointSize(i).height();
    const QMargins margins = m_view->documentMargins();
    const qreal content =
        bar->maximum() + bar->pageStep() - margins.top() - margins.bottom() - qreal(pages - 1) * m_view->pageSpacing();
    if (pointHeights <= 0 || content <= 0)
        return 1;
    const qreal scale = content / pointHeights;
    const qreal probe = bar->value() + bar->pageStep() / 3.0;
    qreal bottom = margins.top();
    for (int i = 0; i < pages; ++i) {
        bottom += m_document->pagePointSize(i).height() * scale + m_view->pageSpacing();
        if (probe < bottom)
            return i + 1;
    }
    return pages;
}

void PdfViewerWindow::updatePageLabel()
{
    if (!isLoaded())
        return m_pageLabel->setText(tr("Loading…"));
    m_pageLabel->setText(tr("Page %1 of %2").arg(currentPage()).arg(m_document->pageCount()));
}

void PdfViewerWindow::zoomBy(qreal factor)
{
    if (!isLoaded())
        return;
    if (m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth) {
        // The factor the view uses to fit the width, from its own layout rule.
        const QMargins margins = m_view->documentMargins();
        const qreal screenResolution = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
        const qreal pageWidth = m_document->pagePointSize(0).width() * screenResolution;
        if (pageWidth > 0)
            m_zoom = (m_view->viewport()->width() - margins.left() - margins.right()) / pageWidth;
    }
    m_zoom = qBound(minZoom, m_zoom * factor, maxZoom);
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(m_zoom);
    m_fitWidth->setChecked(false);
    m_zoomIn->setEnabled(m_zoom < maxZoom);
    m_zoomOut->setEnabled(m_zoom > minZoom);
}

void PdfViewerWindow::fitToWidth()
{
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_fitWidth->setChecked(true);
    m_zoomIn->setEnabled(true);
    m_zoomOut->setEnabled(true);
}

void PdfViewerWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("pdfPrintDialog"));
    dialog.setMinMax(1, m_document->pageCount());
    if (dialog.exec() == QDialog::Accepted && !printTo(&printer)) {
        m_message->setText(tr("The document could not be printed."));
        m_message->show();
    }
}

bool PdfViewerWindow::printTo(QPrinter *printer)
{
    if (!isLoaded())
        return false;
    QList<int> pages;
    const QPageRanges ranges = printer->pageRanges();
    for (int i = 0; i < m_document->pageCount(); ++i) {
        if (ranges.isEmpty() || ranges.contains(i + 1))
            pages.append(i);
    }
    QPainter painter;
    if (pages.isEmpty() || !painter.begin(printer))
        return false;
    const int dpi = qMin(printer->resolution(), maxPrintDpi);
    for (qsizetype n = 0; n < pages.size(); ++n) {
        if (n > 0 && !printer->newPage())
            return false;
        const int page = pages.at(n);
        const QSizeF points = m_document->pagePointSize(page);
        const QImage image = m_document->render(page, (points * dpi / 72.0).toSize());
        const QRect area = painter.viewport();
        QSizeF target = points;
        target.scale(area.size(), Qt::KeepAspectRatio);
        const QRectF where(area.x() + (area.width() - target.width()) / 2, area.y(), target.width(), target.height());
        painter.drawImage(where, image);
    }
    return painter.end();
}

} // namespace clickar
