#pragma once

#include <QStringList>

class QLabel;

namespace clickar::test {

// The lines a label shows at its width: PhraseLabel's own, or those of QLabel's word wrap (QPainter's, a
// QTextLayout with QTextOption::WordWrap).
QStringList shownLines(const QLabel *label);

// What is wrong with how `label` shows its text: a line break between two letters (inside a word: Japanese has no
// spaces, so inside a term), a line wider than the label, text not shown. Empty when nothing is.
QString brokenWords(const QLabel *label);

} // namespace clickar::test
