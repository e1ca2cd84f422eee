#pragma once

#include "portal/session.h"

#include <functional>

namespace pbx {

// Every domain the caller may list, page by page (GET /domains start/limit:
// a reseller's territory runs to thousands). `done` is called once, with
// Cancelled if the session goes away first; a portal that never stops
// sending full pages is a protocol error past MaxDomains.
void listAllDomains(Session &session, std::function<void(Result<QList<PortalDomain>, PortalError>)> done);

inline constexpr int DomainPageSize = 1000; // the API's largest page
inline constexpr int MaxDomains = 100000;

} // namespace pbx
