#include "ui/documents/DocumentToolsPlugin.h"

#include "ui/documents/PdfViewerWindow.h"

#include <QPointer>
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
    // A child of `parent`, guarded: when the parent goes while the preview is open (the person's scope ended), the
    // preview goes with it and exec() returns.
    const QPointer<QPrintPreviewDialog> preview = new QPrintPreviewDialog(&printer, parent);
    preview->setObjectName(objectName);
    preview->setWindowTitle(title);
    connect(preview, &QPrintPreviewDialog::paintRequested, preview, [&paint](QPrinter *target) { paint(target); });
    preview->exec();
    delete preview; // null if it went with its parent
}

} // namespace clickar
