// Screenshots of the screens before the wizard for a visual check: login (empty and with an error), one-time
// password, MyPage, the renewal guidance, wizard pages 1–4 and the login screen after ログアウト, on the app's own
// embedded demo service.
// Usage: mypage_screens OUT_DIR [ja|en]   — e.g. under `xvfb-run -a` with QT_SCALE_FACTOR=2. Not part of ctest.
#include "support/TestSupport.h"
#include "ui/ClickarApp.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
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

namespace {
void save(QWidget *window, const QString &path)
{
    QTest::qWait(300); // let layouts and answers from the demo service settle before the picture
    if (!window->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    std::printf("%s\n", qPrintable(path));
}

template<typename T> T *find(QWidget *root, const char *name)
{
    T *widget = root->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
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

    AppOptions options;
    options.language = lang;
    options.today = QDate(2026, 11, 25);
    ClickarApp clickar(options);
    QString error;
    if (!clickar.start(&error))
        qFatal("%s", qPrintable(error));
    MainWindow *window = clickar.window();
    window->resize(1200, 820);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        qFatal("not shown");
    save(window, prefix + QStringLiteral("login.png"));

    QTest::keyClicks(find<QLineEdit>(window, "emailEdit"), QStringLiteral("tanaka@example.jp"));
    QTest::keyClicks(find<QLineEdit>(window, "passwordEdit"), QStringLiteral("wrong-password"));
    find<QPushButton>(window, "loginButton")->click();
    QTest::qWait(500);
    save(window, prefix + QStringLiteral("login-error.png"));

    find<QLineEdit>(window, "passwordEdit")->clear();
    QTest::keyClicks(find<QLineEdit>(window, "passwordEdit"), QStringLiteral("Clickar#2026"));
    find<QPushButton>(window, "loginButton")->click();
    if (!waitForScreen(window, "otpScreen"))
        qFatal("otp");
    auto *code = find<QLabel>(window, "mailOtpCode");
    if (!QTest::qWaitFor([&] { return code->text().size() == 6; }, 10000))
        qFatal("no code in the mail panel");
    save(window, prefix + QStringLiteral("otp.png"));
    QTest::keyClicks(find<QLineEdit>(window, "otpEdit"), code->text());
    find<QPushButton>(window, "verifyButton")->click();
    if (!waitForScreen(window, "myPageScreen"))
        qFatal("mypage");
    save(window, prefix + QStringLiteral("mypage.png"));

    QPushButton *renew = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                for (QPushButton *b : window->findChildren<QPushButton *>())
                    if (b->objectName().startsWith(QStringLiteral("renewButton_")) && b->isEnabled())
                        renew = b;
                return renew != nullptr;
            },
            10000))
        qFatal("no renewable contract");
    renew->click();
    if (!waitForScreen(window, "guideScreen"))
        qFatal("guide");
    save(window, prefix + QStringLiteral("guide.png"));
    find<QPushButton>(window, "proceedButton")->click();
    if (!QTest::qWaitFor([&] { return window->wizard() != nullptr; }, 10000))
        qFatal("wizard");
    save(window, prefix + QStringLiteral("wizard-page1.png"));

    // Pages 2–4 as a person sees them (page 4 is left as it opens).
    RenewalWizard *wizard = window->wizard();
    const auto checkAndNext = [&](const QStringList &boxes, int nextId) {
        for (const QString &name : boxes) {
            auto *box = wizard->currentPage()->findChild<QCheckBox *>(name);
            if (!box)
                qFatal("no box %s", qPrintable(name));
            box->click();
        }
        wizard->button(QWizard::NextButton)->click();
        if (!QTest::qWaitFor([&] { return wizard->currentId() == nextId; }, 10000))
            qFatal("page %d not reached", nextId);
    };
    checkAndNext({QStringLiteral("preconfirmChecked")}, BasicInfoPageId);
    save(window, prefix + QStringLiteral("wizard-page2.png"));
    test::answerNextMessageBox(QMessageBox::Ok);
    checkAndNext({QStringLiteral("driverRangeConfirmed"), QStringLiteral("basicConfirmed")}, CoveragePageId);
    save(window, prefix + QStringLiteral("wizard-page3.png"));
    checkAndNext({QStringLiteral("coverageConfirmed")}, ContractDetailsPageId);
    save(window, prefix + QStringLiteral("wizard-page4.png"));

    // ログアウト from the wizard (it asks first): the login screen as the next person finds it.
    test::answerNextMessageBox(QMessageBox::Ok);
    find<QAction>(window, "logoutAction")->trigger();
    if (!waitForScreen(window, "loginScreen"))
        qFatal("login after logout");
    save(window, prefix + QStringLiteral("after-logout.png"));
    return 0;
}
