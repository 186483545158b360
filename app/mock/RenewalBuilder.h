#pragma once

#include "mock/Rating.h"
#include "mock/SeedData.h"

#include <QDate>

namespace clickar {

// Builds the server-side draft of a renewal from a seed contract and keeps its quotes current (docs/rating.md).
namespace renewalbuilder {

// The contract's maturity date when the service's data were loaded (reset) on `loadDay`.
QDate maturityDate(const SeedContract &contract, const QDate &loadDay);

// renewable from 60 days before maturity until maturity (inclusive), not_yet before, expired after, renewed
// once submitted.
QString contractStatus(const QDate &maturity, bool renewed, const QDate &today);

// The youngest driver with a birth date: suzuki's son is given by his age at the new term's start.
std::optional<YoungestDriver> youngestDriver(const SeedContract &contract, const QDate &termStart);

// The plans of one renewal (前年同等 from last year's coverages, the others from the seed's templates).
QList<Plan> plans(const Seed &seed, const SeedContract &contract);

// A new draft: version 1, nothing confirmed, last year's plan selected, every quote computed.
Renewal build(const Seed &seed, const SeedContract &contract, const QDate &maturity, const QString &id);

// The rating input for `renewal` under `coverages`.
rating::Input ratingInput(const Renewal &renewal, const Coverages &coverages, double discountRate);

// Recomputes every plan's quote under the renewal's current selections, and `quote` (the selected plan's).
void requote(Renewal &renewal, double discountRate);

// Last year's premium when the seed does not give it: last year's coverages at the current grade, over the
// ending term.
qint64 lastYearPremium(const Seed &seed, const SeedContract &contract, const QDate &maturity);

} // namespace renewalbuilder

} // namespace clickar
