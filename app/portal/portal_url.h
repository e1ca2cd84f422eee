#pragma once

#include "common/result.h"
#include "portal_error.h"

#include <QString>
#include <QUrl>

namespace pbx {

// A portal address as typed, checked and reduced to its origin: accepts
// "https://host[:port][/...]" or a bare "host[:port]"; plain http only to
// this computer. Qt Core only, as the sign-in window needs it before the
// network stack is loaded.
Result<QUrl, PortalError> portalUrl(const QString &text);

// localhost, 127.0.0.0/8 or ::1 (also IPv4-mapped), as QUrl normalises a host.
bool isLoopbackHost(const QString &host);

} // namespace pbx
