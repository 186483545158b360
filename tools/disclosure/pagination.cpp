#include "pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace disclosure {

namespace {

// Document y of the middle of the block's first line (blocks inside table cells included).
double firstLineY(const QTextDocument &doc, const QTextBlock &block)
{
    double y = doc.documentLayout()->blockBoundingRect(block).top();
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0) {
        const QTextLine line = layout->lineAt(0);
        y += line.y() + line.height() / 2;
    }
    return y;
}

int pageOf(const QTextDocument &doc, const QTextBlock &block)
{
    return static_cast<int>(firstLineY(doc, block) / doc.pageSize().height());
}

QTextTable *tableOf(const QTextBlock &block)
{
    return QTextCursor(block).currentTable();
}

bool hasSectionAnchor(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        for (const QString &name : it.fragment().charFormat().anchorNames()) {
            if (name.startsWith(u"sec"_s))
                return true;
        }
    }
    return false;
}

// A heading paragraph: outside any table, short, and bold from start to end.
bool isHeadingParagraph(const QTextBlock &block)
{
    const QString text = block.text().trimmed();
    if (text.isEmpty() || text.size() > 60 || tableOf(block))
        return false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.text().trimmed().isEmpty())
            continue;
        if (fragment.charFormat().fontWeight() < QFont::Bold &&
            fragment.charFormat().background().style() == Qt::NoBrush)
            return false;
    }
    return true;
}

// The first block with text after `block`, skipping the rest of `skipTable` and the header rows of a table
// (a heading over a table belongs with the table's first body row, not with its repeated header).
QTextBlock nextContent(const QTextBlock &block, const QTextTable *skipTable)
{
    QTextBlock next = block.next();
    while (next.isValid() && (next.text().trimmed().isEmpty() || (skipTable && tableOf(next) == skipTable)))
        next = next.next();
    if (!next.isValid())
        return next;
    if (QTextTable *table = tableOf(next)) {
        const int headerRows = table->format().headerRowCount();
        if (headerRows > 0 && headerRows < table->rows() && table->cellAt(next.position()).row() < headerRows)
            return table->cellAt(headerRows, 0).firstCursorPosition().block();
    }
    return next;
}

QTextBlock previousContent(const QTextBlock &block)
{
    QTextBlock previous = block.previous();
    while (previous.isValid() && previous.text().trimmed().isEmpty())
        previous = previous.previous();
    return previous;
}

} // namespace

QList<Section> findSections(const QTextDocument &doc)
{
    QList<Section> sections;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (!name.startsWith(u"sec"_s))
                    continue;
                const double top = doc.documentLayout()->blockBoundingRect(block).top();
                sections.append({name, block.text().simplified(), top, pageOf(doc, block) + 1});
            }
        }
    }
    return sections;
}

QString sectionAt(const QList<Section> &sections, const QTextDocument &doc, int page)
{
    const double pageHeight = doc.pageSize().height();
    const double limit = (page - 1) * pageHeight + pageHeight * 0.15;
    QString title;
    for (const Section &s : sections) {
        if (s.top < limit)
            title = s.title;
    }
    return title;
}

namespace {

// Qt's incremental relayout after a format change can drop the paragraphs that follow a table from the layout;
// lay the whole document out again instead.
void relayout(QTextDocument &doc)
{
    doc.markContentsDirty(0, doc.characterCount());
}

// Finds one heading that sits at the foot of a page apart from what follows it and starts a page with it.
bool moveOneOrphanHeading(QTextDocument &doc)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextTable *bar = hasSectionAnchor(block) ? tableOf(block) : nullptr;
        if (!bar && !isHeadingParagraph(block))
            continue;
        // The block that starts the heading (the bar's first cell) and the content that follows it.
        const QTextBlock first = bar ? bar->cellAt(0, 0).firstCursorPosition().block() : block;
        const QTextBlock next = nextContent(block, bar);
        const QTextBlock previous = previousContent(first);
        if (!next.isValid() || !previous.isValid())
            continue;
        const int page = pageOf(doc, first);
        // Already at the top of its page (nothing before it there): moving it again would not help.
        if (pageOf(doc, next) == page || pageOf(doc, previous) != page)
            continue;
        if (bar) {
            QTextTableFormat format = bar->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            bar->setFormat(format);
        } else {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
        }
        relayout(doc);
        return true;
    }
    return false;
}

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

// When a table's last row ends right at the foot of a page, Qt lets the table's bottom border spill onto the
// next page and paints the repeated header rows there, over whatever follows the table. A table whose body fits
// on one page does not need the repeated header: drop it. Returns true when it changed something.
bool fixOneHeaderSpill(QTextDocument &doc)
{
    QList<QTextTable *> tables;
    collectTables(doc.rootFrame(), tables);
    const double pageHeight = doc.pageSize().height();
    for (QTextTable *table : tables) {
        QTextTableFormat format = table->format();
        const int headerRows = format.headerRowCount();
        if (headerRows <= 0 || headerRows >= table->rows())
            continue;
        double rowsBottom = 0;
        for (int column = 0; column < table->columns(); ++column) {
            const QTextBlock last = table->cellAt(table->rows() - 1, column).lastCursorPosition().block();
            rowsBottom = std::max(rowsBottom, doc.documentLayout()->blockBoundingRect(last).bottom());
        }
        const double frameBottom = doc.documentLayout()->frameBoundingRect(table).bottom();
        const int lastRowPage = static_cast<int>((rowsBottom - 1) / pageHeight);
        if (static_cast<int>((frameBottom - 1) / pageHeight) <= lastRowPage)
            continue;
        const QTextBlock firstBody = table->cellAt(headerRows, 0).firstCursorPosition().block();
        if (pageOf(doc, firstBody) != lastRowPage) {
            std::fprintf(stderr, "warning: a table spanning pages ends at a page foot; its header repeats once more\n");
            continue;
        }
        format.setHeaderRowCount(0);
        table->setFormat(format);
        relayout(doc);
        return true;
    }
    return false;
}

} // namespace

int paginate(QTextDocument &doc)
{
    int changes = 0;
    while (changes < 50 && (moveOneOrphanHeading(doc) || fixOneHeaderSpill(doc)))
        ++changes;
    return changes;
}

} // namespace disclosure
