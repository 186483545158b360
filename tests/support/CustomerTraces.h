#pragma once

#include "support/TraceWalker.h"

namespace clickar::test {

class AppDriver;

// The demo address of the agency's customer with `policyNumber` (kokyaku30@example.jp for 7023450030).
QString customerEmail(const QString &policyNumber);

// After an agent's 「次のお客さま」: what is left of the customer with the demo address `email` anywhere in the app —
// every widget, object, model, window, the mail panel and the clipboard (TraceWalker) — outside the agency's queue
// and today's list, which list the agency's customers by design; and any object that exists only inside a
// customer's scope (guide, wizard, viewer, help, print preview).
QList<Trace> customerTraces(const AppDriver &app, const QString &email);

} // namespace clickar::test
