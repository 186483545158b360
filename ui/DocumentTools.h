#pragma once

#include <QString>
#include <QtPlugin>

#include <functional>

class QByteArray;
class QPagedPaintDevice;
class QWidget;

namespace clickar {

class PdfViewer;

// What needs QtPdf and QtPrintSupport: the PDF viewer window and the print preview. These libraries are large
// and needed late in a renewal (page 7 and the receipt), so they live in a plugin that is loaded on first use
// (ui/documents/), which keeps them out of the application's start-up.
class DocumentTools
{
public:
    virtual ~DocumentTools() = default;

    // A new, not yet shown viewer window for `pdf`, owned by `parent`.
    virtual PdfViewer *createPdfViewer(const QByteArray &pdf, const QString &title, QWidget *parent) = 0;
    // Shows the print preview of a document that `paint` lays out on the printer's pages, modal over `parent`;
    // `objectName` names the dialog (tests find it by that name).
    virtual void printPreview(QWidget *parent, const QString &title, const QString &objectName,
                              const std::function<void(QPagedPaintDevice *)> &paint) = 0;
};

// The document tools: the plugin linked into the program if there is one (tests), else the plugin file next to
// the program or in the installed plugin folder, loaded once. Null when it cannot be loaded; `error` says why.
DocumentTools *documentTools(QString *error = nullptr);

} // namespace clickar

#define ClickarDocumentTools_iid "jp.clickar.DocumentTools/1.0"
Q_DECLARE_INTERFACE(clickar::DocumentTools, ClickarDocumentTools_iid)
