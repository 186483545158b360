// The PDF viewer window on its own: real PDFs (the disclosure document from the resources, small ones written
// here), "read to the end" from the vertical scroll bar, zoom, printing through QtPrintSupport, broken input.
#include "ui/documents/PdfViewerWindow.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPdfWriter>
#include <QPointer>
#include <QPrinter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace clickar;

class TestPdfViewer : public QObject
{
    Q_OBJECT

private:
    static QByteArray disclosure()
    {
        QFile file(QStringLiteral(":/documents/disclosure.pdf"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // A one-page PDF much wider than tall: at the window's width it fits without scrolling.
    static QByteArray shortPdf()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(QSizeF(200, 40), QPageSize::Millimeter));
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 200), QStringLiteral("Short"));
        }
        return bytes;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEveryPageAndReportsTheEnd()
    {
        const QByteArray pdf = disclosure();
        QVERIFY(pdf.startsWith("%PDF-"));
        PdfViewerWindow viewer(pdf, QStringLiteral("重要事項等説明書"));
        QSignalSpy loaded(&viewer, &PdfViewerWindow::loaded);
        QSignalSpy end(&viewer, &PdfViewerWindow::reachedEnd);
        QSignalSpy firstPage(&viewer, &PdfViewerWindow::firstPageShown);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(viewer.windowTitle(), QStringLiteral("重要事項等説明書"));
        QTRY_COMPARE(firstPage.count(), 1);
        QScrollBar *bar = viewer.view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QCOMPARE(end.count(), 0);
        bar->setValue(bar->maximum() - 1);
        QCOMPARE(end.count(), 0);
        QVERIFY(!viewer.hasReachedEnd());
        bar->setValue(bar->maximum());
        QCOMPARE(end.count(), 1);
        QVERIFY(viewer.hasReachedEnd());
        bar->setValue(0);
        bar->setValue(bar->maximum());
        QCOMPARE(end.count(), 1); // once
    }

    void aDocumentThatFitsIsReadOnceShown()
    {
        PdfViewerWindow viewer(shortPdf(), QStringLiteral("short"));
        QSignalSpy loaded(&viewer, &PdfViewerWindow::loaded);
        QSignalSpy end(&viewer, &PdfViewerWindow::reachedEnd);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(end.count(), 0); // not shown: nobody has seen it
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_COMPARE(end.count(), 1);
        QCOMPARE(viewer.view()->verticalScrollBar()->maximum(), 0);
    }

    void zoomsAndFitsToWidth()
    {
        PdfViewerWindow viewer(disclosure(), QStringLiteral("zoom"));
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_VERIFY(viewer.isLoaded());
        QScrollBar *bar = viewer.view()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        const int fitted = bar->maximum();
        auto *zoomIn = viewer.findChild<QToolButton *>(QStringLiteral("pdfZoomIn"));
        auto *zoomOut = viewer.findChild<QToolButton *>(QStringLiteral("pdfZoomOut"));
        auto *fit = viewer.findChild<QToolButton *>(QStringLiteral("pdfFitWidth"));
        QVERIFY(zoomIn && zoomOut && fit);
        QTest::mouseClick(zoomIn, Qt::LeftButton);
        QCOMPARE(viewer.view()->zoomMode(), QPdfView::ZoomMode::Custom);
        QTRY_VERIFY(bar->maximum() > fitted);
        QVERIFY(!fit->isChecked());
        QTest::mouseClick(zoomOut, Qt::LeftButton);
        QTest::mouseClick(zoomOut, Qt::LeftButton);
        QTRY_VERIFY(bar->maximum() < fitted);
        QTest::mouseClick(fit, Qt::LeftButton);
        QCOMPARE(viewer.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        QVERIFY(fit->isChecked());
        QTRY_COMPARE(bar->maximum(), fitted);
    }

    void keysScrollZoomAndClose()
    {
        // Keys to whatever has the focus in the window, as a person presses them.
        const auto press = [](QKeyCombination key) {
            QTest::keyClick(QApplication::focusWidget(), key.key(), key.keyboardModifiers());
        };
        for (const QKeyCombination close : {QKeyCombination(Qt::Key_Escape), QKeyCombination(Qt::CTRL, Qt::Key_W)}) {
            QPointer<PdfViewerWindow> viewer = new PdfViewerWindow(disclosure(), QStringLiteral("keys"));
            QSignalSpy end(viewer.data(), &PdfViewerWindow::reachedEnd);
            viewer->show();
            viewer->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(viewer));
            QTRY_VERIFY(viewer->isLoaded());
            QScrollBar *bar = viewer->view()->verticalScrollBar();
            QTRY_VERIFY(bar->maximum() > 0);
            QCOMPARE(QApplication::focusWidget(), viewer->view()); // the pages have the focus
            press(Qt::Key_PageDown);
            QTRY_VERIFY(bar->value() > 0);
            QCOMPARE(end.count(), 0);
            press(Qt::Key_PageUp);
            QTRY_COMPARE(bar->value(), 0);
            press(Qt::Key_End);
            QTRY_COMPARE(bar->value(), bar->maximum());
            QCOMPARE(end.count(), 1); // the consent gate counts the end reached by keys
            press(Qt::Key_Home);
            QTRY_COMPARE(bar->value(), 0);
            press(QKeyCombination(Qt::CTRL, Qt::Key_End));
            QTRY_COMPARE(bar->value(), bar->maximum());
            press(QKeyCombination(Qt::CTRL, Qt::Key_Home));
            QTRY_COMPARE(bar->value(), 0);
            const int fitted = bar->maximum();
            press(Qt::Key_Plus);
            QCOMPARE(viewer->view()->zoomMode(), QPdfView::ZoomMode::Custom);
            QTRY_VERIFY(bar->maximum() > fitted);
            const int zoomed = bar->maximum();
            press(Qt::Key_Minus);
            QTRY_VERIFY(bar->maximum() < zoomed);
            auto *closeButton = viewer->findChild<QToolButton *>(QStringLiteral("pdfClose"));
            QVERIFY(closeButton && closeButton->isVisible() && closeButton->isEnabled());
            press(close);
            QTRY_VERIFY(!viewer); // closed and deleted
        }
        // The visible close button does the same.
        QPointer<PdfViewerWindow> viewer = new PdfViewerWindow(disclosure(), QStringLiteral("button"));
        viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QTest::mouseClick(viewer->findChild<QToolButton *>(QStringLiteral("pdfClose")), Qt::LeftButton);
        QTRY_VERIFY(!viewer);
    }

    void printsEveryPage()
    {
        const QByteArray pdf = disclosure();
        PdfViewerWindow viewer(pdf, QStringLiteral("print"));
        QTRY_VERIFY(viewer.isLoaded());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        QVERIFY(viewer.printTo(&printer));
        QPdfDocument printed;
        QCOMPARE(printed.load(path), QPdfDocument::Error::None);
        QCOMPARE(printed.pageCount(), viewer.pageCount());
        QCOMPARE(printed.pageCount(), 12);
    }

    void brokenBytesAreReportedNotShown()
    {
        PdfViewerWindow viewer(QByteArrayLiteral("%PDF-1.4\nthis is not a PDF at all"), QStringLiteral("broken"));
        QSignalSpy failed(&viewer, &PdfViewerWindow::loadFailed);
        QSignalSpy end(&viewer, &PdfViewerWindow::reachedEnd);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!viewer.isLoaded());
        QCOMPARE(end.count(), 0);
        QVERIFY(viewer.findChild<QLabel *>(QStringLiteral("pdfMessage"))->isVisible());
        QVERIFY(!viewer.findChild<QToolButton *>(QStringLiteral("pdfPrint"))->isEnabled());
    }
};

QTEST_MAIN(TestPdfViewer)
#include "tst_pdf_viewer.moc"
