#pragma once

#include <QDate>
#include <QDateTime>

namespace clickar {

// The mock service's clock: real UTC time plus an offset that POST /_mock/advance moves forward, so tests can
// expire tokens, one-time passwords and lockouts without waiting. With a fixed "today" (--today) the clock is
// also shifted by whole days so that timestamps (mails, submittedAt) fall on that day; "today" is the fixed date
// (or the current date) moved by the whole days of the offset.
class MockClock
{
public:
    explicit MockClock(const QDate &fixedToday = {})
        : m_fixedToday(fixedToday)
        , m_dayShift(fixedToday.isValid() ? QDate::currentDate().daysTo(fixedToday) : 0)
    {}

    QDateTime now() const { return QDateTime::currentDateTimeUtc().addDays(m_dayShift).addSecs(m_offsetSeconds); }
    QDate today() const
    {
        const QDate base = m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
        return base.addDays(m_offsetSeconds / 86400);
    }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }
    void reset() { m_offsetSeconds = 0; }
    void setOffsetSeconds(qint64 seconds) { m_offsetSeconds = seconds; }
    qint64 offsetSeconds() const { return m_offsetSeconds; }

private:
    QDate m_fixedToday;
    qint64 m_dayShift = 0;
    qint64 m_offsetSeconds = 0;
};

} // namespace clickar
