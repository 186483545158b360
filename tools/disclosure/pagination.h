// Pagination helpers for clickar-make-disclosure: where things land once a QTextDocument is laid out in pages
// (QTextDocument::setPageSize), and a "keep with next" rule for headings that Qt's rich text does not have.
#pragma once

#include <QList>
#include <QString>

class QTextDocument;

namespace disclosure {

struct Section
{
    QString anchor; // "sec1" … from <a name="sec1"> in the HTML
    QString title;  // the heading's text
    double top = 0; // document y of the heading, in device pixels
    int page = 0;   // 1-based page the heading lands on
};

// The headings marked with anchors named "secN", in document order.
QList<Section> findSections(const QTextDocument &doc);

// The section in force at the top of page `page` (1-based): the last one that started before it, or one that
// starts near the top of the page. Empty before the first section (the cover).
QString sectionAt(const QList<Section> &sections, const QTextDocument &doc, int page);

// Fixes what Qt's pagination gets wrong for this document, relaying it out after each change:
// - "keep with next": a heading (a short all-bold paragraph outside tables, or a section bar) that would sit at
//   the foot of a page apart from what follows it starts the next page instead;
// - a table whose bottom border spills onto the next page gets its repeated header painted there, over the
//   following text; such a table loses its repeated header when its body fits on one page.
// Returns the number of changes made.
int paginate(QTextDocument &doc);

} // namespace disclosure
