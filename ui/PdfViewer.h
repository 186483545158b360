#pragma once

#include <QWidget>

class QAbstractScrollArea;

namespace clickar {

// A separate window showing one PDF (the disclosure document), as the pages see it. The window itself comes from
// the document tools (ui/DocumentTools.h), which are loaded on first use; the bytes are expected to be verified
// by the caller, the window only shows them.
class PdfViewer : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual bool isLoaded() const = 0;
    virtual int pageCount() const = 0;
    virtual bool hasReachedEnd() const = 0;
    virtual int currentPage() const = 0; // 1-based; 0 while nothing is shown
    // The scrolling view of the pages (a QPdfView).
    virtual QAbstractScrollArea *view() const = 0;
    // Another document in the same window (the other language's), from its first page and not read yet: loaded()
    // or loadFailed() follows, and reachedEnd() once its end is reached.
    virtual void showDocument(const QByteArray &pdf, const QString &title) = 0;

signals:
    void loaded(int pageCount);
    void loadFailed(const QString &message);
    // The reader has scrolled to the end of the last page (emitted once).
    void reachedEnd();
    // The first page has been rendered and painted in the window (emitted once).
    void firstPageShown();
};

} // namespace clickar
