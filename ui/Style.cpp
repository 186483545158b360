#include "ui/Style.h"

#include "ui/WrappedLabel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace clickar::style {

QString errorLabel()
{
    return QStringLiteral("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f1b5b0;"
                          " border-radius: 4px; padding: 6px 8px; }");
}

QString infoLabel()
{
    return QStringLiteral("QLabel { color: #1e5a2d; background: #e8f5ec; border: 1px solid #b3dcbf;"
                          " border-radius: 4px; padding: 6px 8px; }");
}

QString hintLabel()
{
    return QStringLiteral("QLabel { color: #555555; }");
}

QString card()
{
    return QStringLiteral("QFrame#card { background: palette(base); border: 1px solid #d0d5dd; border-radius: 8px; }");
}

void makeTitle(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
}

void makeHeading(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setBold(true);
    label->setFont(font);
}

QWidget *centred(QWidget *widget, int maxWidth, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    widget->setMaximumWidth(maxWidth);
    layout->addStretch();
    layout->addWidget(widget, 1);
    layout->addStretch();
    return row;
}

QVBoxLayout *centredCard(QWidget *screen, const QString &title, int maxWidth)
{
    auto *card = new QFrame(screen);
    card->setObjectName(QStringLiteral("card"));
    card->setStyleSheet(style::card());
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(8);
    auto *heading = new WrappedLabel(title, card);
    heading->setObjectName(QStringLiteral("screenTitle"));
    makeTitle(heading);
    layout->addWidget(heading);

    auto *content = new QWidget(screen);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addStretch();
    contentLayout->addWidget(centred(card, maxWidth, content));
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(screen);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(screen);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return layout;
}

} // namespace clickar::style
