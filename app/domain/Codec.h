#pragma once

#include "domain/JsonReader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

#include <optional>

namespace clickar {

// Decodes a response body into T (which has `static T read(JsonReader &)`). Malformed, truncated or
// mistyped JSON yields nullopt and a description in *error; nothing here can crash on hostile input.
template<typename T> std::optional<T> decodeObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON: ") + parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    JsonReader reader(doc.object());
    T value = T::read(reader);
    if (!reader.ok()) {
        *error = reader.error();
        return std::nullopt;
    }
    return value;
}

template<typename T> std::optional<QList<T>> decodeArray(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON: ") + parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isArray()) {
        *error = QStringLiteral("expected a JSON array");
        return std::nullopt;
    }
    QList<T> items;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("[%1]: expected an object").arg(i);
            return std::nullopt;
        }
        JsonReader reader(array.at(i).toObject(), QStringLiteral("[%1]").arg(i));
        items.append(T::read(reader));
        if (!reader.ok()) {
            *error = reader.error();
            return std::nullopt;
        }
    }
    return items;
}

} // namespace clickar
