// Screenshots of the agent's screens for a visual check: the work queue, a search and a search with no result, a
// customer's guide and the wizard pages with the banner and the attestation boxes, the completion page, and the queue
// after 次のお客さま with 本日の完了; then a draft left at page 4 as the queue shows it (手続き中 4/9) and a
// policyholder's draft at the same page as MyPage shows it (手続き中（4/9）); on the app's own embedded demo service.
// Usage: agent_screens OUT_DIR [ja|en]   — e.g. under `xvfb-run -a`. Not part of ctest.
#include "bench/Screenshots.h"
#include "support/AppDriver.h"
#include "ui/ClickarApp.h"
#include "ui/MainWindow.h"
#include "ui/MessageBoxes.h"
#include "wizard/PageIds.h"
#include "wizard/RenewalWizard.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace clickar;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const test::Screenshots shots(argc, argv, "agent_screens");

    test::AppDriver d;
    if (!d.startEmbeddedApp(shots.language))
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
    if (!d.reachPage(BasicInfoPageId))
        qFatal("page 2");
    shots.save(window, QStringLiteral("agent-page2.png"));
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

    // A draft left at page 4 (Alt+N, OK): the queue's 手続き中 n/9.
    if (!d.openCustomer(QStringLiteral("7023450027")) || !d.proceedToWizard() || !d.reachPage(ContractDetailsPageId))
        qFatal("draft");
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    if (!d.pressKey(Qt::Key_N, Qt::AltModifier) ||
        !d.waitFor([&] { return d.screen() == QStringLiteral("agentHomeScreen") && !window->servedPerson(); }) ||
        !d.typeInto("customerSearch", QStringLiteral("7023450027")) ||
        !d.waitFor([&] { return d.find<QAbstractItemView>("customerQueue")->model()->rowCount() == 1; }))
        qFatal("draft in the queue");
    QTest::qWait(100);
    shots.save(window, QStringLiteral("agent-queue-draft.png"));

    // A policyholder's draft at the same page: MyPage's 手続き中（n/9）.
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    d.find<QAction>("logoutAction")->trigger();
    if (!d.waitFor([&] { return d.screen() == QStringLiteral("loginScreen"); }) ||
        !d.logIn(QStringLiteral("tanaka@example.jp")) || !d.openGuide() || !d.proceedToWizard() ||
        !d.reachPage(ContractDetailsPageId))
        qFatal("policyholder's draft");
    d.wizard()->reject(); // 中断する
    if (!d.waitFor([&] { return d.screen() == QStringLiteral("myPageScreen"); }))
        qFatal("MyPage");
    QTest::qWait(500);
    shots.save(window, QStringLiteral("mypage-draft.png"));
    return 0;
}
