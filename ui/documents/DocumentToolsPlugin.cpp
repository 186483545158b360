#include "ui/documents/DocumentToolsPlugin.h"

#include "ui/documents/PdfViewerWindow.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace clickar {

PdfViewer *DocumentToolsPlugin::createPdfViewer(const QByteArray &pdf, const QString &title, QWidget *parent)
{
    return new PdfViewerWindow(pdf, title, parent);
}

void DocumentToolsPlugin::printPreview(QWidget *parent, const QString &title, const QString &objectName,
                                       const std::function<void(QPagedPaintDevice *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(objectName);
    preview.setWindowTitle(title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&paint](QPrinter *target) { paint(target); });
    preview.exec();
}

} // namespace clickar
