#include "ui/LinkButton.h"

#include <QDesktopServices>

namespace clickar {

LinkButton::LinkButton(QWidget *parent)
    : QPushButton(parent)
{
    setProperty("role", QStringLiteral("link"));
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    connect(this, &QPushButton::clicked, this, [this] {
        if (m_url.isValid())
            QDesktopServices::openUrl(m_url);
    });
}

void LinkButton::setLink(const QUrl &url, const QString &description)
{
    m_url = url;
    setText(url.toDisplayString());
    setAccessibleName(description.isEmpty() ? text() : QStringLiteral("%1: %2").arg(description, text()));
    setToolTip(description);
}

} // namespace clickar
