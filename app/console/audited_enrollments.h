#pragma once

#include "portal/session.h"

#include <functional>

namespace pbx {

// When users enrolled since `since`, from the audit log's mfa.enrolled
// events in the caller's scope (GET /auditlog). Forbidden or NotFound: the
// caller cannot read the audit log, or the portal has none. `done` is
// called once.
void auditedEnrollments(Session &session, const QDateTime &since,
                        std::function<void(Result<QList<QDateTime>, PortalError>)> done);

} // namespace pbx
