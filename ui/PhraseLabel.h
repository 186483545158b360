#pragma once

#include <QLabel>

namespace clickar {

// A label whose lines break only between words: at spaces, and in Japanese, which has none, after the phrase marks
// 、・：）」 and before （「 (and at a zero-width space U+200B a translation may put into a long compound). A term
// such as 「ロードアシスタンス特約」 is never broken inside (QLabel's word wrap breaks Japanese between any two
// characters), so the label is at least as wide as its longest term: a layout that cannot give it that much
// scrolls instead of breaking a word. text() is the text as given; the alignment's horizontal part is followed,
// the text starts at the top.
class PhraseLabel : public QLabel
{
    Q_OBJECT

public:
    explicit PhraseLabel(const QString &text = {}, QWidget *parent = nullptr);

    // The lines shown at `width` (the text's width; the label's own when -1), each paragraph's lines in turn.
    QStringList lines(int width = -1) const;
    // Room around the text inside the contents rectangle (a style sheet sets a label's contents margins itself).
    void setPadding(const QMargins &padding);
    // Where a line may end in `text`: after position i - 1 and before i.
    static bool canBreakBefore(const QString &text, qsizetype i);

    // Where the text is laid out: the contents rectangle less the padding.
    QRect textRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMargins around() const;
    QSize contentsSizeFor(int width) const;

    QMargins m_padding;
};

} // namespace clickar
