#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace clickar {

// Reads fields of a JSON object strictly: a missing field or a wrong type records the first error
// (with its path, e.g. "plans[1].quote.annualPremium") and yields a neutral value, so a decoder can read
// everything and check ok() once at the end. Never throws, never crashes on hostile input.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, const QString &path = {});

    bool has(const QString &key) const;
    QString string(const QString &key);
    QString optionalString(const QString &key, const QString &fallback = {});
    // A string that must be one of the allowed codes.
    QString code(const QString &key, const QStringList &allowed);
    qint64 integer(const QString &key);
    qint64 optionalInteger(const QString &key, qint64 fallback);
    double number(const QString &key);
    bool boolean(const QString &key);
    bool optionalBoolean(const QString &key, bool fallback);
    QDate date(const QString &key);         // YYYY-MM-DD
    QDate optionalDate(const QString &key); // null QDate when absent or null
    QDate month(const QString &key);        // YYYY-MM, as the first day of that month
    QDate optionalMonth(const QString &key);
    QStringList stringList(const QString &key);
    QStringList optionalStringList(const QString &key);

    // Nested readers share this reader's error slot.
    JsonReader object(const QString &key);
    // An object taken as it is (e.g. what the client itself stored), {} when absent or null.
    QJsonObject optionalRawObject(const QString &key);
    bool isNullOrAbsent(const QString &key) const;
    QList<JsonReader> objectArray(const QString &key);

    void fail(const QString &key, const QString &problem);
    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; }

private:
    JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> error);
    QJsonValue value(const QString &key, QJsonValue::Type type);
    QString pathOf(const QString &key) const;

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error; // shared with nested readers: the first error wins
};

QString monthString(const QDate &month);
QString dateString(const QDate &date);

} // namespace clickar
