// One scope per served person: the real app on its embedded mock, tanaka@example.jp logged in with the one-time
// password copied from the demo mail panel, the renewal driven to page 7 (PDF viewer and help open) or to page 9
// (print preview open); then the scope ends and nothing of the person is left in any window, widget, model, object
// or on the clipboard. The needles come from the demo data itself (resources/seed/demo.json).
#include "service/Session.h"
#include "support/AppDriver.h"
#include "support/TraceWalker.h"
#include "ui/ClickarApp.h"
#include "ui/HelpDialog.h"
#include "ui/LoginScreen.h"
#include "ui/MailPanel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBoxes.h"
#include "ui/ServedPerson.h"
#include "ui/documents/PdfViewerWindow.h"
#include "wizard/CompletionPage.h"
#include "wizard/DisclosurePage.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalController.h"
#include "wizard/RenewalWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfView>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <memory>

using namespace clickar;

namespace {
const QString tanaka = QStringLiteral("tanaka@example.jp");

QStringList tanakaNeedles()
{
    return test::TraceWalker::personNeedles(tanaka);
}
} // namespace

class TestScopeEnd : public QObject
{
    Q_OBJECT

private:
    std::optional<test::AppDriver> m_d;
    QString m_code; // the one-time password, a trace too

    MainWindow *window() const { return m_d->window(); }
    RenewalWizard *wizard() const { return m_d->wizard(); }

    template<typename T> T *find(QObject *root, const char *name)
    {
        T *object = root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
        if (!object)
            qFatal("%s not found", name);
        return object;
    }

    // The app as main() builds it (its embedded demo service), tanaka logged in with the code copied from the demo
    // mail panel and pasted.
    void startAndLogIn()
    {
        m_d.emplace();
        QVERIFY(m_d->startEmbeddedApp());
        QVERIFY(m_d->submitLogin(tanaka));
        QTRY_COMPARE(m_d->screen(), QStringLiteral("otpScreen"));
        MailPanel *panel = window()->mailPanel();
        QTRY_VERIFY(!find<QLabel>(panel, "mailOtpCode")->text().isEmpty());
        m_code = find<QLabel>(panel, "mailOtpCode")->text();
        QVERIFY(m_d->click(find<QPushButton>(panel, "copyOtpButton")));
        QCOMPARE(QApplication::clipboard()->text(), m_code);
        auto *otp = find<QLineEdit>(window()->currentScreen(), "otpEdit");
        QTest::mouseClick(otp, Qt::LeftButton);
        QVERIFY(m_d->pressKey(Qt::Key_V, Qt::ControlModifier));
        QCOMPARE(otp->text(), m_code);
        QVERIFY(m_d->click(find<QPushButton>(window()->currentScreen(), "verifyButton")));
        QTRY_COMPARE(m_d->screen(), QStringLiteral("myPageScreen"));
    }

    // MyPage → guide → wizard → page 7, through the buttons; the disclosure document opened and read.
    void renewToDisclosure()
    {
        QVERIFY(m_d->openGuide());
        QVERIFY(m_d->proceedToWizard());
        QCOMPARE(m_d->pageId(), int(PreConfirmationPageId));
        QVERIFY(m_d->reachPage(DisclosurePageId));
        QVERIFY(m_d->readDisclosureToEnd());
        QVERIFY(disclosureViewer() && disclosureViewer()->hasReachedEnd());
    }

    // Both of the above; false once a check failed.
    bool reachDisclosureLoggedIn()
    {
        startAndLogIn();
        if (!QTest::currentTestFailed())
            renewToDisclosure();
        return !QTest::currentTestFailed();
    }

    PdfViewer *disclosureViewer() const
    {
        auto *page = qobject_cast<DisclosurePage *>(wizard()->page(DisclosurePageId));
        return page ? page->viewer() : nullptr;
    }

    // Before the end: the walker finds the person everywhere (so an empty result afterwards means something).
    void expectTraces(const QStringList &needles)
    {
        test::TraceWalker walker(needles);
        walker.addRoot(m_d->app());
        const QList<test::Trace> traces = walker.walk();
        QSet<QString> found;
        for (const test::Trace &trace : traces)
            found.insert(trace.needle);
        for (const QString &needle : {QStringLiteral("田中"), QStringLiteral("7012345601"), tanaka, m_code})
            QVERIFY2(found.contains(needle), qPrintable(QStringLiteral("walker missed ") + needle));
    }

    // After the end: a fresh login screen, nothing of the person anywhere.
    void expectNothingLeft(const QStringList &needles)
    {
        const QList<test::Trace> traces = test::TraceWalker::afterScopeEnd(needles, m_d->app());
        QVERIFY2(traces.isEmpty(), qPrintable(QStringLiteral("%1 trace(s) of the person left").arg(traces.size())));

        QCOMPARE(window()->currentScreen(), window()->loginScreen());
        QVERIFY(!window()->servedPerson());
        QVERIFY(!window()->wizard());
        QVERIFY(find<QLineEdit>(window()->loginScreen(), "emailEdit")->text().isEmpty());
        QVERIFY(find<QLineEdit>(window()->loginScreen(), "passwordEdit")->text().isEmpty());
        QVERIFY(!find<QLineEdit>(window()->loginScreen(), "emailEdit")->isUndoAvailable());
        QVERIFY(window()->mailPanel()->mails().isEmpty());
        QCOMPARE(find<QListWidget>(window()->mailPanel(), "mailList")->count(), 0);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        Session *session = m_d->session();
        QVERIFY(!session->isSignedIn());
        QVERIFY(session->tokens().accessToken.isEmpty() && session->tokens().refreshToken.isEmpty());
        QVERIFY(session->me().displayName.isEmpty());
        QVERIFY(session->email().isEmpty());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no saved address from another test
    }

    void cleanup()
    {
        m_d.reset();
        QApplication::clipboard()->clear();
    }

    // Page 7 with the PDF viewer and the help window open, then ログアウト from the toolbar and its confirmation.
    void logoutOnTheDisclosurePage()
    {
        QVERIFY(tanakaNeedles().contains(QStringLiteral("タナカ")));
        if (!reachDisclosureLoggedIn())
            return;
        QTest::mouseClick(wizard()->button(QWizard::HelpButton), Qt::LeftButton);
        QTRY_VERIFY(wizard()->helpDialog() && wizard()->helpDialog()->isVisible());

        const QStringList needles = tanakaNeedles() << m_code;
        expectTraces(needles);
        const QPointer<PdfViewer> viewer = disclosureViewer();
        const QPointer<HelpDialog> help = wizard()->helpDialog();
        const QPointer<RenewalWizard> renewalWizard = wizard();
        const QPointer<RenewalController> controller = wizard()->controller();
        const QPointer<ServedPerson> person = window()->servedPerson();
        const QPointer<LoginScreen> typedInto = window()->loginScreen();
        QVERIFY(viewer && viewer->isVisible());
        QSignalSpy ended(window(), &MainWindow::servedPersonEnded);

        auto *toolbar = find<QToolBar>(window(), "accountToolbar");
        QWidget *logout = toolbar->widgetForAction(find<QAction>(window(), "logoutAction"));
        QVERIFY(logout && logout->isVisible());
        MessageBoxes::setNextAnswer(QMessageBox::Ok); // "Do you want to log out? … is saved"
        QTest::mouseClick(logout, Qt::LeftButton);
        QTRY_COMPARE(ended.size(), 1);

        QVERIFY(!viewer);
        QVERIFY(!help);
        QVERIFY(!renewalWizard);
        QVERIFY(!controller);
        QVERIFY(!person);
        QVERIFY(!typedInto);
        QVERIFY(find<QLabel>(window()->loginScreen(), "loginNotice")->isVisible());
        expectNothingLeft(needles);
    }

    // Page 9 with the receipt's print preview open (a modal dialog): the end comes from a timer inside its event
    // loop, as the kiosk's idle timeout will, through MainWindow::endServedPerson().
    void endWhilePrintPreviewIsOpen()
    {
        if (!reachDisclosureLoggedIn())
            return;
        QVERIFY(m_d->reachPage(CompletionPageId));
        const QString newPolicy = find<QLabel>(wizard()->currentPage(), "newPolicyNumber")->text();
        QCOMPARE(newPolicy.size(), 10);
        // The PDF viewer, a window of its own, has the focus (and counts as active for the main window's
        // isActiveWindow(), so qWaitForWindowActive() would not wait).
        window()->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), window());
        QVERIFY(m_d->pressKey(Qt::Key_F1)); // help, by keyboard this time (to whatever has the focus)
        QTRY_VERIFY(wizard()->helpDialog() && wizard()->helpDialog()->isVisible());

        const QStringList needles = tanakaNeedles() << m_code << newPolicy;
        expectTraces(needles);
        auto *completion = qobject_cast<CompletionPage *>(wizard()->currentPage());
        QVERIFY(completion);
        const QPointer<PdfViewer> viewer = disclosureViewer();
        const QPointer<HelpDialog> help = wizard()->helpDialog();
        const QPointer<ServedPerson> person = window()->servedPerson();
        QVERIFY(viewer && help && person);
        QSignalSpy ended(window(), &MainWindow::servedPersonEnded);

        QPointer<QDialog> preview;
        bool previewWasOpen = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *shown = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!shown || !shown->isVisible())
                return;
            poll.stop();
            preview = completion->printPreview();
            previewWasOpen = preview && preview.data() == shown;
            window()->endServedPerson();
        });
        poll.start();
        QTest::mouseClick(find<QPushButton>(completion, "printReceiptButton"), Qt::LeftButton); // runs the preview
        QVERIFY(previewWasOpen); // the receipt's preview was open when the end came
        QTRY_COMPARE(ended.size(), 1);

        QVERIFY(!preview);
        QVERIFY(!viewer);
        QVERIFY(!help);
        QVERIFY(!person);
        expectNothingLeft(needles);
    }
};

QTEST_MAIN(TestScopeEnd)
#include "tst_scope_end.moc"
