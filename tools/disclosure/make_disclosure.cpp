// clickar-make-disclosure — renders the 重要事項等説明書（契約概要・注意喚起情報）of the fictional insurer
// サンプル損害保険株式会社 into an A4 PDF.
//
//   QT_QPA_PLATFORM=offscreen clickar-make-disclosure resources/documents/disclosure.pdf
//   QT_QPA_PLATFORM=offscreen clickar-make-disclosure --lang en resources/documents/disclosure-en.pdf
//
// (offscreen is also the default when QT_QPA_PLATFORM is unset).
//
// The text is HTML (content/*.html, compiled in as :/disclosure/...; the English edition content-en/*.html as
// :/disclosure-en/...) laid out by one QTextDocument that is
// paginated to the body area of the page; every page is then drawn by hand so that each gets a running header,
// a footer with "n / N" and the document number. The table of contents on the cover gets its page numbers from
// a first layout pass (placeholders {{secN}} in the HTML, anchors <a name="secN"> on the section headings).
//
// Reproducibility: the QHash seed is fixed (Qt's font subsetter iterates hashes), the time zone is forced to UTC
// and the /CreationDate that QPdfWriter always writes is overwritten in place with the edition date, so the same
// Qt and fonts give a byte-identical file.

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

#include "pagination.h"

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDpi = 300;
const QString kFamily = u"Noto Sans CJK JP"_s;
// What the tool writes outside the HTML (title, running header and footer), per edition.
struct Edition
{
    QString resources; // the HTML's resource folder
    QString title;
    QString insurer;
    QString docNumber;
    QString edition;
    QString editionOpen; // around the edition in the footer
    QString editionClose;
};

const Edition kJapanese{u":/disclosure/"_s,
                        u"団体扱自動車保険 重要事項等説明書（契約概要・注意喚起情報）"_s,
                        u"サンプル損害保険株式会社"_s,
                        u"SSJ-JA-G-2610"_s,
                        u"2026年10月版"_s,
                        u"（"_s,
                        u"）"_s};
const Edition kEnglish{u":/disclosure-en/"_s,
                       u"Group Auto Insurance: Explanation of Important Matters (Contract overview and cautions)"_s,
                       u"Sample General Insurance Co., Ltd."_s,
                       u"SSJ-EN-G-2610"_s,
                       u"October 2026 edition"_s,
                       u" ("_s,
                       u")"_s};
// Written over QPdfWriter's wall-clock /CreationDate: the edition date (2026-10-01 00:00:00 UTC).
const QByteArray kFixedPdfDate = "20261001000000"_ba;

const QStringList kSections = {u"00_cover"_s,      u"01_overview"_s, u"02_caution"_s, u"03_duties"_s,
                               u"04_exclusions"_s, u"05_privacy"_s,  u"06_contact"_s};

double mm(double millimetres)
{
    return millimetres / 25.4 * kDpi;
}

// Page geometry in device pixels (A4 at kDpi, no printer margins: we draw the margins ourselves).
struct Geometry
{
    QRectF body;
    double headerBaseline = 0;
    double footerBaseline = 0;
};

Geometry geometryFor(const QRectF &page)
{
    Geometry g;
    const double left = mm(16), right = mm(16), top = mm(22), bottom = mm(20);
    g.body = QRectF(left, top, page.width() - left - right, page.height() - top - bottom);
    g.headerBaseline = mm(14);
    g.footerBaseline = page.height() - mm(10);
    return g;
}

std::optional<QString> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

// Qt applies border-collapse and border-style only as inline attributes of <table>, so the HTML uses a few short
// class names that are expanded here: grid (bordered table), box (red-framed notice), bar (section heading bar)
// and bar-page (a section heading bar that starts a new page).
QString expandTables(QString html)
{
    const QString grid = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                         u"style=\"border-collapse: collapse; border-style: solid; border-color: #5a6b85; "
                         u"margin-top: 3px; margin-bottom: 8px;\">"_s;
    const QString box = u"<table width=\"100%\" border=\"2\" cellspacing=\"0\" cellpadding=\"7\" "
                        u"style=\"border-collapse: collapse; border-style: solid; border-color: #b3261e; "
                        u"margin-top: 5px; margin-bottom: 11px;\">"_s;
    const QString bar = u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"5\" "
                        u"bgcolor=\"#1b3a6b\" style=\"margin-top: 11px; margin-bottom: 8px;%1\">"_s;
    html.replace(u"<table class=\"grid\">"_s, grid);
    html.replace(u"<table class=\"box\">"_s, box);
    html.replace(u"<table class=\"bar-page\">"_s, bar.arg(u" page-break-before: always;"_s));
    html.replace(u"<table class=\"bar\">"_s, bar.arg(QString()));
    return html;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{\\{(sec[0-9]+)\\}\\}"_s);
    return pattern;
}

// Page-number placeholders {{secN}} get the page of anchor secN; any left over (first pass) become 0.
QString fillPageNumbers(QString html, const QList<disclosure::Section> &sections)
{
    for (const disclosure::Section &s : sections)
        html.replace(u"{{"_s + s.anchor + u"}}"_s, QString::number(s.page));
    html.replace(placeholderPattern(), u"0"_s);
    return html;
}

// The first placeholder in the HTML with no matching section anchor, if any.
QString unknownPlaceholder(const QString &html, const QList<disclosure::Section> &sections)
{
    for (const QRegularExpressionMatch &match : placeholderPattern().globalMatch(html)) {
        const QString anchor = match.captured(1);
        if (std::none_of(sections.begin(), sections.end(), [&](const auto &s) { return s.anchor == anchor; }))
            return match.captured(0);
    }
    return {};
}

void setUpDocument(QTextDocument &doc, QPaintDevice *device, const QString &css, const QString &html,
                   const QSizeF &bodySize)
{
    doc.documentLayout()->setPaintDevice(device);
    QFont font(kFamily);
    font.setPointSizeF(10);
    font.setStyleStrategy(QFont::PreferOutline);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(css);
    doc.setDocumentMargin(0);
    doc.setPageSize(bodySize);
    doc.setHtml(html);
}

// Running header (all pages but the cover) and footer (all pages).
void drawPageFrame(QPainter &painter, const Edition &e, const Geometry &g, int page, int pageCount,
                   const QString &sectionTitle)
{
    const QColor navy(0x1b, 0x3a, 0x6b);
    const QColor grey(0x55, 0x5b, 0x66);
    QFont small(kFamily);
    small.setPointSizeF(7.5);
    painter.setFont(small);
    const double x0 = g.body.left(), x1 = g.body.right();
    const double ruleWidth = mm(0.25);

    if (page > 1) {
        painter.setPen(grey);
        const QRectF headerText(x0, 0, g.body.width(), g.headerBaseline);
        painter.drawText(headerText, Qt::AlignLeft | Qt::AlignBottom, e.title);
        painter.drawText(headerText, Qt::AlignRight | Qt::AlignBottom, sectionTitle);
        painter.setPen(QPen(navy, ruleWidth * 2));
        painter.drawLine(QPointF(x0, g.headerBaseline + mm(1.5)), QPointF(x1, g.headerBaseline + mm(1.5)));
    }

    const double footerRule = g.footerBaseline - mm(5);
    painter.setPen(QPen(grey, ruleWidth));
    painter.drawLine(QPointF(x0, footerRule), QPointF(x1, footerRule));
    const QRectF footerText(x0, footerRule, g.body.width(), g.footerBaseline - footerRule);
    painter.setPen(grey);
    painter.drawText(footerText, Qt::AlignLeft | Qt::AlignBottom, e.insurer);
    painter.drawText(footerText, Qt::AlignRight | Qt::AlignBottom,
                     e.docNumber + e.editionOpen + e.edition + e.editionClose);
    QFont pageFont(kFamily);
    pageFont.setPointSizeF(9);
    painter.setFont(pageFont);
    painter.setPen(Qt::black);
    painter.drawText(footerText, Qt::AlignHCenter | Qt::AlignBottom,
                     QString::number(page) + u" / "_s + QString::number(pageCount));
}

// QPdfWriter always stamps the wall clock into the Info dictionary: overwrite the 14 digits in place so the byte
// offsets in the xref table stay valid.
bool pinCreationDate(QByteArray &pdf)
{
    const QByteArray key = "/CreationDate (D:"_ba;
    const qsizetype at = pdf.indexOf(key);
    if (at < 0 || at + key.size() + kFixedPdfDate.size() > pdf.size())
        return false;
    pdf.replace(at + key.size(), kFixedPdfDate.size(), kFixedPdfDate);
    return true;
}

int render(const Edition &e, const QString &outputPath)
{
    if (!QFontDatabase::families().contains(kFamily)) {
        std::fprintf(stderr, "font family \"%s\" not found (install fonts-noto-cjk)\n", qPrintable(kFamily));
        return 1;
    }
    // One style sheet for both editions: the English document looks like the Japanese one.
    const std::optional<QString> css = readResource(kJapanese.resources + u"style.css"_s);
    if (!css) {
        std::fprintf(stderr, "missing resource style.css\n");
        return 1;
    }
    QString body;
    for (const QString &name : kSections) {
        const std::optional<QString> part = readResource(e.resources + name + u".html"_s);
        if (!part) {
            std::fprintf(stderr, "missing resource for %s\n", qPrintable(name));
            return 1;
        }
        body += *part;
    }
    const QString html =
        expandTables(u"<html><head><meta charset=\"utf-8\"></head><body>"_s + body + u"</body></html>"_s);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setCreator(u"Clickar clickar-make-disclosure"_s);
    writer.setTitle(e.title);
    const Geometry g = geometryFor(QRectF(QPointF(0, 0), writer.pageLayout().fullRectPixels(kDpi).size()));

    // Pass 1 finds where the sections land; pass 2 lays out the final text with the table of contents filled in.
    QTextDocument probe;
    setUpDocument(probe, &writer, *css, fillPageNumbers(html, {}), g.body.size());
    disclosure::paginate(probe);
    const QList<disclosure::Section> planned = disclosure::findSections(probe);
    if (const QString missing = unknownPlaceholder(html, planned); !missing.isEmpty()) {
        std::fprintf(stderr, "%s in the HTML names no <a name> anchor\n", qPrintable(missing));
        return 1;
    }
    QTextDocument doc;
    setUpDocument(doc, &writer, *css, fillPageNumbers(html, planned), g.body.size());
    disclosure::paginate(doc);
    const QList<disclosure::Section> sections = disclosure::findSections(doc);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (i >= planned.size() || planned.at(i).page != sections.at(i).page) {
            std::fprintf(stderr, "table of contents out of step with the layout at %s\n",
                         qPrintable(sections.at(i).anchor));
            return 1;
        }
    }
    const int pageCount = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer)) {
        std::fprintf(stderr, "cannot start painting the PDF\n");
        return 1;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 1; page <= pageCount; ++page) {
        if (page > 1)
            writer.newPage();
        drawPageFrame(painter, e, g, page, pageCount, disclosure::sectionAt(sections, doc, page));
        painter.save();
        const double offset = (page - 1) * g.body.height();
        painter.translate(g.body.left(), g.body.top() - offset);
        const QRectF clip(0, offset, g.body.width(), g.body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // Qt culls per block, so the lines of a paragraph or table row that straddles two pages are drawn on both
        // and clipped away on the one they do not belong to (text extraction may still report them twice).
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    buffer.close();

    QByteArray pdf = buffer.data();
    if (!pinCreationDate(pdf))
        std::fprintf(stderr, "warning: no /CreationDate found; the file may not be reproducible\n");
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(outputPath));
        return 1;
    }
    std::printf("%s: %d pages, %lld bytes\n", qPrintable(outputPath), pageCount, static_cast<long long>(pdf.size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything reads the clock or builds a hash.
    qputenv("TZ", "UTC");
    // Needs no display: default to the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QHashSeed::setDeterministicGlobalSeed();
    QGuiApplication app(argc, argv);
    QStringList args = QGuiApplication::arguments();
    const Edition *edition = &kJapanese;
    if (args.size() == 4 && args.at(1) == u"--lang"_s && (args.at(2) == u"ja"_s || args.at(2) == u"en"_s)) {
        edition = args.at(2) == u"en"_s ? &kEnglish : &kJapanese;
        args.remove(1, 2);
    }
    if (args.size() != 2 || args.at(1).startsWith(u'-')) {
        std::fprintf(stderr, "usage: %s [--lang ja|en] OUTPUT.pdf\n",
                     qPrintable(args.value(0, u"clickar-make-disclosure"_s)));
        return 2;
    }
    return render(*edition, args.at(1));
}
