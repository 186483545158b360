#include "ui/ReceiptDocument.h"

#include "ui/ApplicationSummary.h"
#include "ui/Format.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace clickar {

namespace {
QString cell(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

// The choices this app sent, or else (after a restart, or from another device) those the service keeps with the
// submitted renewal.
std::optional<SubmitRequest> choicesOf(const Renewal &renewal, const std::optional<SubmitRequest> &sent)
{
    if (sent || !renewal.submission || !renewal.submission->driverCard || renewal.submission->nextNotice.isEmpty())
        return sent;
    SubmitRequest kept;
    kept.driverCard = *renewal.submission->driverCard;
    kept.nextNotice = renewal.submission->nextNotice;
    return kept;
}
} // namespace

ReceiptDocument::ReceiptDocument(const Renewal &renewal, const std::optional<SubmitRequest> &choices,
                                 const std::optional<Support> &support)
    : m_renewal(renewal)
    , m_choices(choicesOf(renewal, choices))
    , m_support(support)
{}

ReceiptDocument::~ReceiptDocument() = default;

QString ReceiptDocument::title() const
{
    return tr("Receipt of your application");
}

QString ReceiptDocument::suggestedFileName() const
{
    const QString number = m_renewal.submission ? m_renewal.submission->newPolicyNumber : m_renewal.policyNumber;
    return QStringLiteral("Clickar-receipt-%1.pdf").arg(number);
}

QString ReceiptDocument::html() const
{
    const QList<ApplicationSummary::Section> sections = {
        ApplicationSummary::submission(m_renewal), ApplicationSummary::choices(m_choices),
        ApplicationSummary::coverage(m_renewal),   ApplicationSummary::premium(m_renewal),
        ApplicationSummary::basics(m_renewal),     ApplicationSummary::customer(m_renewal),
        ApplicationSummary::disclosure(m_renewal), ApplicationSummary::contacts(m_support)};
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>"
                                  "<h1 style=\"font-size:16pt\">%1</h1><p>%2</p>")
                       .arg(cell(title()), cell(tr("Auto insurance renewal — please keep this receipt.")));
    for (const ApplicationSummary::Section &section : sections) {
        if (section.rows.isEmpty())
            continue;
        html += QStringLiteral("<h2 style=\"font-size:12pt; margin-top:12px\">%1</h2>"
                               "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                               "style=\"border-collapse:collapse; border-color:#999\">")
                    .arg(cell(section.title));
        for (const ApplicationSummary::Row &row : section.rows) {
            html += QStringLiteral("<tr><td width=\"32%\" style=\"background:#f2f2f2\">%1</td><td>%2</td></tr>")
                        .arg(cell(row.label), cell(row.value));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p style=\"font-size:8pt; color:#555\">%1</p></body></html>")
                .arg(cell(tr("Created on %1 by Clickar.")
                              .arg(format::date(format::inJapan(QDateTime::currentDateTimeUtc()).date()))));
    return html;
}

std::unique_ptr<QTextDocument> ReceiptDocument::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(QGuiApplication::font());
    doc->setHtml(html());
    return doc;
}

void ReceiptDocument::print(QPagedPaintDevice *device) const
{
    document()->print(device);
}

bool ReceiptDocument::savePdf(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Clickar"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        print(&writer);
    } // the writer finishes the file here
    if (file.error() != QFileDevice::NoError || file.size() == 0) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace clickar
