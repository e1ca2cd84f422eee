#include "audited_enrollments.h"

using namespace Qt::StringLiterals;

namespace pbx {

void auditedEnrollments(Session &session, const QDateTime &since,
                        std::function<void(Result<QList<QDateTime>, PortalError>)> done)
{
    if (!session.client())
        return done(PortalError::make(ErrorKind::SessionExpired));
    AuditQuery query;
    query.action = u"mfa.enrolled"_s;
    query.from = since;
    session.client()->auditLog(session.accessToken(), query,
                               [done = std::move(done)](Result<QList<AuditEvent>, PortalError> r) {
                                   if (!r)
                                       return done(r.error());
                                   QList<QDateTime> times;
                                   times.reserve(r.value().size());
                                   for (const AuditEvent &e : r.value())
                                       if (e.action == u"mfa.enrolled")
                                           times.append(e.timestamp);
                                   done(std::move(times));
                               });
}

} // namespace pbx
