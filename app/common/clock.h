#pragma once

#include <QDateTime>

namespace pbx {

// Time source for TOTP, token expiry and rate limits. Injected so tests can
// move time without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }

    // The process-wide wall clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc()) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void setNow(QDateTime t) { m_now = std::move(t); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace pbx
