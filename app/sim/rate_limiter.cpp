#include "rate_limiter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pbx::sim {

static QList<qint64> recent(const QJsonArray &failures, qint64 now)
{
    QList<qint64> out;
    for (const QJsonValue &v : failures) {
        const qint64 t = qint64(v.toDouble());
        if (t > now - RateLimiter::WindowSecs && t <= now)
            out.append(t);
    }
    std::sort(out.begin(), out.end());
    return out;
}

RateLimiter::Verdict RateLimiter::check(const QJsonObject &record, qint64 now)
{
    if (record.value(u"hard"_s).toBool())
        return {true, 0};
    qint64 wait = std::max<qint64>(0, lockedUntil(record) - now);
    const QList<qint64> r = recent(record.value(u"at"_s).toArray(), now);
    if (r.size() >= MaxFailures) {
        // Allowed again once enough of the window's failures have aged out.
        const qint64 unlock = r[r.size() - MaxFailures] + WindowSecs;
        wait = std::max(wait, std::max<qint64>(1, unlock - now));
    }
    return {false, wait};
}

QJsonObject RateLimiter::withFailure(const QJsonObject &record, qint64 now, bool *lockStarted)
{
    QJsonArray at;
    for (const qint64 t : recent(record.value(u"at"_s).toArray(), now))
        at.append(double(t));
    at.append(double(now));
    const int consecutive = record.value(u"consecutive"_s).toInt() + 1;
    QJsonObject out = record;
    out.insert(u"at"_s, at);
    out.insert(u"consecutive"_s, consecutive);
    *lockStarted = false;
    if (consecutive >= HardLockAt) {
        *lockStarted = !record.value(u"hard"_s).toBool();
        out.insert(u"hard"_s, true);
    } else if (consecutive % LockEvery == 0) {
        const int doublings = std::min(consecutive / LockEvery - 1, 30);
        const qint64 secs = std::min<qint64>(MaxLockSecs, FirstLockSecs << doublings);
        out.insert(u"locked-until"_s, double(now + secs));
        *lockStarted = true;
    }
    return out;
}

} // namespace pbx::sim
