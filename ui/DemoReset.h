#pragma once

#include "service/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace clickar {

class MockClient;
class Session;

// 「デモデータを初期化」: after a confirmation, the demo service goes back to its seed data (POST /_mock/reset:
// every login, renewal, submission and mail of the demo is discarded) and the person is logged out, back to the
// login screen. Demo mode only.
class DemoReset : public QObject
{
    Q_OBJECT

public:
    DemoReset(MockClient *mock, Session *session, QWidget *window, QObject *parent = nullptr);

    void ask(); // asks, then resets; nothing happens when the person cancels
    static QString failureMessage(const ApiError &error);

signals:
    void done();                        // the service is at its seed, the person logged out
    void failed(const ApiError &error); // the service could not be reset; nothing changed here

private:
    MockClient *m_mock;
    Session *m_session;
    QPointer<QWidget> m_window;
    bool m_running = false;
};

} // namespace clickar
