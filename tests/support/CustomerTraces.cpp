#include "support/CustomerTraces.h"

#include "support/AppDriver.h"
#include "ui/AgentDesk.h"
#include "ui/MainWindow.h"

namespace clickar::test {

QString customerEmail(const QString &policyNumber)
{
    return QStringLiteral("kokyaku%1@example.jp").arg(policyNumber.right(2));
}

QList<Trace> customerTraces(const AppDriver &app, const QString &email)
{
    static const QStringList customerScopeClasses = {QStringLiteral("clickar::ServedPerson"),
                                                     QStringLiteral("clickar::GuideScreen"),
                                                     QStringLiteral("clickar::RenewalWizard"),
                                                     QStringLiteral("clickar::RenewalController"),
                                                     QStringLiteral("clickar::PdfViewerWindow"),
                                                     QStringLiteral("clickar::HelpDialog"),
                                                     QStringLiteral("QPdfDocument"),
                                                     QStringLiteral("QPrintPreviewDialog")};
    TraceWalker walker(TraceWalker::personNeedles(email));
    walker.addRoot(app.app());
    walker.forbidClasses(customerScopeClasses);
    if (app.window() && app.window()->agentDesk())
        walker.skip(app.window()->agentDesk()->home());
    return walker.walk();
}

} // namespace clickar::test
