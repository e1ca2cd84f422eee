#include "audited_enrollments.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pbx {

// One load: its windows' answers, gathered until the last is in.
struct AuditedEnrollments::Fetch
{
    quint64 run = 0;
    QDateTime since, from;
    int pending = 0;
    QList<AuditEvent> events;
    std::optional<PortalError> error;
    Done done;
};

AuditedEnrollments::AuditedEnrollments(QObject *parent) : QObject(parent) {}

void AuditedEnrollments::clear()
{
    ++m_run; // a load under way no longer adds to what is held
    m_times.clear();
    m_recent.clear();
    m_since = {};
    m_held = false;
}

void AuditedEnrollments::load(Session &session, const QDateTime &since, Done done)
{
    if (m_session != &session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        clear();
        m_session = &session;
        // Another account may sign in on the same session: its scope differs.
        connect(&session, &Session::stateChanged, this, [this](Session::State state) {
            if (state != Session::State::SignedIn)
                clear();
        });
    }
    if (!session.client())
        return done(PortalError::make(ErrorKind::SessionExpired));
    // An earlier start than what is held: ask for everything.
    if (m_held && since < m_since)
        clear();
    if (m_held && since > m_since) {
        m_times.erase(m_times.begin(), std::lower_bound(m_times.begin(), m_times.end(), since));
        m_since = since;
    }
    QDateTime from = since.toUTC();
    if (m_held && !m_recent.isEmpty())
        from = std::max(from, m_recent.constLast().at.addSecs(-OverlapSecs));
    // Whole seconds, as events are stamped: one window ends the second
    // before the next begins.
    if (const int fraction = from.time().msec())
        from = from.addMSecs(1000 - fraction);
    auto fetch = std::make_shared<Fetch>();
    fetch->run = ++m_run;
    fetch->since = since;
    fetch->from = from;
    fetch->done = std::move(done);
    // One more pending while the windows go out, so none that answers at
    // once finishes the load early.
    ++fetch->pending;
    const QDateTime now = session.clock().now();
    QDateTime start = from;
    for (; start.daysTo(now) > WindowDays + WindowDays / 2; start = start.addDays(WindowDays))
        fetchWindow(session, fetch, start, start.addDays(WindowDays).addSecs(-1));
    // The last window is open-ended: the portal's clock may run ahead.
    fetchWindow(session, fetch, start, {});
    if (--fetch->pending == 0)
        finish(fetch);
}

void AuditedEnrollments::fetchWindow(Session &session, const std::shared_ptr<Fetch> &fetch, const QDateTime &from,
                                     const QDateTime &to)
{
    if (!session.client()) {
        fetch->error = PortalError::make(ErrorKind::SessionExpired);
        return;
    }
    AuditQuery query;
    query.action = u"mfa.enrolled"_s;
    query.from = from;
    query.to = to;
    ++fetch->pending;
    QPointer<AuditedEnrollments> self(this);
    QPointer<Session> where(&session);
    session.client()->auditLog(query,
                               [self, where, fetch, from, to](Result<QList<AuditEvent>, PortalError> r) {
        --fetch->pending;
        if (!self || fetch->run != self->m_run) {
            fetch->error = PortalError::make(ErrorKind::Cancelled);
        } else if (r) {
            fetch->events.append(std::move(r).value());
        } else if (r.error().kind == ErrorKind::TooLarge && where && !fetch->error) {
            // Two halves, each asked for on its own.
            const QDateTime end = to.isValid() ? to : std::max(from, where->clock().now());
            const qint64 secs = from.secsTo(end);
            if (secs < SmallestWindowSecs) {
                fetch->error = r.error();
            } else {
                const QDateTime middle = from.addSecs(secs / 2 + 1);
                self->fetchWindow(*where, fetch, from, middle.addSecs(-1));
                self->fetchWindow(*where, fetch, middle, to);
            }
        } else if (!fetch->error) {
            fetch->error = r.error();
        }
        if (fetch->pending == 0) {
            if (self)
                self->finish(fetch);
            else
                fetch->done(PortalError::make(ErrorKind::Cancelled));
        }
    });
}

void AuditedEnrollments::finish(const std::shared_ptr<Fetch> &fetch)
{
    if (fetch->run != m_run)
        return fetch->done(PortalError::make(ErrorKind::Cancelled));
    if (fetch->error) {
        clear();
        return fetch->done(*fetch->error);
    }
    if (!m_held) {
        m_held = true;
        m_since = fetch->since;
    }
    merge(fetch->events, fetch->from);
    fetch->events.clear();
    fetch->done(m_times);
}

void AuditedEnrollments::merge(const QList<AuditEvent> &events, const QDateTime &askedFrom)
{
    const auto enrollment = [&](const AuditEvent &e) {
        // Older than asked for: a portal that ignores datetime-start, or
        // held already.
        return e.action == u"mfa.enrolled" && e.timestamp >= askedFrom;
    };
    const auto identityOf = [](const AuditEvent &e) -> QString {
        return e.timestamp.toString(Qt::ISODateWithMs) + u'\n' + e.targetDomain + u'\n' + e.targetUser + u'\n'
            + e.byDomain + u'\n' + e.byUser;
    };
    // Identities are kept, and compared, only within the overlaps.
    const QDateTime heldFrom = m_recent.isEmpty() ? QDateTime() : m_recent.constLast().at.addSecs(-OverlapSecs);
    QDateTime newest = m_recent.isEmpty() ? QDateTime() : m_recent.constLast().at;
    for (const AuditEvent &e : events)
        if (enrollment(e) && (!newest.isValid() || e.timestamp > newest))
            newest = e.timestamp;
    const QDateTime keepFrom = newest.addSecs(-OverlapSecs);
    QSet<QString> held;
    for (const Event &e : std::as_const(m_recent))
        held.insert(e.identity);

    const qsizetype before = m_times.size();
    for (const AuditEvent &e : events) {
        if (!enrollment(e))
            continue;
        const bool mayBeHeld = heldFrom.isValid() && e.timestamp >= heldFrom;
        const bool keep = e.timestamp >= keepFrom;
        const QString identity = mayBeHeld || keep ? identityOf(e) : QString();
        if (mayBeHeld && held.contains(identity))
            continue;
        m_times.append(e.timestamp);
        if (keep)
            m_recent.append({e.timestamp, identity});
    }
    // The portal answers oldest first; sort anyway, then merge with what
    // was held.
    std::sort(m_times.begin() + before, m_times.end());
    std::inplace_merge(m_times.begin(), m_times.begin() + before, m_times.end());
    std::stable_sort(m_recent.begin(), m_recent.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    m_recent.erase(m_recent.begin(), std::lower_bound(m_recent.begin(), m_recent.end(), keepFrom,
                                                      [](const Event &e, const QDateTime &t) { return e.at < t; }));
}

} // namespace pbx
