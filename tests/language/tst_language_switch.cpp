// The language switch at any point: on every screen and wizard page, after something has been typed or chosen,
// 「English」 / 「日本語」 (or Ctrl+Shift+L) retranslates what is shown — no visible text of the app is left in the
// old language — and keeps every input, the focus and the page; a step save on its way finishes and the renewal
// is fetched again afterwards; Qt's own texts and the date and number formats follow; the choice is remembered,
// except in kiosk mode, where the end of a person returns to Japanese.
#include "service/Session.h"
#include "support/AppDriver.h"
#include "support/LanguageCheck.h"
#include "ui/ClickarApp.h"
#include "ui/ContractList.h"
#include "ui/FileDialogs.h"
#include "ui/Format.h"
#include "ui/HelpDialog.h"
#include "ui/LanguageSwitch.h"
#include "ui/MainWindow.h"
#include "ui/MyPageScreen.h"
#include "ui/PdfViewer.h"
#include "ui/Translations.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWizard>

using namespace clickar;
using namespace clickar::test;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    std::optional<AppDriver> m_app;

    LanguageSwitch *languageSwitch() const { return m_app->app()->languageSwitch(); }

    // Switches with the shortcut, sent to the widget with the focus like a person's keys, and waits until every
    // widget has had the LanguageChange.
    bool switchLanguage(const QString &expected) { return test::switchLanguage(*m_app, expected); }

    // Switches to `to` and checks nothing of the app is left in the other language, the focus and the screen stay.
    void switchAndCheck(const QString &to)
    {
        const QString from = to == QStringLiteral("en") ? QStringLiteral("ja") : QStringLiteral("en");
        const QString screen = m_app->screen();
        const int page = m_app->pageId();
        const QPointer<QWidget> focus = QApplication::focusWidget();
        QVERIFY(switchLanguage(to));
        // The service's content is fetched again: wait until nothing is on its way.
        AppDriver::waitFor([from] { return leftInOldLanguage(from).isEmpty(); }, 10000);
        const QStringList left = leftInOldLanguage(from);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        QCOMPARE(m_app->screen(), screen);
        QCOMPARE(m_app->pageId(), page);
        // (The focus in the main window: the offscreen platform activates the document viewer's window late.)
        if (focus && focus->isVisible() && focus->window() == m_app->window())
            QTRY_COMPARE(QApplication::focusWidget(), focus.data());
        QAction *action = languageSwitch()->action();
        QCOMPARE(action->text(), to == QStringLiteral("en") ? QStringLiteral("日本語") : QStringLiteral("English"));
    }

private slots:
    void init()
    {
        installTranslations(QStringLiteral("ja"));
        m_app.emplace();
        QVERIFY(m_app->startApp(QStringLiteral("ja")));
        QVERIFY(leftInOldLanguage(QStringLiteral("en")).isEmpty());
    }

    void cleanup()
    {
        m_app.reset();
        installTranslations(QStringLiteral("ja"));
    }

    void loginScreenKeepsWhatIsTyped()
    {
        QVERIFY(m_app->typeInto("emailEdit", QStringLiteral("tanaka@")));
        QVERIFY(m_app->typeInto("passwordEdit", QStringLiteral("secr")));
        QVERIFY(m_app->click("loginButton")); // the address is not complete: a message under it
        QVERIFY(m_app->find<QLabel>("emailError")->isVisible());
        switchAndCheck(QStringLiteral("en"));
        QCOMPARE(m_app->find<QLineEdit>("emailEdit")->text(), QStringLiteral("tanaka@"));
        QCOMPARE(m_app->find<QLineEdit>("passwordEdit")->text(), QStringLiteral("secr"));
        QCOMPARE(m_app->find<QLabel>("emailError")->text(),
                 QStringLiteral("Enter the email address in the form name@example.jp."));
        QCOMPARE(m_app->find<QAbstractButton>("loginButton")->text(), QStringLiteral("Log in"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        switchAndCheck(QStringLiteral("ja"));
        QCOMPARE(m_app->find<QLineEdit>("emailEdit")->text(), QStringLiteral("tanaka@"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
    }

    void otpScreenKeepsTheCode()
    {
        QVERIFY(m_app->submitLogin(QStringLiteral("tanaka@example.jp")));
        QTRY_COMPARE(m_app->screen(), QStringLiteral("otpScreen"));
        QVERIFY(m_app->typeInto("otpEdit", QStringLiteral("123")));
        switchAndCheck(QStringLiteral("en"));
        QCOMPARE(m_app->find<QLineEdit>("otpEdit")->text(), QStringLiteral("123"));
        QVERIFY(m_app->find<QLabel>("otpCountdown")->text().startsWith(QStringLiteral("Valid for another")));
        switchAndCheck(QStringLiteral("ja"));
        QCOMPARE(m_app->find<QLineEdit>("otpEdit")->text(), QStringLiteral("123"));
    }

    void myPageAndGuide()
    {
        QVERIFY(m_app->logIn(QStringLiteral("tanaka@example.jp")));
        QTRY_VERIFY(m_app->find<ContractList>("contractsTable")->rowCount() > 0);
        switchAndCheck(QStringLiteral("en"));
        QVERIFY(m_app->find<QLabel>("greeting")->text().startsWith(QStringLiteral("Welcome")));
        switchAndCheck(QStringLiteral("ja"));
        QVERIFY(m_app->openGuide());
        QTRY_VERIFY(m_app->find<QWidget>("proceedButton")->isEnabled());
        switchAndCheck(QStringLiteral("en"));
        QTRY_VERIFY(m_app->find<QWidget>("proceedButton")->isEnabled());
        switchAndCheck(QStringLiteral("ja"));
    }

    void everyWizardPage_data() { addWizardPageRows(); }

    void everyWizardPage()
    {
        QFETCH(int, page);
        QVERIFY(m_app->openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(m_app->reachPage(page));
        QVERIFY(m_app->fillPage()); // ticked and chosen, not yet sent
        QList<QPair<QString, bool>> ticked;
        for (QAbstractButton *box : m_app->page()->findChildren<QAbstractButton *>()) {
            // (the document viewer, a window of its own, shows the other language's document after a switch)
            if (box->isCheckable() && !box->objectName().isEmpty() && box->window() == m_app->page()->window())
                ticked.append({box->objectName(), box->isChecked()});
        }
        QList<QPair<QString, QString>> typed;
        for (QLineEdit *edit : m_app->page()->findChildren<QLineEdit *>()) {
            if (!edit->objectName().isEmpty())
                typed.append({edit->objectName(), edit->text()});
        }
        const bool nextEnabled = m_app->next()->isEnabled();
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            switchAndCheck(language);
            // Page 7 in English shows the English document, not read yet: no consent until it is (it comes back
            // with the Japanese one, read to its end).
            const bool unread = page == DisclosurePageId && language == QStringLiteral("en");
            for (const auto &[name, checked] : std::as_const(ticked)) {
                const bool consent = name == QStringLiteral("eDeliveryConsent");
                QTRY_COMPARE(m_app->page()->findChild<QAbstractButton *>(name)->isChecked(),
                             checked && !(unread && consent));
            }
            for (const auto &[name, text] : std::as_const(typed))
                QCOMPARE(m_app->page()->findChild<QLineEdit *>(name)->text(), text);
            QTRY_COMPARE(m_app->next()->isEnabled(), nextEnabled && !unread);
        }
    }

    // The windows beside the wizard: the document viewer and the help window follow too.
    void documentViewerAndHelp()
    {
        QVERIFY(m_app->openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(m_app->reachPage(DisclosurePageId));
        QVERIFY(m_app->readDisclosureToEnd());
        QVERIFY(m_app->click(m_app->wizard()->button(QWizard::HelpButton)));
        QTRY_VERIFY(m_app->wizard()->helpDialog() && m_app->wizard()->helpDialog()->isVisible());
        auto *page = qobject_cast<DisclosurePage *>(m_app->page());
        QVERIFY(page && page->viewer());
        QVERIFY(page->viewer()->findChild<QAbstractButton *>(QStringLiteral("pdfFitWidth")));
        switchAndCheck(QStringLiteral("en"));
        QVERIFY(m_app->wizard()->helpDialog()->windowTitle() == QStringLiteral("Help"));
        // The English document in the viewer now (tst_service_language), not read yet; the Japanese one stays read.
        QTRY_COMPARE(page->viewer()->pageCount(), 13);
        auto *fit = page->viewer()->findChild<QAbstractButton *>(QStringLiteral("pdfFitWidth"));
        QVERIFY(fit);
        QCOMPARE(fit->text(), QStringLiteral("Fit to width"));
        QVERIFY(!page->hasReadToEnd());
        switchAndCheck(QStringLiteral("ja"));
        QVERIFY(m_app->wizard()->helpDialog()->windowTitle() != QStringLiteral("Help"));
        QTRY_VERIFY(page->hasReadToEnd());
    }

    void switchWhileAStepIsSaved()
    {
        QVERIFY(m_app->openWizard(QStringLiteral("tanaka@example.jp")));
        QVERIFY(m_app->fillPage());
        QList<QByteArray> requests;
        connect(&m_app->mock(), &MockRenewalService::requestServed, this,
                [&requests](const QByteArray &method, const QString &path) {
                    if (path.contains(QStringLiteral("/renewals/")))
                        requests.append(method + (path.contains(QStringLiteral("/steps/")) ? " step" : " renewal"));
                });
        QVERIFY(m_app->click(m_app->next()));
        QVERIFY(m_app->controller().isBusy());
        QVERIFY(switchLanguage(QStringLiteral("en")));
        // The save finishes, the wizard moves on, and only then is the renewal fetched in English.
        QTRY_COMPARE(m_app->pageId(), int(BasicInfoPageId));
        QTRY_COMPARE(requests, (QList<QByteArray>{"PUT step", "GET renewal"}));
        AppDriver::waitFor([] { return leftInOldLanguage(QStringLiteral("ja")).isEmpty(); });
        QVERIFY2(leftInOldLanguage(QStringLiteral("ja")).isEmpty(),
                 qPrintable(leftInOldLanguage(QStringLiteral("ja")).join(u'\n')));
        QVERIFY(m_app->controller().renewal().confirmedSteps.contains(Step::Preconfirm));
    }

    void qtTextsDatesAndNumbersFollow()
    {
        const QDate april(2026, 4, 1);
        QCOMPARE(format::date(april), QStringLiteral("2026年4月1日"));
        QCOMPARE(format::yen(123450), QStringLiteral("¥123,450"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        QVERIFY(switchLanguage(QStringLiteral("en")));
        QCOMPARE(format::date(april), QStringLiteral("1 April 2026"));
        QCOMPARE(format::yen(123450), QStringLiteral("¥123,450"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(switchLanguage(QStringLiteral("ja")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
    }

    // Messages of the moment are said again in the other language: page 9's about the saved receipt, and the
    // status bar's (here the keychain's refusal to keep the login, as Session reports it).
    void messagesOfTheMomentFollow()
    {
        QVERIFY(m_app->openWizardAfter(Step::Disclosure));
        QVERIFY(m_app->reachPage(CompletionPageId));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FileDialogs::setNextFileName(dir.filePath(QStringLiteral("receipt.pdf")));
        QVERIFY(m_app->click("saveReceiptPdfButton"));
        auto *status = m_app->find<QLabel>("receiptStatus");
        QTRY_VERIFY(status->isVisible());
        const QString receiptJa = status->text();
        emit m_app->session()->credentialsNotSaved(QStringLiteral("no Secret Service")); // as SavedLogin reports it
        QStatusBar *bar = m_app->window()->statusBar();
        const QString barJa = bar->currentMessage();
        QVERIFY(!barJa.isEmpty());
        switchAndCheck(QStringLiteral("en"));
        QVERIFY2(status->text().startsWith(QStringLiteral("The receipt was saved as ")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("receipt.pdf")));
        QVERIFY2(bar->currentMessage().startsWith(QStringLiteral("Your login information could not be saved")),
                 qPrintable(bar->currentMessage()));
        switchAndCheck(QStringLiteral("ja"));
        QCOMPARE(status->text(), receiptJa);
        QCOMPARE(bar->currentMessage(), barJa);
    }

    void kioskForgetsTheChoice()
    {
        m_app->stopApp();
        QVERIFY(m_app->startApp(QStringLiteral("ja"), true));
        QVERIFY(m_app->logIn(QStringLiteral("tanaka@example.jp")));
        QVERIFY(switchLanguage(QStringLiteral("en")));
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        QSignalSpy ended(m_app->window(), &MainWindow::servedPersonEnded);
        m_app->window()->endServedPerson();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(languageSwitch()->language(), QStringLiteral("ja"));
        QTRY_VERIFY(leftInOldLanguage(QStringLiteral("en")).isEmpty());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_language_switch.moc"
