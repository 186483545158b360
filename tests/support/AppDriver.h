#pragma once

// The one test driver for the UI tests: a fresh demo service (the mock on loopback, which outlives the app so that a
// test can restart the app against it) and the real app as main() builds it — ClickarApp, the full main window with
// the demo banner and the demo mail panel — driven as a person would: fields focused by a click or Tab and typed key
// by key into whatever has the focus at that moment, buttons clicked with the mouse, message boxes and the file
// dialog answered through the app's next-answer hooks (MessageBoxes, FileDialogs).
//
// Helpers return false (after a warning that says why) instead of failing themselves; tests wrap them in QVERIFY.
#include "service/CredentialStore.h"
#include "support/TestSupport.h"
#include "ui/ClickarApp.h"
#include "ui/Format.h"
#include "ui/Labels.h"
#include "ui/MainWindow.h"
#include "ui/MessageBoxes.h"
#include "ui/PremiumBox.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

namespace clickar {
class MailPanel;
class Session;
} // namespace clickar

namespace clickar::test {

inline const QString demoPassword = QStringLiteral("Clickar#2026");

class AppDriver
{
public:
    // A fresh demo service (today: testToday() unless `options` says otherwise), cleared settings, no app yet.
    AppDriver();
    explicit AppDriver(const MockOptions &options);
    // No service of the test's own: only for startEmbeddedApp(), e.g. in a benchmark that measures the app alone.
    struct WithoutService
    {};
    explicit AppDriver(WithoutService);
    ~AppDriver();
    AppDriver(const AppDriver &) = delete;
    AppDriver &operator=(const AppDriver &) = delete;

    // ---- the service -------------------------------------------------------------------------------------------
    DemoService &demo() { return *m_demo; }
    MockRenewalService &mock() { return m_demo->mock(); }
    QUrl serverUrl() const { return m_demo->mock().serverUrl(); }
    // A client of the test's own, to ask the service directly what the app must show; signed in (on first use) as
    // the account the app logged in with.
    RenewalClient &service();
    // Drops the service altogether (the app's requests find nobody listening).
    void stopService();

    // ---- the app -----------------------------------------------------------------------------------------------
    // (Re)starts the app against the service and shows its window, active. `language` is what the app asks the
    // service for (its messages); the UI itself speaks the source language (English) in tests.
    bool startApp(const QString &language = QStringLiteral("ja"), bool kiosk = false);
    // The app on its own embedded demo service, as main() starts it with no --server (today: testToday()), keeping
    // its state in `database` (":memory:": nothing kept); the test's service is not the app's then.
    bool startEmbeddedApp(const QString &language = QStringLiteral("ja"), bool kiosk = false,
                          const QString &database = QStringLiteral(":memory:"));
    // The app against another server (e.g. one where nothing listens yet).
    bool startAppAt(const QUrl &server, const QString &language = QStringLiteral("ja"), const QString &caFile = {});
    void stopApp();
    ClickarApp *app() const { return m_app.get(); }
    MainWindow *window() const { return m_app ? m_app->window() : nullptr; }
    Session *session() const;
    MailPanel *mailPanel() const;
    // The app's own client: fault headers set here apply to what the app sends.
    RenewalClient &appClient() const { return *m_app->client(); }
    QString screen() const;
    QWidget *screenWidget(const char *name) const;

    // A widget by object name: on the wizard's current page while the wizard is shown, else on the current screen,
    // else anywhere in the window or its dialogs. Null (with a warning) if there is none.
    template<typename T = QWidget> T *find(const char *name) const
    {
        T *found = nullptr;
        for (QObject *root : searchRoots()) {
            if ((found = root->findChild<T *>(QString::fromLatin1(name))))
                break;
        }
        if (!found)
            qWarning("AppDriver: no %s on screen %s", name, qPrintable(screen()));
        return found;
    }
    QString text(const char *labelName) const;

    // ---- as a person does it -----------------------------------------------------------------------------------
    // Focuses `field` with a mouse click, replaces what it holds by `text` typed key by key into the focus widget
    // of the moment, and checks that the field holds `expected` (default: `text`) and still has the focus.
    bool typeInto(QLineEdit *field, const QString &text, const QString &expected);
    bool typeInto(QLineEdit *field, const QString &text) { return typeInto(field, text, text); }
    bool typeInto(const char *field, const QString &text) { return typeInto(find<QLineEdit>(field), text, text); }
    // Keys to whatever has the focus now (characters beyond ASCII arrive as an input method's commit).
    bool typeKeys(const QString &text);
    bool pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Tab until `field` has the focus (false after a whole round without it).
    bool tabTo(QWidget *field);
    // A mouse click on the button (on the indicator of a check box or radio button); it must be visible and enabled.
    bool click(QAbstractButton *button);
    bool click(const char *button) { return click(find<QAbstractButton>(button)); }
    // Clicks the box if it is not in that state yet (waits until it is enabled); true if it ends so.
    bool setChecked(const char *box, bool checked = true);
    bool check(const char *box) { return setChecked(box, true); }
    static bool choose(QComboBox *combo, const QVariant &data);
    bool choose(const char *combo, const QVariant &data) { return choose(find<QComboBox>(combo), data); }
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000);

    // ---- MyPage ------------------------------------------------------------------------------------------------
    // Types the address and password, sets 「ログイン情報を保存する」 and clicks ログイン; stops at the answer.
    bool submitLogin(const QString &email, const QString &password = demoPassword, bool remember = false);
    // Types `code` (default: the newest one-time password in the outbox) on the OTP screen and clicks 認証.
    bool enterOtp(const QString &code = {});
    // A whole login through the screens, ending on マイページトップ.
    bool logIn(const QString &email, const QString &password = demoPassword, bool remember = false);
    bool logIn(const QString &email, bool remember) { return logIn(email, demoPassword, remember); }
    // 「更新のお手続き」 of the first renewable contract (or `policy`), ending on the guide with 「すすむ」 enabled;
    // for an agent, openCustomer().
    bool openGuide(const QString &policy = {});
    // The agent's work queue: `policy` typed into the search (or the queue's first row) and Enter; ends on the guide.
    bool openCustomer(const QString &policy = {});
    QString guidePolicy() const { return m_policy; }
    // 「更新のお手続きへすすむ」, ending in the wizard.
    bool proceedToWizard();
    // logIn + openGuide + proceedToWizard.
    bool openWizard(const QString &email, const QString &password = demoPassword);
    // Confirms the steps up to `lastConfirmed` on the service first (as another device would), then opens the
    // wizard, which resumes at the first unconfirmed page.
    bool openWizardAfter(Step lastConfirmed, const QString &email = QStringLiteral("tanaka@example.jp"));
    // The renewal as the service had it when openWizardAfter() opened the wizard.
    const Renewal &prepared() const { return m_prepared; }

    // ---- the wizard --------------------------------------------------------------------------------------------
    RenewalWizard *wizard() const;
    RenewalController &controller() const { return *wizard()->controller(); }
    const Renewal &renewal() const { return controller().renewal(); }
    QWizardPage *page() const { return wizard()->currentPage(); }
    int pageId() const { return wizard() ? wizard()->currentId() : -1; }
    // Next, or the commit button on a commit page; Back.
    QAbstractButton *next() const;
    QAbstractButton *back() const;
    // Clicks Next once it is enabled and waits for page `expectedId`; clicks Back (page `expectedId` at once).
    bool clickNext(int expectedId);
    bool clickBack(int expectedId);
    // Fills the current page as a person who accepts what is shown would (page 4: the licence month a year after
    // the new term starts) and clicks Next; reachPage repeats it up to page `pageId`.
    bool fillPage(); // the same without the click
    bool passPage();
    bool reachPage(int pageId);
    void chooseLicenceMonth(const QDate &month);
    // Page 7: 「重要事項等説明書を開く」, then the viewer window scrolled to the end.
    bool readDisclosureToEnd();

    // ---- what the service says ---------------------------------------------------------------------------------
    std::optional<Quote> serviceQuote(const QJsonObject &selections);
    std::optional<Renewal> serviceRenewal(); // the wizard's renewal
    std::optional<Renewal> serviceRenewal(const QString &id);
    // Confirms the steps up to and including `last` through the service; the renewal as the service then has it.
    std::optional<Renewal> confirmViaService(Renewal renewal, Step last);
    // The newest one-time password the app's service has "sent" (its embedded one's, the demo server's it was
    // started against, or the test's); "" if none.
    QString latestOtp();
    // The thank-you mails the service has "sent" so far (-1 if it could not be asked).
    int thankYouMails(QStringList *bodies = nullptr);

private:
    QList<QObject *> searchRoots() const;
    MockClient &outboxClient() const; // the mock-only client that reads the outbox of the app's service
    bool startWith(const AppOptions &options);
    bool ensureActive(QWidget *widget);
    static bool fail(const QString &why);

    std::unique_ptr<DemoService> m_demo;
    std::unique_ptr<ClickarApp> m_app;
    QString m_email;
    QString m_password;
    QString m_serviceEmail;
    QString m_policy;
    Renewal m_prepared;
};

// The base of a test class that wants, for every test function, a fresh demo service and the app started on it
// (init and cleanup; a class may add to its init by calling AppTestCase::init() first).
class AppTestCase : public QObject
{
    Q_OBJECT

protected:
    explicit AppTestCase(const QString &language = QStringLiteral("ja"))
        : m_language(language)
    {}
    std::optional<AppDriver> m_app;

protected slots:
    void init()
    {
        m_app.emplace();
        QVERIFY(m_app->startApp(m_language));
    }
    void cleanup() { m_app.reset(); }

private:
    QString m_language;
};

// A widget under `root` by object name (null if none).
template<typename T> T *child(QObject *root, const char *name)
{
    return root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
}

// The keychain entry of this test executable's saved login for the service of `driver` (ClickarApp's key), read or
// removed through CredentialStore.
QString keychainKeyFor(const AppDriver &driver);
CredentialStore::Answer readKeychain(const QString &key);
bool clearKeychain(const QString &key);

} // namespace clickar::test
