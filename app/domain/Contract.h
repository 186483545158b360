#pragma once

#include "domain/Renewal.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace clickar {

class JsonReader;

// One contract on マイページトップ.
struct Contract
{
    QString policyNumber;
    QString productName;
    Period period;
    QString vehicleName;
    QString registration;
    QString holderName;
    QString groupName;
    QString status; // renewable | renewed | not_yet | expired
    QDate renewalDeadline;
    QString holderKana;          // katakana (agents' lists); empty from a service that does not send it
    int confirmedSteps = -1;     // a renewal in progress: how many of its steps are confirmed; -1 when there is none
    std::optional<int> daysLeft; // from the service's today to renewalDeadline (negative once past)

    bool isRenewable() const { return status == QStringLiteral("renewable"); }
    bool isInProgress() const { return confirmedSteps >= 0 && isRenewable(); }
    static Contract read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Contract &) const = default;
};

// 自動車保険更新のご案内.
struct Guide
{
    QDate maturityDate;
    QDate deadline;
    int estimatedMinutes = 10;
    QStringList steps;
    QStringList bring;
    QStringList notes;

    static Guide read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Guide &) const = default;
};

} // namespace clickar
