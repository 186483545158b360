#include "ui/KioskPin.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSettings>
#include <QStringList>

namespace clickar {

namespace {
constexpr auto scheme = "pbkdf2-sha256";
// Slow enough to make guessing a stolen hash expensive, quick enough for the PIN pad (measured: a few hundred ms).
constexpr int iterations = 100000;
constexpr int saltBytes = 16;
constexpr int keyBytes = 32;

QByteArray derive(const QString &pin, const QByteArray &salt, int rounds)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, rounds, keyBytes);
}

struct Parsed
{
    int rounds = 0;
    QByteArray salt;
    QByteArray key;
};

bool parse(const QString &stored, Parsed *out)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String(scheme))
        return false;
    bool ok = false;
    out->rounds = parts[1].toInt(&ok);
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts[3].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || out->rounds < 1000 || out->rounds > 10000000 || !salt || !key || salt.decoded.size() < 8 ||
        key.decoded.size() != keyBytes)
        return false;
    out->salt = salt.decoded;
    out->key = key.decoded;
    return true;
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}
} // namespace

bool KioskPin::isAcceptable(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return false;
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString KioskPin::hash(const QString &pin)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), saltBytes / 4);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(QLatin1String(scheme))
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(pin, salt, iterations).toBase64()));
}

bool KioskPin::verify(const QString &pin, const QString &stored)
{
    Parsed parsed;
    return parse(stored, &parsed) && equalInConstantTime(derive(pin, parsed.salt, parsed.rounds), parsed.key);
}

bool KioskPin::isHash(const QString &stored)
{
    Parsed parsed;
    return parse(stored, &parsed);
}

QString KioskPin::storedHash()
{
    return QSettings().value(QLatin1String(settingsKey)).toString();
}

KioskPin::KioskPin(const QString &storedHash)
    : m_stored(storedHash)
{}

bool KioskPin::isLocked() const
{
    return m_lockedUntil.isValid() && m_now() < m_lockedUntil;
}

KioskPin::Outcome KioskPin::attempt(const QString &pin)
{
    if (isLocked())
        return Outcome::Locked;
    if (m_lockedUntil.isValid()) { // the lock has run out: five more tries
        m_lockedUntil = {};
        m_failures = 0;
    }
    if (verify(pin, m_stored)) {
        m_failures = 0;
        return Outcome::Accepted;
    }
    if (++m_failures >= maxFailures) {
        m_lockedUntil = m_now().addSecs(lockSeconds);
        return Outcome::Locked;
    }
    return Outcome::Wrong;
}

} // namespace clickar
