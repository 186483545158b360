// Screenshots of the screens before the wizard for a visual check: login (empty and with an error), one-time
// password, MyPage, the renewal guidance and wizard pages 1–4, on the app's own embedded demo service; the demo mail
// panel's message when the service cannot be read.
// Usage: mypage_screens OUT_DIR [ja|en]   — e.g. under `xvfb-run -a` with QT_SCALE_FACTOR=2. Not part of ctest.
#include "bench/Screenshots.h"
#include "support/AppDriver.h"
#include "ui/ClickarApp.h"
#include "ui/MainWindow.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QAction>
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

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const test::Screenshots shots(argc, argv, "mypage_screens");
    const QString lang = shots.startLanguage;

    test::AppDriver d;
    if (!d.startEmbeddedApp(lang))
        qFatal("the app did not start");
    MainWindow *window = d.window();
    window->resize(1200, 820);
    d.waitFor([&] { return d.find<QPushButton>("registrationLink")->isVisible(); }); // GET /support
    shots.save(window, QStringLiteral("login.png"));

    if (!d.submitLogin(QStringLiteral("tanaka@example.jp"), QStringLiteral("wrong-password")))
        qFatal("login");
    QTest::qWait(500);
    shots.save(window, QStringLiteral("login-error.png"));

    if (!d.typeInto("passwordEdit", test::demoPassword) || !d.click("loginButton"))
        qFatal("login");
    if (!d.waitFor([&] { return d.screen() == QStringLiteral("otpScreen"); }))
        qFatal("otp");
    auto *code = d.find<QLabel>("mailOtpCode");
    if (!QTest::qWaitFor([&] { return code->text().size() == 6; }, 10000))
        qFatal("no code in the mail panel");
    shots.save(window, QStringLiteral("otp.png"));
    if (!d.enterOtp(code->text()))
        qFatal("otp");
    if (!d.waitFor([&] { return d.screen() == QStringLiteral("myPageScreen"); }))
        qFatal("mypage");
    shots.save(window, QStringLiteral("mypage.png"));

    if (!d.openGuide())
        qFatal("guide");
    shots.save(window, QStringLiteral("guide.png"));
    if (!d.proceedToWizard())
        qFatal("wizard");
    shots.save(window, QStringLiteral("wizard-page1.png"));

    // Pages 2–4 as a person sees them (page 4 is left as it opens).
    const auto next = [&](int pageId, const char *file) {
        if (!d.passPage() || d.pageId() != pageId)
            qFatal("page %d not reached", pageId);
        shots.save(window, QString::fromLatin1(file));
    };
    next(BasicInfoPageId, "wizard-page2.png");
    next(CoveragePageId, "wizard-page3.png");
    next(ContractDetailsPageId, "wizard-page4.png");

    // The help dialog of page 4, its contacts loaded. (Page 4's month message does not show in the demo: with the
    // term starting in December, every month offered is accepted; tst_page4_details checks it.)
    if (!d.click(d.wizard()->button(QWizard::HelpButton)))
        qFatal("help");
    QWidget *help = nullptr;
    if (!d.waitFor([&] {
            help = d.wizard()->findChild<QWidget *>(QStringLiteral("helpDialog"));
            return help && help->isVisible() && help->findChild<QWidget *>(QStringLiteral("insurerWebsite"));
        }))
        qFatal("help dialog");
    QTest::qWait(200);
    shots.save(help, QStringLiteral("help.png"));
    d.click("helpCloseButton");

    // ログアウト from the wizard (it asks first): the login screen as the next person finds it.
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    d.find<QAction>("logoutAction")->trigger();
    if (!d.waitFor([&] { return d.screen() == QStringLiteral("loginScreen"); }))
        qFatal("login after logout");
    shots.save(window, QStringLiteral("after-logout.png"));

    // Back in: the renewal under way is 「手続き中（4/9）」 with 「続きから」.
    if (!d.logIn(QStringLiteral("tanaka@example.jp")))
        qFatal("login again");
    if (!d.waitFor([&] { return d.find<QPushButton>("continueButton_7012345601"); }))
        qFatal("no 続きから");
    QTest::qWait(300);
    shots.save(window, QStringLiteral("mypage-in-progress.png"));

    // The demo mail panel when the service cannot be read: a demo service of the driver's own, stopped.
    test::AppDriver gone;
    if (!gone.startApp(lang) || !gone.logIn(QStringLiteral("tanaka@example.jp")))
        qFatal("login on the second service");
    gone.stopService();
    if (!gone.click("mailRefreshButton") || !gone.waitFor([&] { return gone.find<QWidget>("mailError")->isVisible(); }))
        qFatal("no mail error");
    QTest::qWait(300);
    shots.save(gone.window(), QStringLiteral("mail-error.png"));
    return 0;
}
