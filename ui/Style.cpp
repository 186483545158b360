#include "ui/Style.h"

#include "ui/WrappedLabel.h"

#include <QApplication>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcStyle, "clickar.style")

namespace clickar::style {

namespace {
// The palette in use: the first loaded sheet's (or the default sheet's, read when first asked for).
QHash<QString, QString> &currentPalette()
{
    static QHash<QString, QString> palette;
    return palette;
}

QStringList &loaded()
{
    static QStringList sheets;
    return sheets;
}

bool readSheet(const QString &path, QString *text)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    *text = QString::fromUtf8(file.readAll());
    return true;
}

const QRegularExpression &commentPattern()
{
    static const QRegularExpression pattern(QStringLiteral("/\\*.*?\\*/"),
                                            QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}
} // namespace

QHash<QString, QString> paletteOf(const QString &sheet)
{
    // Only the header comment holds the table: "@name #rrggbb" at the start of a line (after the " * ").
    QHash<QString, QString> palette;
    const QRegularExpressionMatch header = commentPattern().match(sheet);
    if (!header.hasMatch())
        return palette;
    static const QRegularExpression entry(QStringLiteral("^[\\s*]*@([A-Za-z]\\w*)\\s+(#[0-9A-Fa-f]{3,8})\\b"),
                                          QRegularExpression::MultilineOption);
    for (auto it = entry.globalMatch(header.captured()); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        palette.insert(m.captured(1), m.captured(2));
    }
    return palette;
}

QString expandTokens(const QString &sheet, const QHash<QString, QString> &palette, QStringList *unknown)
{
    // Comments go first (they mention tokens in prose, and Qt has no use for them).
    QString rules = sheet;
    rules.remove(commentPattern());
    static const QRegularExpression token(QStringLiteral("@([A-Za-z]\\w*)"));
    QString out;
    out.reserve(rules.size());
    qsizetype from = 0;
    for (auto it = token.globalMatch(rules); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(rules).mid(from, m.capturedStart() - from);
        const auto colour = palette.constFind(m.captured(1));
        if (colour != palette.constEnd())
            out += *colour;
        else if (unknown)
            unknown->append(m.captured());
        from = m.capturedEnd();
    }
    out += QStringView(rules).mid(from);
    return out;
}

bool loadStyleSheets(const QStringList &paths, QString *error)
{
    QStringList problems;
    QString combined;
    QHash<QString, QString> palette;
    for (const QString &path : paths) {
        QString text;
        if (!readSheet(path, &text)) {
            problems.append(QStringLiteral("cannot read %1").arg(path));
            continue;
        }
        if (palette.isEmpty())
            palette = paletteOf(text);
        QStringList unknown;
        combined += expandTokens(text, palette, &unknown);
        combined += QLatin1Char('\n');
        if (!unknown.isEmpty())
            problems.append(QStringLiteral("%1: unknown colour %2").arg(path, unknown.join(QStringLiteral(", "))));
    }
    currentPalette() = palette;
    loaded() = paths;
    if (qApp->styleSheet() != combined) // setting it again would re-polish every widget for nothing
        qApp->setStyleSheet(combined);
    if (!problems.isEmpty()) {
        qCWarning(lcStyle).noquote() << problems.join(QStringLiteral("; "));
        if (error)
            *error = problems.join(QStringLiteral("; "));
        return false;
    }
    return true;
}

void applyKioskLook(bool kiosk)
{
    // Fonts derived from the application's (titles, the one-time password) keep their proportions.
    static const QFont standard = QApplication::font();
    QFont font = standard;
    if (kiosk && standard.pointSizeF() > 0)
        font.setPointSizeF(standard.pointSizeF() * 1.25);
    else if (kiosk)
        font.setPixelSize(standard.pixelSize() * 5 / 4);
    if (QApplication::font() != font)
        QApplication::setFont(font);
    QStringList sheets{QString::fromLatin1(defaultSheet)};
    if (kiosk)
        sheets.append(QString::fromLatin1(kioskSheet));
    loadStyleSheets(sheets);
}

void ensureStyleSheets()
{
    if (loaded().isEmpty())
        loadStyleSheets({QString::fromLatin1(defaultSheet)});
}

QStringList loadedStyleSheets()
{
    return loaded();
}

QColor colour(const QString &name)
{
    if (currentPalette().isEmpty()) {
        QString text;
        if (readSheet(QString::fromLatin1(defaultSheet), &text))
            currentPalette() = paletteOf(text);
    }
    return QColor::fromString(currentPalette().value(name));
}

void setState(QWidget *widget, const char *property, const QVariant &value)
{
    if (widget->property(property) == value)
        return;
    widget->setProperty(property, value);
    if (widget->testAttribute(Qt::WA_WState_Polished)) // otherwise the rules apply when it is first shown
        repolish(widget);
}

void repolish(QWidget *widget)
{
    // Children too: rules such as `QWidget[role="step"][current="true"] QLabel` depend on an ancestor's property.
    QList<QWidget *> widgets = widget->findChildren<QWidget *>();
    widgets.prepend(widget);
    for (QWidget *w : std::as_const(widgets)) {
        w->style()->unpolish(w);
        w->style()->polish(w);
        // A frame (a label too) measures the rule's border and padding only on a style change: without it, a label
        // that became a message band drew its text on the band's edge.
        QEvent styleChange(QEvent::StyleChange);
        QCoreApplication::sendEvent(w, &styleChange);
    }
    widget->update();
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
    card->setProperty("role", QStringLiteral("card"));
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
    scroll->setFocusPolicy(Qt::NoFocus); // no unnamed Tab stop: it scrolls to the focused input
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(screen);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return layout;
}

} // namespace clickar::style
