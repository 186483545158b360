#include "domain/Account.h"

#include "domain/Codes.h"
#include "domain/JsonReader.h"

namespace clickar {

namespace {
Contact readContact(JsonReader r)
{
    Contact c;
    c.name = r.string(QStringLiteral("name"));
    c.code = r.optionalString(QStringLiteral("code"));
    c.address = r.optionalString(QStringLiteral("address"));
    c.phone = r.optionalString(QStringLiteral("phone"));
    c.url = r.optionalString(QStringLiteral("url"));
    return c;
}

QJsonObject contactJson(const Contact &c)
{
    QJsonObject o{{QStringLiteral("name"), c.name}};
    if (!c.code.isEmpty())
        o.insert(QStringLiteral("code"), c.code);
    if (!c.address.isEmpty())
        o.insert(QStringLiteral("address"), c.address);
    if (!c.phone.isEmpty())
        o.insert(QStringLiteral("phone"), c.phone);
    if (!c.url.isEmpty())
        o.insert(QStringLiteral("url"), c.url);
    return o;
}
} // namespace

Tokens Tokens::read(JsonReader &r)
{
    Tokens t;
    t.accessToken = r.string(QStringLiteral("accessToken"));
    t.refreshToken = r.string(QStringLiteral("refreshToken"));
    t.expiresIn = static_cast<int>(r.integer(QStringLiteral("expiresIn")));
    t.role = r.code(QStringLiteral("role"), codes::roles);
    if (r.ok() && t.accessToken.isEmpty())
        r.fail(QStringLiteral("accessToken"), QStringLiteral("empty"));
    return t;
}

QJsonObject Tokens::toJson() const
{
    return {{QStringLiteral("accessToken"), accessToken},
            {QStringLiteral("refreshToken"), refreshToken},
            {QStringLiteral("expiresIn"), expiresIn},
            {QStringLiteral("role"), role}};
}

LoginResult LoginResult::read(JsonReader &r)
{
    LoginResult l;
    l.otpRequired = r.optionalBoolean(QStringLiteral("otpRequired"), false);
    if (l.otpRequired) {
        l.challengeId = r.string(QStringLiteral("challengeId"));
        l.maskedEmail = r.string(QStringLiteral("maskedEmail"));
        l.expiresIn = static_cast<int>(r.integer(QStringLiteral("expiresIn")));
    } else {
        l.tokens = Tokens::read(r);
    }
    return l;
}

QJsonObject LoginResult::toJson() const
{
    if (!otpRequired && tokens)
        return tokens->toJson();
    return {{QStringLiteral("otpRequired"), true},
            {QStringLiteral("challengeId"), challengeId},
            {QStringLiteral("maskedEmail"), maskedEmail},
            {QStringLiteral("expiresIn"), expiresIn}};
}

Me Me::read(JsonReader &r)
{
    Me m;
    m.displayName = r.string(QStringLiteral("displayName"));
    m.maskedEmail = r.string(QStringLiteral("maskedEmail"));
    m.role = r.code(QStringLiteral("role"), codes::roles);
    if (!r.isNullOrAbsent(QStringLiteral("agency")))
        m.agency = readContact(r.object(QStringLiteral("agency")));
    return m;
}

QJsonObject Me::toJson() const
{
    QJsonObject o{{QStringLiteral("displayName"), displayName},
                  {QStringLiteral("maskedEmail"), maskedEmail},
                  {QStringLiteral("role"), role}};
    if (agency)
        o.insert(QStringLiteral("agency"), contactJson(*agency));
    return o;
}

Support Support::read(JsonReader &r)
{
    Support s;
    s.insurer = readContact(r.object(QStringLiteral("insurer")));
    if (!r.isNullOrAbsent(QStringLiteral("agency")))
        s.agency = readContact(r.object(QStringLiteral("agency")));
    s.hours = r.string(QStringLiteral("hours"));
    s.registrationUrl = r.optionalString(QStringLiteral("registrationUrl"));
    return s;
}

QJsonObject Support::toJson() const
{
    QJsonObject o{{QStringLiteral("insurer"), contactJson(insurer)}, {QStringLiteral("hours"), hours}};
    if (agency)
        o.insert(QStringLiteral("agency"), contactJson(*agency));
    if (!registrationUrl.isEmpty())
        o.insert(QStringLiteral("registrationUrl"), registrationUrl);
    return o;
}

Mail Mail::read(JsonReader &r)
{
    Mail m;
    m.to = r.string(QStringLiteral("to"));
    m.subject = r.string(QStringLiteral("subject"));
    m.body = r.string(QStringLiteral("body"));
    m.sentAt = QDateTime::fromString(r.string(QStringLiteral("sentAt")), Qt::ISODate);
    if (r.ok() && !m.sentAt.isValid())
        r.fail(QStringLiteral("sentAt"), QStringLiteral("expected a date-time"));
    return m;
}

QJsonObject Mail::toJson() const
{
    return {{QStringLiteral("to"), to},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("body"), body},
            {QStringLiteral("sentAt"), sentAt.toUTC().toString(Qt::ISODate)}};
}

} // namespace clickar
