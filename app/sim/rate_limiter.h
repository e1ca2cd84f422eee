#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace pbx::sim {

// Failed passwords and passcodes per account, kept in the account's
// failure record so they survive a restart. Two rules, both in force
// (NIST SP 800-63B §5.2.2 asks for a limit on consecutive failures):
//
// - a sliding window: at most MaxFailures in WindowSecs;
// - consecutive failures (reset only by a success or an administrator):
//   every LockEvery of them locks the account, for FirstLockSecs, then
//   twice as long each time, up to MaxLockSecs; at HardLockAt it stays
//   locked until an administrator unlocks it.
//
// Record: {"at": [times], "consecutive": n, "locked-until": t, "hard": bool}
struct RateLimiter
{
    static constexpr int MaxFailures = 5;
    static constexpr qint64 WindowSecs = 300;
    static constexpr int LockEvery = 5;
    static constexpr qint64 FirstLockSecs = 60;
    static constexpr qint64 MaxLockSecs = 86400;
    static constexpr int HardLockAt = 100;

    struct Verdict
    {
        bool hardLocked = false;
        qint64 retryAfter = 0; // seconds until another attempt is allowed; 0: now
    };
    static Verdict check(const QJsonObject &record, qint64 now);

    // The record with this failure added; *lockStarted says whether it
    // starts a lock (for the audit log).
    static QJsonObject withFailure(const QJsonObject &record, qint64 now, bool *lockStarted);
    // When the account is (or was last) locked until; 0 if never.
    static qint64 lockedUntil(const QJsonObject &record) { return qint64(record.value(QStringLiteral("locked-until")).toDouble()); }
};

} // namespace pbx::sim
