#include "ui/KioskPinSetup.h"

#include "ui/KioskPin.h"
#include "ui/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <optional>

#include <cstdio>

#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace clickar {

namespace {
constexpr auto flag = "--set-kiosk-pin";

// One line from standard input with the terminal's echo off (when it is a terminal); nullopt at end of input.
std::optional<QString> readSecretLine()
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[256];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr); // the answer was not echoed (or came from a pipe): the next line starts afresh
    if (!got)
        return std::nullopt;
    QString line = QString::fromLocal8Bit(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    std::memset(buffer, 0, sizeof buffer);
    return line;
}

void say(const QString &text)
{
    QTextStream(stderr) << text << Qt::flush;
}
} // namespace

bool wantsSetKioskPin(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], flag) == 0)
            return true;
    }
    return false;
}

int runSetKioskPin(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Clickar"));
    QCoreApplication::setOrganizationName(QStringLiteral("Clickar"));
    QCommandLineParser parser;
    const QCommandLineOption set(QStringLiteral("set-kiosk-pin"));
    const QCommandLineOption lang(QStringLiteral("lang"), {}, QStringLiteral("language"), QStringLiteral("ja"));
    parser.addOptions({set, lang});
    parser.parse(QCoreApplication::arguments()); // other options (--kiosk, --server…) do not matter here
    installTranslations(parser.value(lang));

    say(QCoreApplication::translate("KioskPinSetup", "Administrator PIN for leaving kiosk mode (4 to 12 digits): "));
    const std::optional<QString> first = readSecretLine();
    if (!first) {
        say(QCoreApplication::translate("KioskPinSetup", "No PIN was entered; nothing was changed.\n"));
        return 1;
    }
    if (!KioskPin::isAcceptable(*first)) {
        say(QCoreApplication::translate("KioskPinSetup",
                                        "The PIN must be 4 to 12 digits (0-9); nothing was changed.\n"));
        return 1;
    }
    say(QCoreApplication::translate("KioskPinSetup", "The same PIN again: "));
    const std::optional<QString> second = readSecretLine();
    if (!second || *second != *first) {
        say(QCoreApplication::translate("KioskPinSetup", "The two PINs differ; nothing was changed.\n"));
        return 1;
    }
    QSettings settings;
    settings.setValue(QLatin1String(KioskPin::settingsKey), KioskPin::hash(*first));
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        say(QCoreApplication::translate("KioskPinSetup", "The PIN could not be saved in %1.\n")
                .arg(settings.fileName()));
        return 1;
    }
    say(QCoreApplication::translate("KioskPinSetup", "The kiosk PIN was saved (only as a salted hash) in %1.\n")
            .arg(settings.fileName()));
    return 0;
}

} // namespace clickar
