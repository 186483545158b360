#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace clickar {

// The administrator PIN that leaves kiosk mode. Only a salted, slow hash is kept (settings key `kioskPinHash`):
// PBKDF2-HMAC-SHA256 through QPasswordDigestor, "pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>".
// An object of this class is the PIN pad's gate: five wrong PINs in a row lock it for five minutes.
class KioskPin
{
public:
    static constexpr auto settingsKey = "kioskPinHash";
    static constexpr int maxFailures = 5;
    static constexpr int lockSeconds = 5 * 60;

    // 4 to 12 ASCII digits: what the on-screen number pad can enter.
    static bool isAcceptable(const QString &pin);
    // A new hash of `pin` with a fresh random salt.
    static QString hash(const QString &pin);
    // Whether `pin` matches `stored` (compared in constant time); false for a malformed `stored`.
    static bool verify(const QString &pin, const QString &stored);
    // Whether `stored` is a hash this class can check (the kiosk refuses to start without one).
    static bool isHash(const QString &stored);
    // The hash in the settings (QSettings, key `kioskPinHash`), "" when none is set.
    static QString storedHash();

    explicit KioskPin(const QString &storedHash);

    enum class Outcome { Accepted, Wrong, Locked };
    // Checks a PIN typed on the pad: Locked (without checking) while the pad is locked; the fifth Wrong in a row
    // locks it.
    Outcome attempt(const QString &pin);
    bool isLocked() const;
    QDateTime lockedUntil() const { return m_lockedUntil; }
    int attemptsLeft() const { return maxFailures - m_failures; }
    // The clock the lock is measured on (tests move it forward).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    QString m_stored;
    int m_failures = 0;
    QDateTime m_lockedUntil;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace clickar
