// In kiosk mode nothing about a person reaches the disk or the keychain. The test process gets a home and XDG
// folders of its own (set before the application starts), and the real gnome-keyring of tools/with-keyring.sh. First
// a control: the desktop app with the demo's database file and 「ログイン情報を保存する」 does leave the person on disk
// and in the keychain, so the checks can see them. Then a kiosk renewal from login to completion, wiped: no file under
// the folders contains the email, name, policy number, phone or address, and the keychain holds no entry.
#include "support/AppDriver.h"
#include "support/TraceWalker.h"
#include "ui/KioskGuard.h"
#include "ui/KioskPin.h"
#include "wizard/CompletionPage.h"

#include <QDirIterator>
#include <QSignalSpy>

#include <cstdlib>

using namespace clickar;

namespace {
const QString tanaka = QStringLiteral("tanaka@example.jp");
QByteArray g_home; // the process's own home, made in main()

QStringList filesContaining(const QStringList &needles)
{
    QStringList found;
    QDirIterator it(QString::fromLocal8Bit(g_home), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray contents = file.readAll();
        for (const QString &needle : needles) {
            if (contents.contains(needle.toUtf8()))
                found.append(QStringLiteral("%1 (%2)").arg(path, needle));
        }
    }
    return found;
}

void emptyHome()
{
    QDir home(QString::fromLocal8Bit(g_home));
    for (const QFileInfo &entry : home.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (entry.isDir())
            QDir(entry.filePath()).removeRecursively();
        else
            QFile::remove(entry.filePath());
    }
    for (const char *folder : {"config", "data", "cache", "state", "tmp"})
        home.mkpath(QString::fromLatin1(folder));
}

const QString demoKey = QStringLiteral("refresh-token/demo");
} // namespace

class TestKioskNothingStored : public QObject
{
    Q_OBJECT

private:
    std::optional<test::AppDriver> m_d;

private slots:
    void init() { emptyHome(); }
    void cleanup()
    {
        m_d.reset();
        test::clearKeychain(demoKey);
    }

    // The checks see what the desktop app keeps: the saved login in the keychain, the address in the settings,
    // the demo's progress in its database file.
    void controlTheDesktopKeepsThePerson()
    {
        m_d.emplace(test::AppDriver::WithoutService{});
        QString error;
        const QString database = ClickarApp::standardDemoDatabase(&error);
        QVERIFY2(database.startsWith(QString::fromLocal8Bit(g_home)), qPrintable(database));
        QVERIFY(m_d->startEmbeddedApp(QStringLiteral("ja"), false, database));
        QVERIFY(m_d->logIn(tanaka, true));
        QVERIFY(m_d->openGuide());
        QVERIFY(m_d->proceedToWizard());
        QTRY_VERIFY(test::readKeychain(demoKey).ok());
        QSettings().sync();
        QTRY_VERIFY(!filesContaining({tanaka}).isEmpty());
    }

    void kioskRenewalLeavesNothing()
    {
        m_d.emplace(test::AppDriver::WithoutService{});
        QSettings().setValue(QLatin1String(KioskPin::settingsKey), KioskPin::hash(QStringLiteral("7391")));
        // What main() passes in kiosk mode: no database file for the demo (ClickarApp's default keeps it in memory).
        QVERIFY(m_d->startEmbeddedApp(QStringLiteral("ja"), true));
        QVERIFY(m_d->logIn(tanaka));
        QVERIFY(m_d->openGuide());
        QVERIFY(m_d->proceedToWizard());
        QVERIFY(m_d->reachPage(CompletionPageId));
        const QString newPolicy = test::child<QLabel>(m_d->wizard()->currentPage(), "newPolicyNumber")->text();
        QVERIFY(!newPolicy.isEmpty());
        QVERIFY(!test::child<QPushButton>(m_d->wizard()->currentPage(), "saveReceiptPdfButton")->isVisible());
        QSignalSpy wiped(m_d->app()->kioskGuard(), &KioskGuard::wiped);
        QVERIFY(m_d->click("finishNowButton"));
        QTRY_COMPARE(wiped.size(), 1);
        QTRY_VERIFY(!m_d->window()->servedPerson());
        m_d.reset(); // the app ends as well: whatever it writes on the way out is checked too
        QSettings().sync();

        const QStringList needles = test::TraceWalker::personNeedles(tanaka) << newPolicy;
        QVERIFY(needles.size() > 8);
        const QStringList found = filesContaining(needles);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("\n"))));
        const CredentialStore::Answer answer = test::readKeychain(demoKey);
        QCOMPARE(answer.status, CredentialStore::Answer::Status::NotFound);
    }
};

int main(int argc, char *argv[])
{
    // A home of the test's own, before anything asks where the settings, data or caches go.
    QByteArray templ = QByteArray("/tmp/clickar-kiosk-home-XXXXXX");
    if (!mkdtemp(templ.data()))
        return 2;
    g_home = templ;
    qputenv("HOME", g_home);
    for (const auto &[variable, folder] :
         {std::pair{"XDG_CONFIG_HOME", "/config"}, std::pair{"XDG_DATA_HOME", "/data"},
          std::pair{"XDG_CACHE_HOME", "/cache"}, std::pair{"XDG_STATE_HOME", "/state"}, std::pair{"TMPDIR", "/tmp"}}) {
        QDir().mkpath(QString::fromLocal8Bit(g_home + folder));
        qputenv(variable, g_home + folder);
    }
    QApplication app(argc, argv);
    TestKioskNothingStored test;
    const int result = QTest::qExec(&test, argc, argv);
    QDir(QString::fromLocal8Bit(g_home)).removeRecursively();
    return result;
}

#include "tst_kiosk_nothing_stored.moc"
