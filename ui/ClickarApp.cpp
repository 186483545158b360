#include "ClickarApp.h"

#include "CredentialStore.h"
#include "MailPanel.h"
#include "MainWindow.h"
#include "MockRenewalService.h"
#include "RenewalClient.h"
#include "Session.h"

namespace clickar {

ClickarApp::ClickarApp(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{}

ClickarApp::~ClickarApp() = default;

bool ClickarApp::start(QString *error)
{
    QUrl server = m_options.server;
    if (server.isEmpty()) {
        MockOptions mockOptions;
        mockOptions.today = m_options.today;
        mockOptions.dataFile = m_options.dataFile;
        m_mock = new MockRenewalService(mockOptions, this);
        if (!m_mock->loadError().isEmpty()) {
            *error = tr("The demo data could not be loaded: %1").arg(m_mock->loadError());
            return false;
        }
        if (!m_mock->listen()) {
            *error = tr("The demo service could not be started.");
            return false;
        }
        server = m_mock->serverUrl();
    } else if (const QString refusal = RenewalClient::checkServerUrl(server); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    m_client = new RenewalClient(server, this);
    m_client->setLanguage(m_options.language);
    m_session = new Session(m_client, this);
    if (!m_options.kiosk) {
        // Saved login: the refresh token in the OS keychain, one entry per service (kiosk mode stores nothing).
        const QString scope =
            isDemo()
                ? QStringLiteral("demo")
                : server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
                      .toString();
        m_session->setCredentialStore(new CredentialStore(QCoreApplication::applicationName(), m_session), scope);
    }
    m_window = std::make_unique<MainWindow>(m_session, isDemo());
    if (m_mock) {
        connect(m_mock, &MockRenewalService::mailSent, m_window->mailPanel(), &MailPanel::refresh);
    }
    m_session->restoreSavedLogin();
    return true;
}

} // namespace clickar
