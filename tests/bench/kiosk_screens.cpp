// Screenshots of the kiosk's dialogs for a visual check: the administrator's PIN pad after a wrong PIN, the idle
// countdown, and the completion page's countdown with 「終了する」, in the kiosk's full-screen window.
// Usage: kiosk_screens OUT_DIR [ja|en] [switched]   — e.g. under `xvfb-run -a`. Not part of ctest.
#include "bench/Screenshots.h"
#include "support/AppDriver.h"
#include "ui/IdleCountdownDialog.h"
#include "ui/KioskGuard.h"
#include "ui/KioskPin.h"

#include <QApplication>
#include <QDialog>
#include <QSettings>

using namespace clickar;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const test::Screenshots shots(argc, argv, "kiosk_screens");
    test::AppDriver d;
    QSettings().setValue(QLatin1String(KioskPin::settingsKey), KioskPin::hash(QStringLiteral("4821")));
    if (!d.startApp(shots.startLanguage, true))
        qFatal("the kiosk did not start");
    MainWindow *window = d.window();
    KioskGuard *guard = d.app()->kioskGuard();

    if (!d.pressKey(Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier))
        qFatal("PIN pad");
    auto *pad = window->findChild<QDialog *>(QStringLiteral("kioskPinDialog"));
    if (!pad || !d.typeKeys(QStringLiteral("1111")) || !d.pressKey(Qt::Key_Return))
        qFatal("PIN pad");
    shots.save(pad, QStringLiteral("kiosk-pin.png"));
    pad->reject();

    if (!d.logIn(QStringLiteral("tanaka@example.jp")))
        qFatal("login");
    guard->setIdleTimeoutSeconds(1);
    d.pressKey(Qt::Key_Shift);
    if (!test::AppDriver::waitFor([guard] { return guard->countdown()->isVisible(); }))
        qFatal("countdown");
    shots.save(guard->countdown(), QStringLiteral("kiosk-idle.png"));
    guard->setIdleTimeoutSeconds(600);
    guard->countdown()->stop();

    if (!d.openGuide() || !d.proceedToWizard() || !d.reachPage(CompletionPageId))
        qFatal("completion");
    shots.save(window, QStringLiteral("kiosk-completion.png"));
    return 0;
}
