#pragma once

#include <QString>

namespace clickar {

// The one form of an email address the mock uses to find an account, count failed logins, lock and rate-limit
// (docs/decisions.md "One form of an address"): surrounding white space removed, Unicode NFKC, then full case
// folding. So ſuzuki@, SUZUKI@, ｓｕｚｕｋｉ@ and suzu\u212Ai@ are all suzuki@ and share one lockout.
QString canonicalEmail(const QString &email);

} // namespace clickar
