#pragma once

#include <QFont>
#include <QLabel>

#include <array>

namespace clickar {

// A word-wrapped QLabel that remembers its height for the last few widths. QLabel lays its whole text out again
// (shaping included) on every heightForWidth() call, and box layouts ask many times per layout pass; with
// Japanese text that was most of the time a screen took to appear. The answers are the same as QLabel's.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    struct Entry
    {
        int width = -1;
        int height = 0;
    };
    // What the remembered heights depend on besides the width; they are forgotten when any of it changes.
    struct Key
    {
        QString text;
        QFont font;
        QMargins margins;
        int margin = 0;
        int indent = 0;
        bool operator==(const Key &other) const = default;
    };
    Key currentKey() const;

    mutable Key m_key;
    mutable std::array<Entry, 4> m_entries;
    mutable std::size_t m_next = 0;
};

} // namespace clickar
