#include "ui/WrappedLabel.h"

namespace clickar {

WrappedLabel::WrappedLabel(QWidget *parent)
    : WrappedLabel(QString(), parent)
{}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return {text(), font(), contentsMargins(), margin(), indent()};
}

int WrappedLabel::heightForWidth(int width) const
{
    if (!wordWrap() || !pixmap().isNull())
        return QLabel::heightForWidth(width);
    Key key = currentKey();
    if (!(key == m_key)) {
        m_key = std::move(key);
        m_entries.fill({});
    }
    for (const Entry &entry : m_entries) {
        if (entry.width == width)
            return entry.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_entries[m_next] = {width, height};
    m_next = (m_next + 1) % m_entries.size();
    return height;
}

} // namespace clickar
