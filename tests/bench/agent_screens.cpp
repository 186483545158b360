// Screenshots of the agent's screens for a visual check: the work queue, a search and a search with no result, a
// customer's guide and the wizard pages with the banner and the attestation boxes, the completion page, and the queue
// after 次のお客さま with 本日の完了; on the app's own embedded demo service.
// Usage: agent_screens OUT_DIR [ja|en]   — e.g. under `xvfb-run -a`. Not part of ctest.
#include "bench/Screenshots.h"
#include "support/AppDriver.h"
#include "ui/ClickarApp.h"
#include "ui/MainWindow.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

using namespace clickar;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const test::Screenshots shots(argc, argv, "agent_screens");

    test::AppDriver d;
    if (!d.startEmbeddedApp(shots.startLanguage))
        qFatal("the app did not start");
    MainWindow *window = d.window();
    window->resize(1400, 900);
    if (!d.logIn(QStringLiteral("agent@example.jp"), QStringLiteral("Agent#2026")))
        qFatal("login");
    auto *queue = d.find<QAbstractItemView>("customerQueue");
    if (!d.waitFor([&] { return queue->model()->rowCount() == 30; }))
        qFatal("queue");
    shots.save(window, QStringLiteral("agent-queue.png"));

    if (!d.typeInto("customerSearch", QStringLiteral("むらかみ")) ||
        !d.waitFor([&] { return queue->model()->rowCount() == 1; }))
        qFatal("search");
    shots.save(window, QStringLiteral("agent-search.png"));
    if (!d.typeInto("customerSearch", QStringLiteral("該当なし")) ||
        !d.waitFor([&] { return queue->model()->rowCount() == 0; }))
        qFatal("search");
    QTest::qWait(100);
    shots.save(window, QStringLiteral("agent-search-empty.png"));
    if (!d.typeInto("customerSearch", QString()))
        qFatal("search");

    if (!d.openCustomer(QStringLiteral("7023450030")))
        qFatal("customer");
    shots.save(window, QStringLiteral("agent-guide.png"));
    if (!d.proceedToWizard())
        qFatal("wizard");
    shots.save(window, QStringLiteral("agent-page1.png"));
    // 「次のお客さま」 mid-wizard asks first: the question (a modal box, looked at while it is open), then キャンセル.
    QTimer::singleShot(0, [&shots] {
        if (!test::AppDriver::waitFor([] { return QApplication::activeModalWidget() != nullptr; }))
            qFatal("the question was not shown");
        QWidget *box = QApplication::activeModalWidget();
        shots.save(box, QStringLiteral("agent-leave-question.png"));
        QMetaObject::invokeMethod(box, "reject");
    });
    if (!d.pressKey(Qt::Key_N, Qt::AltModifier))
        qFatal("next customer");
    if (!d.reachPage(DisclosurePageId))
        qFatal("page 7");
    window->activateWindow();
    shots.save(window, QStringLiteral("agent-page7.png"));
    if (!d.reachPage(ApplicationPageId) || !d.fillPage())
        qFatal("page 8");
    shots.save(window, QStringLiteral("agent-page8.png"));
    if (!d.reachPage(CompletionPageId))
        qFatal("page 9");
    shots.save(window, QStringLiteral("agent-completion.png"));
    if (!d.pressKey(Qt::Key_Return) || !d.waitFor([&] { return d.screen() == QStringLiteral("agentHomeScreen"); }))
        qFatal("next customer");
    if (!d.waitFor([&] { return d.find<QAbstractItemView>("customerQueue")->model()->rowCount() == 30; }))
        qFatal("queue");
    shots.save(window, QStringLiteral("agent-queue-after.png"));
    return 0;
}
