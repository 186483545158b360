// Screenshots of the screens before the wizard for a visual check: login (empty and with an error), one-time
// password, MyPage, the renewal guidance and wizard pages 1–4, on the app's own embedded demo service.
// Usage: mypage_screens OUT_DIR [ja|en]   — e.g. under `xvfb-run -a` with QT_SCALE_FACTOR=2. Not part of ctest.
#include "support/AppDriver.h"
#include "ui/ClickarApp.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace clickar;

namespace {
void save(QWidget *window, const QString &path)
{
    QTest::qWait(300); // let layouts and answers from the demo service settle before the picture
    if (!window->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    std::printf("%s\n", qPrintable(path));
}

bool waitForScreen(MainWindow *window, const char *name)
{
    return QTest::qWaitFor([&] { return window->currentScreen()->objectName() == QLatin1String(name); }, 10000);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2)
        qFatal("usage: mypage_screens OUT_DIR [ja|en]");
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("ja");
    QDir().mkpath(out.path());
    installTranslations(lang);
    const QString prefix = out.filePath(lang + QStringLiteral("-x%1-").arg(qApp->devicePixelRatio()));

    test::AppDriver d;
    if (!d.startEmbeddedApp(lang))
        qFatal("the app did not start");
    MainWindow *window = d.window();
    window->resize(1200, 820);
    save(window, prefix + QStringLiteral("login.png"));

    if (!d.submitLogin(QStringLiteral("tanaka@example.jp"), QStringLiteral("wrong-password")))
        qFatal("login");
    QTest::qWait(500);
    save(window, prefix + QStringLiteral("login-error.png"));

    if (!d.typeInto("passwordEdit", test::demoPassword) || !d.click("loginButton"))
        qFatal("login");
    if (!waitForScreen(window, "otpScreen"))
        qFatal("otp");
    auto *code = d.find<QLabel>("mailOtpCode");
    if (!QTest::qWaitFor([&] { return code->text().size() == 6; }, 10000))
        qFatal("no code in the mail panel");
    save(window, prefix + QStringLiteral("otp.png"));
    if (!d.enterOtp(code->text()))
        qFatal("otp");
    if (!waitForScreen(window, "myPageScreen"))
        qFatal("mypage");
    save(window, prefix + QStringLiteral("mypage.png"));

    if (!d.openGuide())
        qFatal("guide");
    save(window, prefix + QStringLiteral("guide.png"));
    if (!d.proceedToWizard())
        qFatal("wizard");
    save(window, prefix + QStringLiteral("wizard-page1.png"));

    // Pages 2–4 as a person sees them (page 4 is left as it opens).
    const auto next = [&](int pageId, const char *file) {
        if (!d.passPage() || d.pageId() != pageId)
            qFatal("page %d not reached", pageId);
        save(window, prefix + QString::fromLatin1(file));
    };
    next(BasicInfoPageId, "wizard-page2.png");
    next(CoveragePageId, "wizard-page3.png");
    next(ContractDetailsPageId, "wizard-page4.png");
    return 0;
}
