#pragma once

#include "ui/PdfViewer.h"

#include <QByteArray>

class QBuffer;
#include <QPdfView>

class QLabel;
class QPdfDocument;
class QPrinter;
class QToolButton;

namespace clickar {

// A separate window showing one PDF (the disclosure document): every page one below the other, fitted to the
// window's width, with "page n of N", zoom and printing. It tells when the reader has scrolled to the end.
// The bytes are expected to be verified by the caller; the window only shows them.
class PdfViewerWindow : public PdfViewer
{
    Q_OBJECT

public:
    PdfViewerWindow(const QByteArray &pdf, const QString &title, QWidget *parent = nullptr);
    ~PdfViewerWindow() override;

    QPdfDocument *document() const { return m_document; }
    QPdfView *view() const override { return m_view; }
    bool isLoaded() const override;
    int pageCount() const override;
    bool hasReachedEnd() const override { return m_reachedEnd; }
    int currentPage() const override; // 1-based; 0 while nothing is shown
    void showDocument(const QByteArray &pdf, const QString &title) override;
    // Prints every page to `printer` (QtPrintSupport); false when nothing could be printed.
    bool printTo(QPrinter *printer);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Back to the window it was opened from (the wizard page), with the keys there, whatever the window manager does.
    void closeEvent(QCloseEvent *event) override;

private:
    void load(const QByteArray &pdf);
    void onStatusChanged();
    void checkEnd();
    void updatePageLabel();
    void zoomBy(qreal factor);
    void fitToWidth();
    void print();
    void retranslate();
    QToolButton *addTool(const QString &objectName);
    // Home/End (also with Ctrl), Page Up/Down, +/− (also Ctrl++/Ctrl+−) to zoom, Esc or Ctrl+W to close.
    void addKeys();

    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_pageLabel;
    QLabel *m_message;
    QToolButton *m_zoomOut;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidth;
    QToolButton *m_print;
    QToolButton *m_close;
    qreal m_zoom = 1.0;
    bool m_reachedEnd = false;
    bool m_firstPageRendered = false;
    QBuffer *m_buffer = nullptr; // the bytes shown, owned by the document
    bool m_firstPageShown = false;
    bool m_failed = false;
};

} // namespace clickar
