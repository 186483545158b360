#pragma once

#include "ui/ClickarApp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace clickar {

// The app's options from its settings files and its command line (README "Settings"):
// - site-wide: Clickar/Clickar.conf in each folder of XDG_CONFIG_DIRS (/etc/xdg/Clickar/Clickar.conf by default;
//   of several, the first folder's value wins);
// - per user: Clickar/Clickar.conf in XDG_CONFIG_HOME (~/.config), the file QSettings() writes;
// - the command line.
// The command line wins over the user's file and the user's file over the site's, except for `kiosk`: a site's
// `kiosk` wins over the user's, so that a user cannot switch a kiosk off (the command line can only switch it on).
// Keys: server, caFile, language, kiosk, idleTimeout; other keys (kioskPinHash, email …) are left to their owners.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    // One source of values: a settings file, or the command line (file empty).
    struct Source
    {
        enum class Kind { Site, User, CommandLine };
        Kind kind = Kind::CommandLine;
        QString file;       // empty for the command line
        QVariantMap values; // by settings key; a relative caFile is already made absolute against the file's folder
        QString readError;  // the file exists but cannot be read or parsed
    };

    static QStringList siteFiles(); // every candidate, most important first (existing or not)
    static QString userFile();

    // The settings given on the command line: each key's option (optionOf) that is present, its value; `--kiosk`
    // is a switch and gives true. Options the parser does not define are simply absent.
    static QVariantMap fromCommandLine(const QCommandLineParser &parser);
    // Reads the files that exist; the command-line values are keyed like the settings (server, caFile …).
    void load(const QVariantMap &commandLine);
    // The language to show messages in even before apply(): the chosen one if it is valid, else Japanese.
    QString language() const;
    // Fills *options from the sources; false with *error naming the file (or the command-line option), the key and
    // what is wrong with the value, in the installed language.
    bool apply(AppOptions *options, QString *error) const;

    // The command-line option that sets a settings key (for messages): "--server", "--lang" …
    static QString optionOf(const QString &key);

private:
    // The value that wins for `key` and the source it comes from; nullptr when no source sets it.
    const Source *winner(const QString &key, QString *value) const;
    QString where(const Source &source, const QString &key) const;

    QList<Source> m_sources; // least important first
};

} // namespace clickar
