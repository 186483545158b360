#include "ui/PhraseLabel.h"

#include <QPainter>

#include <cmath>

namespace clickar {

namespace {
// Not after ASCII , : / — inside figures, times and dates (¥2,980, 10:30, 2026/12/01) — where a space follows them
// in running text anyway.
const QString breakAfter = QStringLiteral("、。，・：）)」』】／\u200B");
const QString breakBefore = QStringLiteral("（(「『【");

// The pieces of one paragraph that a line never breaks inside.
QStringList phrases(const QString &paragraph)
{
    QStringList pieces;
    qsizetype start = 0;
    for (qsizetype i = 1; i < paragraph.size(); ++i) {
        if (PhraseLabel::canBreakBefore(paragraph, i)) {
            pieces.append(paragraph.mid(start, i - start));
            start = i;
        }
    }
    pieces.append(paragraph.mid(start));
    return pieces;
}

qreal advance(const QFontMetricsF &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text);
}

// The text of a line as shown: no spaces at its ends.
QString shown(const QString &line)
{
    return line.trimmed();
}
} // namespace

PhraseLabel::PhraseLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void PhraseLabel::setPadding(const QMargins &padding)
{
    m_padding = padding;
    updateGeometry();
    update();
}

QMargins PhraseLabel::around() const
{
    return contentsMargins() + m_padding;
}

QRect PhraseLabel::textRect() const
{
    return contentsRect().marginsRemoved(m_padding);
}

bool PhraseLabel::canBreakBefore(const QString &text, qsizetype i)
{
    if (i <= 0 || i >= text.size())
        return false;
    const QChar before = text.at(i - 1);
    const QChar after = text.at(i);
    if (after.isLowSurrogate() || after.isSpace())
        return false; // inside a character; spaces stay with the word before them
    return before.isSpace() || breakAfter.contains(before) || breakBefore.contains(after);
}

QStringList PhraseLabel::lines(int width) const
{
    if (width < 0)
        width = textRect().width();
    const QFontMetricsF metrics(font());
    QStringList result;
    for (const QString &paragraph : text().split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &piece : phrases(paragraph)) {
            const QString longer = line + piece;
            if (line.isEmpty() || advance(metrics, shown(longer)) <= width) {
                line = longer;
                continue;
            }
            result.append(shown(line));
            line = piece;
        }
        result.append(shown(line));
    }
    return result;
}

QSize PhraseLabel::contentsSizeFor(int width) const
{
    const QFontMetricsF metrics(font());
    const QStringList shownLines = lines(width);
    qreal widest = 0;
    for (const QString &line : shownLines)
        widest = std::max(widest, advance(metrics, line));
    return {int(std::ceil(widest)), int(std::ceil(metrics.lineSpacing() * shownLines.size()))};
}

QSize PhraseLabel::sizeHint() const
{
    return contentsSizeFor(QWIDGETSIZE_MAX).grownBy(around());
}

QSize PhraseLabel::minimumSizeHint() const
{
    return contentsSizeFor(0).grownBy(around()); // one phrase a line: the widest phrase
}

int PhraseLabel::heightForWidth(int width) const
{
    const QMargins m = around();
    return contentsSizeFor(width - m.left() - m.right()).height() + m.top() + m.bottom();
}

void PhraseLabel::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    drawFrame(&painter);
    const QRect area = textRect();
    const QFontMetricsF metrics(font());
    painter.setFont(font());
    painter.setPen(palette().color(foregroundRole()));
    qreal y = area.top();
    for (const QString &line : lines(area.width())) {
        const qreal width = advance(metrics, line);
        qreal x = area.left();
        const Qt::Alignment horizontal =
            QStyle::visualAlignment(layoutDirection(), alignment()) & Qt::AlignHorizontal_Mask;
        if (horizontal & Qt::AlignRight)
            x = area.right() + 1 - width;
        else if (horizontal & Qt::AlignHCenter)
            x = area.left() + (area.width() - width) / 2;
        painter.drawText(QPointF(x, y + metrics.ascent()), line);
        y += metrics.lineSpacing();
    }
}

} // namespace clickar
