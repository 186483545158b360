#include "ui/ClickarApp.h"

#include "mock/MockClient.h"
#include "mock/MockRenewalService.h"
#include "service/CredentialStore.h"
#include "service/RenewalClient.h"
#include "service/Session.h"
#include "ui/DemoReset.h"
#include "ui/KioskGuard.h"
#include "ui/KioskPin.h"
#include "ui/LanguageSwitch.h"
#include "ui/MailPanel.h"
#include "ui/MainWindow.h"
#include "ui/Style.h"

#include <QAction>
#include <QDir>
#include <QSemaphore>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>

namespace clickar {

ClickarApp::ClickarApp(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    // The application's look, before the first widget is built: kiosk mode adds its touch-sized sheet on top and
    // larger type.
    style::applyKioskLook(options.kiosk);
}

QString ClickarApp::standardDemoDatabase(QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        *error = tr("The folder for the demo data could not be created: %1").arg(folder);
        return {};
    }
    return QDir(folder).filePath(QStringLiteral("demo.sqlite"));
}

ClickarApp::~ClickarApp()
{
    delete m_kiosk; // it watches the window: gone first
    m_kiosk = nullptr;
    m_window.reset();
    stopMock();
}

// The demo service starts in its own thread while this one builds the window (it takes a few milliseconds:
// seed data, the disclosure document, and Qt's TLS backend, which the HTTP server loads).
struct ClickarApp::MockStart
{
    QSemaphore ready;
    MockRenewalService *mock = nullptr;
    QString error;
    QUrl url;
};

void ClickarApp::startMock(const std::shared_ptr<MockStart> &start)
{
    m_mockThread = new QThread(this);
    m_mockThread->setObjectName(QStringLiteral("demo service"));
    m_mockThread->start();
    MockOptions mockOptions;
    mockOptions.today = m_options.today;
    mockOptions.dataFile = m_options.dataFile;
    mockOptions.database = m_options.demoDatabase;
    mockOptions.resetOnSeedChange = true; // the demo's progress is disposable; a newer app's demo data win
    auto *anchor = new QObject;
    anchor->moveToThread(m_mockThread);
    QMetaObject::invokeMethod(
        anchor,
        [anchor, mockOptions, start] {
            auto *mock = new MockRenewalService(mockOptions);
            if (!mock->loadError().isEmpty())
                start->error = tr("The demo data could not be loaded: %1").arg(mock->loadError());
            else if (!mock->listen())
                start->error = tr("The demo service could not be started.");
            start->url = mock->serverUrl();
            start->mock = mock;
            delete anchor;
            start->ready.release();
        },
        Qt::QueuedConnection);
}

void ClickarApp::stopMock()
{
    if (!m_mockThread)
        return;
    if (m_mock)
        QMetaObject::invokeMethod(
            m_mock, [mock = m_mock] { delete mock; }, Qt::BlockingQueuedConnection);
    m_mock = nullptr;
    m_mockThread->quit();
    m_mockThread->wait();
}

void ClickarApp::setUpDemo()
{
    // The embedded service's address is known once it listens (start() sets it); a demo server's is given.
    m_mockClient = new MockClient(isDemo() ? QUrl() : m_options.server, this);
    m_mockClient->setCaCertificates(m_authorities); // a standalone demo server over HTTPS: the same trust as the app's
    MailPanel *mails = m_window->mailPanel();
    mails->setClient(m_mockClient);
    m_demoReset = new DemoReset(m_mockClient, m_session, m_window.get(), this);
    connect(m_window->resetDemoDataAction(), &QAction::triggered, m_demoReset, &DemoReset::ask);
    connect(m_demoReset, &DemoReset::done, mails, &MailPanel::refresh);
    connect(m_demoReset, &DemoReset::failed, m_window.get(), [this](const ApiError &error) {
        m_window->showStatus([error] { return DemoReset::failureMessage(error); }, 15000);
    });
}

bool ClickarApp::start(QString *error)
{
    QUrl server = m_options.server;
    std::shared_ptr<MockStart> mockStart;
    if (isDemo()) {
        mockStart = std::make_shared<MockStart>();
        startMock(mockStart);
    } else if (const QString refusal = RenewalClient::checkServerUrl(server); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    m_client = new RenewalClient(server, this);
    m_client->setLanguage(m_options.language);
    if (!m_options.caFile.isEmpty()) {
        QList<QSslCertificate> authorities = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (authorities.isEmpty())
            authorities = QSslCertificate::fromPath(m_options.caFile, QSsl::Der);
        if (authorities.isEmpty()) {
            *error = tr("The certificate file %1 could not be read: a PEM or DER file with a certificate is expected.")
                         .arg(m_options.caFile);
            return false;
        }
        ApiJobOptions jobOptions = m_client->options();
        jobOptions.caCertificates = authorities;
        m_client->setOptions(jobOptions);
        m_authorities = authorities;
    }
    m_session = new Session(m_client, this);
    const QString origin =
        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (!m_options.kiosk) {
        // Saved login: the refresh token in the OS keychain, one entry per service (kiosk mode stores nothing).
        const QString scope = isDemo() ? QStringLiteral("demo") : origin;
        m_session->setCredentialStore(new CredentialStore(QCoreApplication::applicationName(), m_session), scope);
    }
    m_language = new LanguageSwitch(m_options.language, !m_options.kiosk, this);
    connect(m_language, &LanguageSwitch::languageChanged, m_client, &RenewalClient::setLanguage);
    m_window = std::make_unique<MainWindow>(m_session, showsDemoMail(), m_language->action());
    if (m_options.kiosk) {
        // A kiosk wipe returns to Japanese for the next person.
        connect(m_window.get(), &MainWindow::servedPersonEnded, m_language,
                [this] { m_language->setLanguage(QStringLiteral("ja")); });
        m_kiosk = new KioskGuard(m_window.get(), KioskPin::storedHash(), m_options.idleTimeoutSeconds, this);
        connect(m_kiosk, &KioskGuard::leaveRequested, this, [this] {
            m_window->endServedPerson();
            m_window->close();
        });
    }
    if (showsDemoMail())
        setUpDemo();
    if (m_options.demoServer && !isDemo())
        m_window->setDemoServer(origin);
    if (mockStart) {
        mockStart->ready.acquire();
        m_mock = mockStart->mock;
        if (!mockStart->error.isEmpty()) {
            *error = mockStart->error;
            return false;
        }
        m_client->setServer(mockStart->url);
        m_mockClient->setServer(mockStart->url);
        connect(m_mock, &MockRenewalService::mailSent, m_window->mailPanel(), &MailPanel::refresh);
    }
    m_session->restoreSavedLogin();
    return true;
}

} // namespace clickar
