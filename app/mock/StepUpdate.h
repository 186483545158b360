#pragma once

#include "mock/MockReply.h"

#include "domain/Renewal.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace clickar {

// Reading, checking and applying the bodies of PUT /renewals/{id}/steps/{step} and POST /renewals/{id}/quote.
// Wrong JSON types and missing members are a bad request (400); values that are the wrong choice or fail the
// checks of docs/rating.md §7 are field messages (422).
namespace stepupdate {

struct Outcome
{
    QString badRequest;            // non-empty: answer 400 with this problem
    QMap<QString, QString> fields; // non-empty: answer 422 with these field messages
    bool ok() const { return badRequest.isEmpty() && fields.isEmpty(); }
    MockReply reply(MockLang lang) const; // the 400 or 422 answer
};

// Applies `body` for `step` to `renewal` (only when everything passes; the renewal is unchanged otherwise).
// `documentSha256s` are the accepted hashes of the disclosure documents.
Outcome apply(Renewal &renewal, Step step, const QJsonObject &body, const QStringList &documentSha256s, MockLang lang);

// Applies the selections of a quote request (any of the basic, coverage and details fields and paymentMethod);
// no §5 checks, since a quote is only a "what if".
Outcome applySelections(Renewal &renewal, const QJsonObject &body, MockLang lang);

// The checks repeated at submission: every step confirmed and the saved entries still valid.
QMap<QString, QString> validateForSubmit(const Renewal &renewal, MockLang lang);

// The message for a step confirmed before the steps it follows.
QString stepOrderMessage(Step missing, MockLang lang);

} // namespace stepupdate

} // namespace clickar
