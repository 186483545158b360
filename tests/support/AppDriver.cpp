#include "support/AppDriver.h"
#include "ui/ContractList.h"

#include "service/Session.h"
#include "ui/MailPanel.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/DisclosurePage.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QPdfView>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>

namespace clickar::test {

namespace {
MockOptions withTestToday(MockOptions options)
{
    if (!options.today.isValid())
        options.today = testToday();
    return options;
}

QString describe(QWidget *widget)
{
    if (!widget)
        return QStringLiteral("nothing");
    const QString name = widget->objectName().isEmpty() ? QStringLiteral("(unnamed)") : widget->objectName();
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()), name);
}
} // namespace

AppDriver::AppDriver()
    : AppDriver(MockOptions{})
{}

AppDriver::AppDriver(const MockOptions &options)
    : AppDriver(WithoutService{})
{
    m_demo = std::make_unique<DemoService>(withTestToday(options));
}

AppDriver::AppDriver(WithoutService)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);
}

AppDriver::~AppDriver()
{
    m_app.reset();
    m_demo.reset();
}

bool AppDriver::fail(const QString &why)
{
    qWarning("AppDriver: %s", qPrintable(why));
    return false;
}

bool AppDriver::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// ---- the service ---------------------------------------------------------------------------------------------------

RenewalClient &AppDriver::service()
{
    const QString email = m_email.isEmpty() ? QStringLiteral("tanaka@example.jp") : m_email;
    if (m_serviceEmail != email) {
        if (!m_demo->signIn(email, m_password.isEmpty() ? demoPassword : m_password))
            fail(QStringLiteral("the test's own client could not sign in"));
        m_serviceEmail = email;
    }
    return m_demo->client();
}

void AppDriver::stopService()
{
    m_demo.reset();
}

// ---- the app -------------------------------------------------------------------------------------------------------

bool AppDriver::startApp(const QString &language, bool kiosk)
{
    AppOptions options;
    options.server = m_demo->mock().serverUrl();
    options.demoServer = true;
    options.language = language;
    options.kiosk = kiosk;
    return startWith(options);
}

bool AppDriver::startEmbeddedApp(const QString &language, bool kiosk, const QString &database)
{
    AppOptions options;
    options.language = language;
    options.kiosk = kiosk;
    options.today = testToday();
    options.demoDatabase = database;
    return startWith(options);
}

bool AppDriver::startAppAt(const QUrl &server, const QString &language, const QString &caFile)
{
    AppOptions options;
    options.server = server;
    options.caFile = caFile;
    options.demoServer = true;
    options.language = language;
    return startWith(options);
}

bool AppDriver::startWith(const AppOptions &options)
{
    m_app.reset();
    m_app = std::make_unique<ClickarApp>(options);
    QString error;
    if (!m_app->start(&error))
        return fail(QStringLiteral("the app did not start: ") + error);
    if (!mailPanel())
        return fail(QStringLiteral("no demo mail panel"));
    if (m_demo && options.server == m_demo->mock().serverUrl())
        QObject::connect(&m_demo->mock(), &MockRenewalService::mailSent, mailPanel(), &MailPanel::refresh);
    window()->show();
    // The panel's dock is shown (the panel itself may be folded to a strip where a screen needs its room).
    const QWidget *dock = window()->findChild<QWidget *>(QStringLiteral("mailDock"));
    if (!QTest::qWaitForWindowExposed(window()) || !dock || !dock->isVisible())
        return fail(QStringLiteral("the window (with its demo mail panel) was not shown"));
    return ensureActive(window());
}

void AppDriver::stopApp()
{
    m_app.reset();
}

Session *AppDriver::session() const
{
    return m_app ? m_app->session() : nullptr;
}

MailPanel *AppDriver::mailPanel() const
{
    return window() ? window()->mailPanel() : nullptr;
}

QString AppDriver::screen() const
{
    return window() && window()->currentScreen() ? window()->currentScreen()->objectName() : QString();
}

QWidget *AppDriver::screenWidget(const char *name) const
{
    return window() ? window()->findChild<QWidget *>(QString::fromLatin1(name)) : nullptr;
}

QList<QObject *> AppDriver::searchRoots() const
{
    QList<QObject *> roots;
    if (!window())
        return roots;
    if (wizard() && window()->currentScreen() == wizard() && wizard()->currentPage())
        roots.append(wizard()->currentPage());
    if (window()->currentScreen())
        roots.append(window()->currentScreen());
    roots.append(window());
    return roots;
}

QString AppDriver::text(const char *labelName) const
{
    auto *label = find<QLabel>(labelName);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(labelName));
}

// ---- as a person does it -------------------------------------------------------------------------------------------

bool AppDriver::ensureActive(QWidget *widget)
{
    QWidget *top = widget->window();
    if (QApplication::activeWindow() == top)
        return true;
    top->activateWindow();
    return QTest::qWaitForWindowActive(top) || fail(QStringLiteral("%1 is not the active window").arg(describe(top)));
}

bool AppDriver::typeKeys(const QString &text)
{
    for (const QChar c : text) {
        // Asked again for every key: a key goes wherever the focus is at that moment.
        QWidget *target = QApplication::focusWidget();
        if (!target)
            return fail(QStringLiteral("no widget has the focus to type '%1' into").arg(c));
        if (c.unicode() < 0x80 && c.isPrint()) {
            QTest::keyClick(target, char(c.unicode()));
        } else {
            // Japanese and full-width text arrive as an input method's commit, as from a Japanese IME.
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(target, &commit);
        }
    }
    return true;
}

bool AppDriver::pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return fail(QStringLiteral("no widget has the focus for a key"));
    QTest::keyClick(target, key, modifiers);
    return true;
}

bool AppDriver::tabTo(QWidget *field)
{
    if (!field || !ensureActive(field))
        return false;
    for (int i = 0; i < 200 && QApplication::focusWidget() != field; ++i) {
        if (!pressKey(Qt::Key_Tab))
            return false;
    }
    return QApplication::focusWidget() == field || fail(QStringLiteral("Tab never reached %1").arg(describe(field)));
}

bool AppDriver::typeInto(QLineEdit *field, const QString &text, const QString &expected)
{
    if (!field)
        return fail(QStringLiteral("no field to type into"));
    if (!field->isVisible() || !field->isEnabled())
        return fail(QStringLiteral("%1 is hidden or disabled").arg(describe(field)));
    if (!ensureActive(field))
        return false;
    QTest::mouseClick(field, Qt::LeftButton, Qt::NoModifier, field->rect().center());
    if (QApplication::focusWidget() != field)
        return fail(QStringLiteral("a click on %1 gave the focus to %2")
                        .arg(describe(field), describe(QApplication::focusWidget())));
    if (!field->text().isEmpty()) {
        if (!pressKey(Qt::Key_A, Qt::ControlModifier) || !pressKey(Qt::Key_Delete))
            return false;
    }
    if (!typeKeys(text))
        return false;
    if (QApplication::focusWidget() != field)
        return fail(QStringLiteral("typing '%1' into %2: the focus went to %3, the field holds '%4'")
                        .arg(text, describe(field), describe(QApplication::focusWidget()), field->text()));
    if (field->text() != expected)
        return fail(QStringLiteral("typed '%1' into %2, it holds '%3' (expected '%4')")
                        .arg(text, describe(field), field->text(), expected));
    return true;
}

bool AppDriver::click(QAbstractButton *button)
{
    if (!button)
        return fail(QStringLiteral("no button to click"));
    // Shown, enabled and laid out: a person clicks what is there to see (a new row's button has no size yet).
    if (!waitFor([button] { return button->isVisible() && button->isEnabled() && !button->rect().isEmpty(); }, 5000))
        return fail(QStringLiteral("%1 is not visible and enabled").arg(describe(button)));
    if (!ensureActive(button))
        return false;
    QPoint point = button->rect().center();
    // A wide check box or radio button is clicked on its box, not in the middle of the widget.
    const bool isCheck = qobject_cast<QCheckBox *>(button) != nullptr;
    if (isCheck || qobject_cast<QRadioButton *>(button)) {
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        point = button->style()
                    ->subElementRect(isCheck ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator, &option,
                                     button)
                    .center();
    }
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, point);
    return true;
}

bool AppDriver::setChecked(const char *name, bool checked)
{
    auto *box = find<QAbstractButton>(name);
    if (!box)
        return false;
    if (box->isChecked() != checked && !click(box))
        return false;
    return box->isChecked() == checked ||
           fail(QStringLiteral("%1 did not turn %2")
                    .arg(describe(box), checked ? QStringLiteral("on") : QStringLiteral("off")));
}

bool AppDriver::choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo ? combo->findData(data) : -1;
    if (index < 0)
        return fail(QStringLiteral("no choice %1 in %2").arg(data.toString(), describe(combo)));
    combo->setCurrentIndex(index);
    return true;
}

// ---- MyPage --------------------------------------------------------------------------------------------------------

bool AppDriver::submitLogin(const QString &email, const QString &password, bool remember)
{
    m_email = email;
    m_password = password;
    auto *remembered = find<QCheckBox>("rememberLoginCheck");
    if (!typeInto("emailEdit", email) || !typeInto("passwordEdit", password) || !remembered)
        return false;
    if (remembered->isChecked() != remember && !click(remembered))
        return false;
    return click("loginButton");
}

bool AppDriver::enterOtp(const QString &code)
{
    if (!waitFor([this] { return screen() == QStringLiteral("otpScreen"); }))
        return fail(QStringLiteral("no OTP screen"));
    const QString typed = code.isEmpty() ? latestOtp() : code;
    return typeInto("otpEdit", typed) && click("verifyButton");
}

MockClient &AppDriver::outboxClient() const
{
    // The app's embedded service, or another demo server the app was started against (startAppAt), through the
    // app's own mock-only client (it trusts the app's CA file); else the test's service.
    const bool elsewhere = m_app && m_app->mockClient() &&
                           (m_app->isDemo() || !m_demo || m_app->mockClient()->server() != m_demo->mock().serverUrl());
    return elsewhere ? *m_app->mockClient() : m_demo->mockClient();
}

QString AppDriver::latestOtp()
{
    return latestOtpIn(outboxClient());
}

bool AppDriver::logIn(const QString &email, const QString &password, bool remember)
{
    if (!submitLogin(email, password, remember))
        return false;
    // A policyholder's login ends on MyPage, an agent's on the work queue.
    const auto home = [this] {
        return screen() == QStringLiteral("myPageScreen") || screen() == QStringLiteral("agentHomeScreen");
    };
    if (!waitFor([this, home] { return screen() == QStringLiteral("otpScreen") || home(); }))
        return fail(QStringLiteral("the login went nowhere: ") + screen());
    if (screen() == QStringLiteral("otpScreen") && !enterOtp())
        return false;
    return waitFor(home) || fail(QStringLiteral("MyPage not reached"));
}

bool AppDriver::openGuide(const QString &policy)
{
    if (screen() == QStringLiteral("agentHomeScreen"))
        return openCustomer(policy);
    auto *table = find<ContractList>("contractsTable");
    if (!table || !waitFor([table] { return table->rowCount() > 0; }))
        return fail(QStringLiteral("no contracts shown"));
    QPushButton *renew = nullptr;
    for (int row = 0; row < table->rowCount() && !renew; ++row) {
        const QString number = table->text(row, ContractList::PolicyColumn);
        if (!policy.isEmpty() && number != policy)
            continue;
        renew = table->findChild<QPushButton *>(QStringLiteral("renewButton_") + number);
        if (renew)
            m_policy = number;
    }
    if (!click(renew))
        return fail(QStringLiteral("no renewable contract"));
    auto *proceed = find<QPushButton>("proceedButton");
    return (waitFor([this] { return screen() == QStringLiteral("guideScreen"); }) &&
            waitFor([proceed] { return proceed && proceed->isEnabled(); })) ||
           fail(QStringLiteral("the guide did not open"));
}

bool AppDriver::openCustomer(const QString &policy)
{
    auto *queue = find<QAbstractItemView>("customerQueue");
    auto *search = find<QLineEdit>("customerSearch");
    if (!queue || !search || !waitFor([queue] { return queue->model()->rowCount() > 0; }))
        return fail(QStringLiteral("no customers in the queue"));
    const auto first = [queue] { return queue->model()->index(0, 0).data(Qt::DisplayRole).toString(); };
    if (!policy.isEmpty()) {
        if (!typeInto(search, policy) ||
            !waitFor([queue, first, policy] { return queue->model()->rowCount() == 1 && first() == policy; }))
            return fail(QStringLiteral("the search did not find ") + policy);
    } else if (!(search->hasFocus() || (QTest::mouseClick(search, Qt::LeftButton), search->hasFocus()))) {
        return fail(QStringLiteral("the search field takes no focus"));
    }
    m_policy = first();
    if (!pressKey(Qt::Key_Return))
        return false;
    return (waitFor([this] { return screen() == QStringLiteral("guideScreen"); }) && waitFor([this] {
                auto *button = find<QPushButton>("proceedButton");
                return button && button->isEnabled();
            })) ||
           fail(QStringLiteral("the customer's guide did not open"));
}

bool AppDriver::proceedToWizard()
{
    if (!click("proceedButton"))
        return false;
    return waitFor([this] { return wizard() && window()->currentScreen() == wizard(); }) ||
           fail(QStringLiteral("the wizard did not open"));
}

bool AppDriver::openWizard(const QString &email, const QString &password)
{
    return logIn(email, password) && openGuide() && proceedToWizard();
}

bool AppDriver::openWizardAfter(Step lastConfirmed, const QString &email)
{
    m_email = email;
    const std::optional<Renewal> started = m_demo->signIn(email) ? m_demo->startFirstRenewal() : std::nullopt;
    m_serviceEmail = email;
    const std::optional<Renewal> confirmed = started ? confirmViaService(*started, lastConfirmed) : std::nullopt;
    if (!confirmed)
        return fail(QStringLiteral("the renewal could not be prepared on the service"));
    m_prepared = *confirmed;
    return openWizard(email);
}

} // namespace clickar::test
