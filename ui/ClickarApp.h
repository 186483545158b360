#pragma once

#include <QDate>
#include <QObject>
#include <QUrl>

#include <memory>

class QThread;

namespace clickar {

class MainWindow;
class MockRenewalService;
class RenewalClient;
class Session;

struct AppOptions
{
    QUrl server; // empty: start the embedded demo service
    QString language = QStringLiteral("ja");
    bool kiosk = false;
    QDate today;      // demo service only: its "today"
    QString dataFile; // demo service only: another seed file
    // `server` is a demo service too (the standalone clickar-mock-server, or one a test runs): the window shows
    // the demo banner and the demo mail panel as for the embedded one.
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
    // The embedded demo service; it lives in a thread of its own, as a real service lives elsewhere.
    MockRenewalService *mock() const { return m_mock; }
    RenewalClient *client() const { return m_client; }
    Session *session() const { return m_session; }
    bool isDemo() const { return m_options.server.isEmpty(); }
    bool showsDemoMail() const { return isDemo() || m_options.demoServer; }

private:
    struct MockStart;
    void startMock(const std::shared_ptr<MockStart> &start);
    void stopMock();

    AppOptions m_options;
    QThread *m_mockThread = nullptr;
    MockRenewalService *m_mock = nullptr;
    RenewalClient *m_client = nullptr;
    Session *m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace clickar
