#pragma once

#include "portal/session.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>

namespace pbx {

// When users enrolled, from the audit log's mfa.enrolled events in the
// caller's scope (GET /auditlog), kept between loads. The first load asks
// for everything since the window's start; later ones only for what is
// newer than the newest event held (from OverlapSecs before it, for events
// written late), so a refresh of a large territory does not fetch its
// 25 MB of events again. A sign-in, a sign-out or a failed load starts
// afresh.
//
// The audit log has no pages: the time asked for is cut into windows of
// WindowDays (the last one longer rather than a short one after it), asked
// for together, and a window whose answer is too large for the client's
// limit is asked for again as two halves.
class AuditedEnrollments : public QObject
{
    Q_OBJECT
public:
    static constexpr int OverlapSecs = 300;
    // A quarter: 52 weeks in four requests; at 200,000 users a quarter's
    // events are some 6 MiB, under the client's answer limit.
    static constexpr int WindowDays = 91;
    // A window this short that is still too large fails the load.
    static constexpr int SmallestWindowSecs = 60;

    explicit AuditedEnrollments(QObject *parent = nullptr);

    using Done = std::function<void(Result<QList<QDateTime>, PortalError>)>;
    // Every enrollment since `since`, oldest first. Forbidden or NotFound:
    // the caller cannot read the audit log, or the portal has none;
    // Cancelled: a later load() took over. `done` is called once.
    void load(Session &session, const QDateTime &since, Done done);
    void clear();

private:
    struct Event
    {
        QDateTime at;
        QString identity; // tells two events of the same second apart
    };
    struct Fetch;
    void fetchWindow(Session &session, const std::shared_ptr<Fetch> &fetch, const QDateTime &from, const QDateTime &to);
    void finish(const std::shared_ptr<Fetch> &fetch);
    // Adds the enrollments among `events`, those not held already.
    void merge(const QList<AuditEvent> &events, const QDateTime &askedFrom);

    QPointer<Session> m_session;
    QList<QDateTime> m_times; // sorted
    QList<Event> m_recent;    // those from OverlapSecs before the newest
    QDateTime m_since;        // what m_times covers, from then on
    bool m_held = false;
    quint64 m_run = 0;
};

} // namespace pbx
