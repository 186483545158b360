#pragma once

#include "ui/DocumentTools.h"

#include <QObject>

namespace clickar {

// The plugin behind DocumentTools: QtPdf's viewer window and QtPrintSupport's print preview.
class DocumentToolsPlugin : public QObject, public DocumentTools
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ClickarDocumentTools_iid)
    Q_INTERFACES(clickar::DocumentTools)

public:
    PdfViewer *createPdfViewer(const QByteArray &pdf, const QString &title, QWidget *parent) override;
    void printPreview(QWidget *parent, const QString &title, const QString &objectName,
                      const std::function<void(QPagedPaintDevice *)> &paint) override;
};

} // namespace clickar
