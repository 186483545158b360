#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace clickar {

class JsonReader;

struct Tokens
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0; // seconds the access token lives
    QString role;      // policyholder | agent
    static Tokens read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Tokens &) const = default;
};

// The answer to POST /auth/login: either a one-time-password challenge or the tokens.
struct LoginResult
{
    bool otpRequired = false;
    QString challengeId;
    QString maskedEmail;
    int expiresIn = 0;
    std::optional<Tokens> tokens;
    static LoginResult read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const LoginResult &) const = default;
};

struct Contact
{
    QString name;
    QString code;
    QString address;
    QString phone;
    QString url;
    bool operator==(const Contact &) const = default;
};

struct Me
{
    QString displayName;
    QString maskedEmail;
    QString role;
    std::optional<Contact> agency;
    bool isAgent() const { return role == QStringLiteral("agent"); }
    static Me read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Me &) const = default;
};

struct Support
{
    Contact insurer;
    std::optional<Contact> agency;
    QString hours;
    QString registrationUrl; // where a person with no MyPage account registers (会員登録); empty when not given
    static Support read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Support &) const = default;
};

// One mail in the mock service's outbox.
struct Mail
{
    QString to;
    QString subject;
    QString body;
    QDateTime sentAt;
    static Mail read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const Mail &) const = default;
};

} // namespace clickar
