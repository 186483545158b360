#pragma once

#include <QPushButton>
#include <QUrl>

namespace clickar {

// A web address as a real button (not a link inside a label's rich text, which a screen reader does not announce
// when it takes the focus): shown as the address, named by the caller, a Tab stop, opened in the person's browser
// with Enter, Space or a click.
class LinkButton : public QPushButton
{
    Q_OBJECT

public:
    explicit LinkButton(QWidget *parent = nullptr);
    // `description` says where the address leads; it and the address form the accessible name.
    void setLink(const QUrl &url, const QString &description);
    QUrl url() const { return m_url; }

private:
    QUrl m_url;
};

} // namespace clickar
