#pragma once

#include "domain/Renewal.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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
    // The draft renewal under way, if any: its id and the steps confirmed so far (MyPage: 「手続き中（4/9）」).
    QString renewalInProgress;
    QList<Step> inProgressConfirmed;

    bool isRenewable() const { return status == QStringLiteral("renewable"); }
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
