#include "support/BrokenWords.h"

#include "ui/PhraseLabel.h"

#include <QFontMetricsF>
#include <QLabel>
#include <QTextLayout>

namespace clickar::test {

QStringList shownLines(const QLabel *label)
{
    if (const auto *phrases = qobject_cast<const PhraseLabel *>(label))
        return phrases->lines();
    QStringList lines;
    for (const QString &paragraph : label->text().split(QLatin1Char('\n'))) {
        if (!label->wordWrap()) {
            lines.append(paragraph);
            continue;
        }
        QTextLayout layout(paragraph, label->font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(label->contentsRect().width());
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

QString brokenWords(const QLabel *label)
{
    const QString text = label->text();
    const QFontMetricsF metrics(label->font());
    const auto *phrases = qobject_cast<const PhraseLabel *>(label);
    const int width = phrases ? phrases->textRect().width() : label->contentsRect().width();
    qsizetype end = -1; // where the previous line ended in `text`
    QStringList problems;
    for (const QString &line : shownLines(label)) {
        if (line.isEmpty())
            continue;
        const qsizetype at = text.indexOf(line, std::max<qsizetype>(end, 0));
        if (at < 0) {
            problems.append(QStringLiteral("'%1' not shown").arg(line));
            break;
        }
        if (end > 0 && at == end && text.at(at - 1).isLetterOrNumber() && text.at(at).isLetterOrNumber())
            problems.append(QStringLiteral("broken before '%1'").arg(line));
        if (metrics.horizontalAdvance(line) > width + 1)
            problems.append(QStringLiteral("'%1' cut off (%2 px wide in %3)")
                                .arg(line)
                                .arg(metrics.horizontalAdvance(line))
                                .arg(width));
        end = at + line.size();
    }
    return problems.isEmpty() ? QString() : QStringLiteral("'%1': %2").arg(text, problems.join(QStringLiteral(", ")));
}

} // namespace clickar::test
