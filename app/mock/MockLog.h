#pragma once

#include <QLoggingCategory>

namespace clickar {
// clickar.mock: the mock service's log. Never personal data: no emails, names, phone numbers, policy numbers,
// birth dates, tokens or codes — route templates, statuses and counts only.
Q_DECLARE_LOGGING_CATEGORY(lcMock)
} // namespace clickar
