#include "domain/JsonReader.h"

#include <cmath>

namespace clickar {

namespace {
const char *typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::Bool:
        return "true or false";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Array:
        return "an array";
    default:
        return "a value";
    }
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : JsonReader(object, path, std::make_shared<QString>())
{}

JsonReader::JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> error)
    : m_object(object)
    , m_path(path)
    , m_error(std::move(error))
{}

bool JsonReader::has(const QString &key) const
{
    return m_object.contains(key);
}

bool JsonReader::isNullOrAbsent(const QString &key) const
{
    return !m_object.contains(key) || m_object.value(key).isNull();
}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::fail(const QString &key, const QString &problem)
{
    if (m_error->isEmpty())
        *m_error = pathOf(key) + QStringLiteral(": ") + problem;
}

QJsonValue JsonReader::value(const QString &key, QJsonValue::Type type)
{
    if (!m_object.contains(key)) {
        fail(key, QStringLiteral("missing"));
        return {};
    }
    const QJsonValue v = m_object.value(key);
    if (v.type() != type) {
        fail(key, QStringLiteral("expected %1").arg(QLatin1String(typeName(type))));
        return {};
    }
    return v;
}

QString JsonReader::string(const QString &key)
{
    return value(key, QJsonValue::String).toString();
}

QString JsonReader::optionalString(const QString &key, const QString &fallback)
{
    return isNullOrAbsent(key) ? fallback : string(key);
}

QString JsonReader::code(const QString &key, const QStringList &allowed)
{
    const QString s = string(key);
    if (ok() && !allowed.contains(s))
        fail(key, QStringLiteral("unknown code"));
    return s;
}

qint64 JsonReader::integer(const QString &key)
{
    const double d = value(key, QJsonValue::Double).toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15) {
        fail(key, QStringLiteral("expected an integer"));
        return 0;
    }
    return static_cast<qint64>(d);
}

qint64 JsonReader::optionalInteger(const QString &key, qint64 fallback)
{
    return isNullOrAbsent(key) ? fallback : integer(key);
}

double JsonReader::number(const QString &key)
{
    const double d = value(key, QJsonValue::Double).toDouble();
    if (!std::isfinite(d)) {
        fail(key, QStringLiteral("expected a finite number"));
        return 0;
    }
    return d;
}

bool JsonReader::boolean(const QString &key)
{
    return value(key, QJsonValue::Bool).toBool();
}

bool JsonReader::optionalBoolean(const QString &key, bool fallback)
{
    return isNullOrAbsent(key) ? fallback : boolean(key);
}

QDate JsonReader::date(const QString &key)
{
    const QString s = string(key);
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (ok() && (!d.isValid() || s.size() != 10))
        fail(key, QStringLiteral("expected a date YYYY-MM-DD"));
    return d;
}

QDate JsonReader::optionalDate(const QString &key)
{
    return isNullOrAbsent(key) ? QDate() : date(key);
}

QDate JsonReader::month(const QString &key)
{
    const QString s = string(key);
    const QDate d = QDate::fromString(s, QStringLiteral("yyyy-MM"));
    if (ok() && (!d.isValid() || s.size() != 7))
        fail(key, QStringLiteral("expected a month YYYY-MM"));
    return d;
}

QDate JsonReader::optionalMonth(const QString &key)
{
    return isNullOrAbsent(key) ? QDate() : month(key);
}

QStringList JsonReader::stringList(const QString &key)
{
    QStringList list;
    const QJsonArray array = value(key, QJsonValue::Array).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("expected a string"));
            return {};
        }
        list.append(array.at(i).toString());
    }
    return list;
}

QStringList JsonReader::optionalStringList(const QString &key)
{
    return isNullOrAbsent(key) ? QStringList() : stringList(key);
}

JsonReader JsonReader::object(const QString &key)
{
    return JsonReader(value(key, QJsonValue::Object).toObject(), pathOf(key), m_error);
}

QJsonObject JsonReader::optionalRawObject(const QString &key)
{
    return isNullOrAbsent(key) ? QJsonObject() : value(key, QJsonValue::Object).toObject();
}

QList<JsonReader> JsonReader::objectArray(const QString &key)
{
    QList<JsonReader> readers;
    const QJsonArray array = value(key, QJsonValue::Array).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i);
        if (!array.at(i).isObject()) {
            if (m_error->isEmpty())
                *m_error = itemPath + QStringLiteral(": expected an object");
            return {};
        }
        readers.append(JsonReader(array.at(i).toObject(), itemPath, m_error));
    }
    return readers;
}

QString monthString(const QDate &month)
{
    return month.isValid() ? month.toString(QStringLiteral("yyyy-MM")) : QString();
}

QString dateString(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace clickar
