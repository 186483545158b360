#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QToolButton;

namespace clickar {

// A separate window showing one PDF (the disclosure document): every page one below the other, fitted to the
// window's width, with "page n of N", zoom and printing. It tells when the reader has scrolled to the end.
// The bytes are expected to be verified by the caller; the window only shows them.
class PdfViewerWindow : public QWidget
{
    Q_OBJECT

public:
    PdfViewerWindow(const QByteArray &pdf, const QString &title, QWidget *parent = nullptr);
    ~PdfViewerWindow() override;

    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const { return m_view; }
    bool isLoaded() const;
    int pageCount() const;
    bool hasReachedEnd() const { return m_reachedEnd; }
    int currentPage() const; // 1-based; 0 while nothing is shown
    // Prints every page to `printer` (QtPrintSupport); false when nothing could be printed.
    bool printTo(QPrinter *printer);

signals:
    void loaded(int pageCount);
    void loadFailed(const QString &message);
    // The reader has scrolled to the end of the last page (emitted once).
    void reachedEnd();
    // The first page has been rendered and painted in the window (emitted once).
    void firstPageShown();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onStatusChanged();
    void checkEnd();
    void updatePageLabel();
    void zoomBy(qreal factor);
    void fitToWidth();
    void print();
    void retranslate();
    QToolButton *addTool(const QString &objectName);

    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_pageLabel;
    QLabel *m_message;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidth;
    QToolButton *m_print;
    qreal m_zoom = 1.0;
    bool m_reachedEnd = false;
    bool m_firstPageRendered = false;
    bool m_firstPageShown = false;
    bool m_failed = false;
};

} // namespace clickar
