#pragma once

#include <QObject>
#include <QString>

class QAction;
class QToolButton;
class QWidget;

namespace clickar {

// The UI language at run time, 日本語 ⇄ English. setLanguage() installs the language's catalogues and locale
// (ui/Translations); Qt then sends every widget QEvent::LanguageChange, on which each class retranslates itself in
// its changeEvent() — the one way screens follow the language. The choice is remembered in the settings (key
// `language`) unless the switch is told not to (kiosk mode, where every person starts in Japanese).
class LanguageSwitch : public QObject
{
    Q_OBJECT

public:
    LanguageSwitch(const QString &language, bool remember, QObject *parent = nullptr);
    ~LanguageSwitch() override;

    // The application's switch (there is one; null before it is made, e.g. a dialog tested on its own).
    static LanguageSwitch *instance();
    // The switch as a visible button (objectName "languageButton") for a dialog or a window of its own, which the
    // top bar does not reach; null without a switch.
    static QToolButton *makeButton(QWidget *parent);

    // "ja" or "en".
    QString language() const { return m_language; }
    // The top bar's switch: it names the other language in that language (「English」 / 「日本語」); Ctrl+Shift+L
    // anywhere in the application.
    QAction *action() const { return m_action; }

    void setLanguage(const QString &language);
    void toggle();

    // "en" for anything English, "ja" otherwise.
    static QString normalised(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    void updateAction();

    QString m_language;
    bool m_remember;
    QAction *m_action;
    static LanguageSwitch *s_instance;
};

} // namespace clickar
