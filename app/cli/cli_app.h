#pragma once

#include "portal/portal_error.h"

#include <QStringList>

namespace pbx::cli {

// Exit statuses of pbx-admin-cli, documented in README.md.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,        // server or protocol error, anything else
    ExitUsage = 2,
    ExitBadCredentials = 3,
    ExitWrongPasscode = 4,
    ExitWrongPassword = 5,
    ExitRateLimited = 6,
    ExitTls = 7,
    ExitNetwork = 8,        // unreachable or timed out
    ExitInputEnded = 9,     // a prompt got no answer
    ExitMfaStateUnknown = 10, // users list --mfa: the portal does not report some users' MFA state
};

int exitCodeFor(const PortalError &error);

// Runs `pbx-admin-cli ARGS...` and returns the exit status.
int run(const QStringList &arguments);

} // namespace pbx::cli
