#include "rate_limiter.h"

#include <algorithm>

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

qint64 RateLimiter::retryAfter(const QJsonArray &failures, qint64 now)
{
    const QList<qint64> r = recent(failures, now);
    if (r.size() < MaxFailures)
        return 0;
    // Allowed again once enough of the window's failures have aged out.
    const qint64 unlock = r[r.size() - MaxFailures] + WindowSecs;
    return std::max<qint64>(1, unlock - now);
}

QJsonArray RateLimiter::withFailure(const QJsonArray &failures, qint64 now)
{
    QJsonArray out;
    for (const qint64 t : recent(failures, now))
        out.append(double(t));
    out.append(double(now));
    return out;
}

} // namespace pbx::sim
