#include "ui/DemoReset.h"

#include "mock/MockClient.h"
#include "service/Session.h"
#include "ui/MessageBoxes.h"

namespace clickar {

QString DemoReset::failureMessage(const ApiError &error)
{
    return tr("The demo data could not be reset. %1").arg(error.userMessage());
}

DemoReset::DemoReset(MockClient *mock, Session *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_mock(mock)
    , m_session(session)
    , m_window(window)
{}

void DemoReset::ask()
{
    if (m_running)
        return;
    if (!MessageBoxes::confirm(
            m_window, [] { return tr("Reset demo data"); },
            [] {
                return tr("Reset the demo service to its demo data? Every renewal in progress, every application "
                          "and every email of the demo is discarded, and you are logged out.");
            }))
        return;
    m_running = true;
    m_mock->reset(this, [this](const Result<Nothing> &result) {
        m_running = false;
        if (!result.ok()) {
            emit failed(result.error());
            return;
        }
        m_session->logout();
        emit done();
    });
}

} // namespace clickar
