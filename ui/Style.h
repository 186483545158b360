#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

class QLabel;
class QVBoxLayout;
class QWidget;

// The application's look: one stylesheet (resources/style/clickar.qss) with one palette, loaded once for the
// whole application; widgets carry dynamic properties (role, error, message…) that the sheet's rules select.
namespace clickar::style {

// The application's own sheet.
inline constexpr auto defaultSheet = ":/style/clickar.qss";
// Kiosk mode's, on top of it: touch-sized targets (at least 48 × 48 px), more spacing.
inline constexpr auto kioskSheet = ":/style/kiosk.qss";

// Loads the default sheet, and for kiosk mode the kiosk sheet on top of it with the application's type 1.25 times
// larger (the default size otherwise). Before the first widget is built.
void applyKioskLook(bool kiosk);

// Loads `paths` in order as the application's stylesheet (a later sheet's rules win over an earlier one's of the
// same specificity: kiosk mode puts its sheet on top of the default one). The palette is the first sheet's; its
// @name tokens are replaced in every sheet. Returns false (and says why) when a sheet cannot be read or uses an
// unknown token; what could be read is loaded all the same.
bool loadStyleSheets(const QStringList &paths, QString *error = nullptr);
// Loads the default sheet unless the application has one of ours already (idempotent, cheap): for the windows
// that tests and tools build on their own, without ClickarApp.
void ensureStyleSheets();
// The sheets loaded by loadStyleSheets(), in order (empty before).
QStringList loadedStyleSheets();

// The palette table of a sheet's header ("@name #rrggbb" lines) and a sheet with its tokens replaced.
QHash<QString, QString> paletteOf(const QString &sheet);
QString expandTokens(const QString &sheet, const QHash<QString, QString> &palette, QStringList *unknown = nullptr);
// One colour of the loaded palette (the default sheet's if none is loaded), e.g. colour("error"); for code that
// paints by hand. Invalid for an unknown name.
QColor colour(const QString &name);

// Sets a dynamic property the sheet selects on and, when it changed, re-polishes `widget` and its children so
// that the rules apply (Qt restyles a widget on its own only when its stylesheet changes).
void setState(QWidget *widget, const char *property, const QVariant &value);
// Unpolishes and polishes `widget` and every widget inside it.
void repolish(QWidget *widget);

// Makes `label` a screen title (larger, bold) or a section heading (bold).
void makeTitle(QLabel *label);
void makeHeading(QLabel *label);
// A horizontal row holding `widget` centred, at most `maxWidth` wide.
QWidget *centred(QWidget *widget, int maxWidth, QWidget *parent);
// Lays out `screen` as one card with a title, centred (at most maxWidth wide) and scrolling when the window is
// too small for it; returns the card's layout (its parentWidget() is the card) for the rest of the content.
QVBoxLayout *centredCard(QWidget *screen, const QString &title, int maxWidth = 520);

} // namespace clickar::style
