#pragma once

#include "domain/Account.h"
#include "domain/Renewal.h"
#include "service/RenewalClient.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace clickar {

// 申込内容の控え: the receipt of one submitted application with every detail of it (new policy number, plan and
// coverage, premium and payment, customer information, choices, disclosure), as HTML in a QTextDocument that is
// printed (QPrinter, QPrintPreviewDialog) or saved as a PDF file (QPdfWriter).
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    ReceiptDocument(const Renewal &renewal, const std::optional<SubmitRequest> &choices,
                    const std::optional<Support> &support = std::nullopt);
    ~ReceiptDocument();

    QString title() const;
    QString html() const;
    // Lays the receipt out on `device`'s pages (A4 for the PDF) and paints it.
    void print(QPagedPaintDevice *device) const;
    // Writes the receipt as a PDF file; false with *error set when the file cannot be written.
    bool savePdf(const QString &path, QString *error = nullptr) const;
    // A file name for the PDF, e.g. "Clickar-receipt-8012345678.pdf".
    QString suggestedFileName() const;

private:
    std::unique_ptr<QTextDocument> document() const;

    Renewal m_renewal;
    std::optional<SubmitRequest> m_choices;
    std::optional<Support> m_support;
};

} // namespace clickar
