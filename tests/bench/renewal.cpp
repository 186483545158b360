// Whole-renewal benchmark (docs/quality.md): the real app on its embedded demo service, scripted as a person would
// click it — login submitted → completion page shown — with the disclosure PDF opened on the way. Prints the
// time, the longest stall of the UI thread's event loop meanwhile, and the process's peak RSS.
// Usage: bench_renewal   (not part of ctest; tests/bench/renewal.sh runs it with the bare wizard as baseline)
#include "support/AppDriver.h"
#include "ui/ClickarApp.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStandardPaths>

#include <sys/resource.h>

#include <cstdio>

using namespace clickar;

namespace {
// Measures the longest gap between two ticks of a short timer: how long the UI thread was busy at a stretch.
class StallWatch : public QObject
{
public:
    // `where` names what is on screen, to tell where the longest stall happened.
    explicit StallWatch(std::function<QString()> where)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this, where = std::move(where)] {
            const double stall = m_sinceTick.nsecsElapsed() / 1e6 - tickMs;
            if (stall > m_longest) {
                m_longest = stall;
                m_where = where();
            }
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_timer.start(tickMs);
    }
    double longestMs() const { return m_longest; }
    QString where() const { return m_where; }

private:
    static constexpr int tickMs = 2;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
    QString m_where;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("clickar.*.info=false\nclickar.*.debug=false"));
    installTranslations(QStringLiteral("ja"));
    test::AppDriver d{test::AppDriver::WithoutService{}}; // the app and its embedded service alone
    if (!d.startEmbeddedApp(QStringLiteral("ja"), true))  // kiosk: no keychain, nothing left behind by a benchmark
        qFatal("the app did not start");
    MainWindow *window = d.window();
    window->resize(1200, 820);
    if (!d.typeInto("emailEdit", QStringLiteral("tanaka@example.jp")) ||
        !d.typeInto("passwordEdit", test::demoPassword))
        qFatal("login could not be typed");

    StallWatch stalls([&d] { return d.pageId() > 0 ? QStringLiteral("wizard page %1").arg(d.pageId()) : d.screen(); });
    QElapsedTimer renewal;
    renewal.start();
    d.click("loginButton");
    auto *code = d.find<QLabel>("mailOtpCode"); // as a person reads it in the demo mail panel
    if (!d.waitFor([&] { return d.screen() == QStringLiteral("otpScreen") && code->text().size() == 6; }))
        qFatal("timed out: the one-time password in the mail panel");
    if (!d.enterOtp(code->text()) || !d.waitFor([&] { return d.screen() == QStringLiteral("myPageScreen"); }))
        qFatal("timed out: MyPage");
    if (!d.openGuide() || !d.proceedToWizard())
        qFatal("timed out: the wizard");
    // Every page as a person fills it, the disclosure PDF opened and read on the way.
    if (!d.reachPage(CompletionPageId))
        qFatal("completion page not reached");
    const double totalMs = renewal.nsecsElapsed() / 1e6;

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("renewal-ms %.1f\nlongest-stall-ms %.1f\nlongest-stall-after %s\npeak-rss-kb %ld\n", totalMs,
                stalls.longestMs(), qPrintable(stalls.where()), usage.ru_maxrss);
    return 0;
}
