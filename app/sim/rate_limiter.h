#pragma once

#include <QJsonArray>

namespace pbx::sim {

// Failed passwords and passcodes per account, in a sliding window. The
// failures are kept in the account's record so they survive a restart.
struct RateLimiter
{
    static constexpr int MaxFailures = 5;
    static constexpr qint64 WindowSecs = 300;

    // Seconds until another attempt is allowed; 0 if allowed now.
    static qint64 retryAfter(const QJsonArray &failures, qint64 now);
    // The list with this failure added and expired ones dropped.
    static QJsonArray withFailure(const QJsonArray &failures, qint64 now);
};

} // namespace pbx::sim
