#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QThread;

namespace clickar {

class DemoReset;
class LanguageSwitch;
class KioskGuard;
class MainWindow;
class MockClient;
class MockRenewalService;
class RenewalClient;
class Session;

struct AppOptions
{
    QUrl server; // empty: start the embedded demo service
    QString language = QStringLiteral("ja");
    bool kiosk = false;
    QString caFile;               // an extra certificate authority (PEM or DER file) trusted besides the system's
    int idleTimeoutSeconds = 120; // kiosk: seconds without input before the idle countdown
    QDate today;                  // demo service only: its "today"
    QString dataFile;             // demo service only: another seed file
    // Demo service only: the SQLite file that keeps its state across runs of the app. main() passes
    // ClickarApp::standardDemoDatabase(); ":memory:" (the default, for tests and benchmarks) keeps nothing.
    QString demoDatabase = QStringLiteral(":memory:");
    // `server` is a demo service too (the standalone clickar-mock-server, or one a test runs): the window shows
    // the demo banner, the demo mail panel and 「デモデータを初期化」 as for the embedded one.
    bool demoServer = false;
};

// Everything one running Clickar consists of: the service (embedded mock or real), the client, the
// session and the main window. main() and the end-to-end tests build the app the same way.
class ClickarApp : public QObject
{
    Q_OBJECT

public:
    explicit ClickarApp(const AppOptions &options, QObject *parent = nullptr);
    ~ClickarApp() override;

    // Starts the demo service if needed and builds the window; false with a message on failure.
    bool start(QString *error);

    MainWindow *window() const { return m_window.get(); }
    // Kiosk mode only (nullptr otherwise): full screen, locked in, the idle wipe (ui/KioskGuard).
    KioskGuard *kioskGuard() const { return m_kiosk; }
    // The embedded demo service; it lives in a thread of its own, as a real service lives elsewhere.
    MockRenewalService *mock() const { return m_mock; }
    RenewalClient *client() const { return m_client; }
    Session *session() const { return m_session; }
    bool isDemo() const { return m_options.server.isEmpty(); }
    bool showsDemoMail() const { return isDemo() || m_options.demoServer; }
    // Demo mode only: the client of the demo service's mock-only endpoints (outbox, reset, clock).
    MockClient *mockClient() const { return m_mockClient; }
    // The UI language at run time (the top bar's 「English」 / 「日本語」).
    LanguageSwitch *languageSwitch() const { return m_language; }

    // The embedded demo's database in the app's data folder (QStandardPaths::AppDataLocation, created if missing):
    // .../demo.sqlite, or "" with *error when the folder cannot be created.
    static QString standardDemoDatabase(QString *error);

private:
    struct MockStart;
    void startMock(const std::shared_ptr<MockStart> &start);
    void stopMock();
    void setUpDemo(); // the mail panel's client and 「デモデータを初期化」

    AppOptions m_options;
    QList<QSslCertificate> m_authorities; // from caFile, trusted besides the system's
    QThread *m_mockThread = nullptr;
    MockRenewalService *m_mock = nullptr;
    RenewalClient *m_client = nullptr;
    MockClient *m_mockClient = nullptr;
    DemoReset *m_demoReset = nullptr;
    LanguageSwitch *m_language = nullptr;
    KioskGuard *m_kiosk = nullptr;
    Session *m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace clickar
