#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

// The few looks the MyPage screens share: titles, message colours, the card behind a form.
namespace clickar::style {

QString errorLabel(); // dark red text on a light red band
QString infoLabel();  // dark green text on a light green band
QString hintLabel();  // secondary grey text
QString card();       // a white panel with a thin border (object name "card")
// Makes `label` a screen title (larger, bold) or a section heading (bold).
void makeTitle(QLabel *label);
void makeHeading(QLabel *label);
// A horizontal row holding `widget` centred, at most `maxWidth` wide.
QWidget *centred(QWidget *widget, int maxWidth, QWidget *parent);
// Lays out `screen` as one card with a title, centred (at most maxWidth wide) and scrolling when the window is
// too small for it; returns the card's layout (its parentWidget() is the card) for the rest of the content.
QVBoxLayout *centredCard(QWidget *screen, const QString &title, int maxWidth = 520);

} // namespace clickar::style
