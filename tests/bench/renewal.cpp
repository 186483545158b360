// Whole-renewal benchmark (docs/quality.md): the real app on its embedded demo service, scripted as a person would
// click it — login submitted → completion page shown — with the disclosure PDF opened on the way. Prints the
// time, the longest stall of the UI thread's event loop meanwhile, and the process's peak RSS.
// Usage: bench_renewal   (not part of ctest; tests/bench/renewal.sh runs it with the bare wizard as baseline)
#include "ui/ClickarApp.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "wizard/PageDriver.h"

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
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_sinceTick.nsecsElapsed() / 1e6 - tickMs);
            m_sinceTick.restart();
        });
        m_sinceTick.start();
        m_timer.start(tickMs);
    }
    double longestMs() const { return m_longest; }

private:
    static constexpr int tickMs = 2;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};

template<typename T> T *find(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void waitOrDie(const std::function<bool()> &condition, const char *what)
{
    if (!QTest::qWaitFor(condition, 15000))
        qFatal("timed out: %s", what);
}

void checkAndNext(QWizard *wizard, const QStringList &boxes, int nextId)
{
    for (const QString &name : boxes)
        wizard->currentPage()->findChild<QCheckBox *>(name)->click();
    if (!test::clickForwardTo(wizard, nextId))
        qFatal("page %d not reached", nextId);
}

void choose(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index < 0)
        qFatal("no choice %d in %s", value, qPrintable(combo->objectName()));
    combo->setCurrentIndex(index);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("clickar.*.info=false\nclickar.*.debug=false"));
    installTranslations(QStringLiteral("ja"));
    AppOptions options;
    options.kiosk = true; // no keychain: nothing left behind by a benchmark
    ClickarApp clickar(options);
    QString error;
    if (!clickar.start(&error))
        qFatal("%s", qPrintable(error));
    MainWindow *window = clickar.window();
    window->resize(1200, 820);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qFatal("not shown");
    QTest::keyClicks(find<QLineEdit>(window, "emailEdit"), QStringLiteral("tanaka@example.jp"));
    QTest::keyClicks(find<QLineEdit>(window, "passwordEdit"), QStringLiteral("Clickar#2026"));

    StallWatch stalls;
    QElapsedTimer renewal;
    renewal.start();
    find<QPushButton>(window, "loginButton")->click();
    waitOrDie([&] { return window->currentScreen()->objectName() == QStringLiteral("otpScreen"); }, "otp screen");
    auto *code = find<QLabel>(window, "mailOtpCode"); // as a person reads it in the demo mail panel
    waitOrDie([&] { return code->text().size() == 6; }, "the one-time password in the mail panel");
    QTest::keyClicks(find<QLineEdit>(window, "otpEdit"), code->text());
    find<QPushButton>(window, "verifyButton")->click();
    waitOrDie([&] { return window->currentScreen()->objectName() == QStringLiteral("myPageScreen"); }, "MyPage");
    QPushButton *renew = nullptr;
    waitOrDie(
        [&] {
            for (QPushButton *b : window->findChildren<QPushButton *>())
                if (b->objectName().startsWith(QStringLiteral("renewButton_")) && b->isEnabled())
                    renew = b;
            return renew != nullptr;
        },
        "a renewable contract");
    renew->click();
    auto *proceed = find<QPushButton>(window, "proceedButton");
    waitOrDie([&] { return proceed->isVisible() && proceed->isEnabled(); }, "the guide");
    proceed->click();
    waitOrDie([&] { return window->wizard() != nullptr; }, "the wizard");
    RenewalWizard *wizard = window->wizard();
    checkAndNext(wizard, {QStringLiteral("preconfirmChecked")}, BasicInfoPageId);
    test::answerNextMessageBox(QMessageBox::Ok);
    checkAndNext(wizard, {QStringLiteral("driverRangeConfirmed"), QStringLiteral("basicConfirmed")}, CoveragePageId);
    checkAndNext(wizard, {QStringLiteral("coverageConfirmed")}, ContractDetailsPageId);
    const QDate licence = wizard->controller()->renewal().newPeriod.start.addYears(1);
    choose(find<QComboBox>(wizard, "nextLicenceYearCombo"), licence.year());
    choose(find<QComboBox>(wizard, "nextLicenceMonthCombo"), licence.month());
    checkAndNext(wizard, {QStringLiteral("detailsConfirmed")}, DecisionPageId);
    if (!test::driveTo(wizard, CompletionPageId))
        qFatal("completion page not reached");
    const double totalMs = renewal.nsecsElapsed() / 1e6;

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("renewal-ms %.1f\nlongest-stall-ms %.1f\npeak-rss-kb %ld\n", totalMs, stalls.longestMs(),
                usage.ru_maxrss);
    return 0;
}
