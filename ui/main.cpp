// Clickar desktop: renewal of group-handled auto insurance policies.
#include "ui/AppSettings.h"
#include "ui/ClickarApp.h"
#include "ui/KioskPin.h"
#include "ui/KioskPinSetup.h"
#include "ui/MainWindow.h"
#include "ui/MessageBoxes.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace {

// Ends the process once the window has painted (the start-up benchmark measures up to here).
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // The moment of the first paint, for the start-up benchmark (tests/bench/startup.sh).
            const auto now = std::chrono::system_clock::now().time_since_epoch();
            std::printf("first-paint-ns %lld\n",
                        static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    if (clickar::wantsSetKioskPin(argc, argv)) // on a terminal, without a display
        return clickar::runSetKioskPin(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Clickar"));
    QApplication::setOrganizationName(QStringLiteral("Clickar"));
    QApplication::setApplicationVersion(QStringLiteral(CLICKAR_VERSION));
    // The desktop entry and icon the package installs (packaging/): the desktop matches the window to them.
    QGuiApplication::setDesktopFileName(QStringLiteral("jp.example.Clickar"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("jp.example.Clickar")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Clickar desktop — renewal of group auto insurance"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Renewal service URL (https://…)."),
                                    QStringLiteral("url"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("UI language: ja (default) or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"),
                                   QStringLiteral("Kiosk mode: full screen, touch-sized, wiped when left idle; "
                                                  "needs an administrator PIN (--set-kiosk-pin)."));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
                                         QStringLiteral("Kiosk mode: seconds without input before the countdown to "
                                                        "the wipe (default 120)."),
                                         QStringLiteral("seconds"));
    const QCommandLineOption setKioskPin(QStringLiteral("set-kiosk-pin"),
                                         QStringLiteral("Set the administrator PIN that leaves kiosk mode (asked "
                                                        "twice on the terminal) and exit."));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("Demo service date (YYYY-MM-DD)."),
                                   QStringLiteral("date"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Demo service seed data (JSON)."),
                                  QStringLiteral("file"));
    const QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"),
                                            QStringLiteral("Exit once the login window has painted."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QStringLiteral("Also trust this certificate authority (PEM) for the service."),
                                    QStringLiteral("file"));
    parser.addOptions({server, lang, kiosk, idleTimeout, setKioskPin, today, data, caFile, quitAfterPaint});
    parser.process(app);

    // The command line wins over the user's settings file and that over the site's (kiosk: the site's wins).
    clickar::AppSettings settings;
    settings.load(clickar::AppSettings::fromCommandLine(parser));
    clickar::installTranslations(settings.language());

    clickar::AppOptions options;
    QString error;
    if (!settings.apply(&options, &error)) {
        std::fprintf(stderr, "clickar: %s\n", qPrintable(error));
        clickar::MessageBoxes::critical(nullptr, QCoreApplication::translate("main", "Clickar"), error);
        return 1;
    }
    options.today = QDate::fromString(parser.value(today), Qt::ISODate);
    options.dataFile = parser.value(data);

    if (options.kiosk && !clickar::KioskPin::isHash(clickar::KioskPin::storedHash())) {
        const QString refusal = QCoreApplication::translate(
            "main", "Kiosk mode needs an administrator PIN to leave it, and none is set. Set one first with:\n"
                    "    clickar --set-kiosk-pin");
        std::fprintf(stderr, "%s\n", qPrintable(refusal));
        clickar::MessageBoxes::critical(nullptr, QCoreApplication::translate("main", "Clickar"), refusal);
        return 1;
    }
    // The demo keeps its progress in the app's data folder; a kiosk writes nothing about a person to the disk.
    if (options.server.isEmpty() && !options.kiosk) {
        options.demoDatabase = clickar::ClickarApp::standardDemoDatabase(&error);
        if (options.demoDatabase.isEmpty()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Clickar"), error);
            return 1;
        }
    }
    clickar::ClickarApp clickar(options);
    if (!clickar.start(&error)) {
        clickar::MessageBoxes::critical(nullptr, QCoreApplication::translate("main", "Clickar"), error);
        return 1;
    }
    QuitAfterFirstPaint quitter;
    if (parser.isSet(quitAfterPaint))
        clickar.window()->installEventFilter(&quitter);
    clickar.window()->show();
    return app.exec();
}
