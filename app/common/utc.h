#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

// Times in UTC, written the same on every Qt version. From Qt 6.5 the
// Qt::TimeSpec overloads are deprecated and QTimeZone::UTC stands for
// Qt::UTC; on Qt 6.4 QTimeZone::utc() is a zone named "UTC" instead, which
// ISO dates would show as "+00:00" rather than "Z", so there the time spec
// stays.
namespace pbx::utc {

// The instant `secs` after the epoch.
inline QDateTime fromSecs(qint64 secs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC);
#else
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
#endif
}

// `time` on `date`, in UTC.
inline QDateTime at(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

// A time read without an offset (local time, to Qt) taken as UTC, the same
// date and time of day; any other time as it is.
inline QDateTime assumingUtc(const QDateTime &t)
{
    if (!t.isValid() || t.timeSpec() != Qt::LocalTime)
        return t;
    return at(t.date(), t.time());
}

} // namespace pbx::utc
