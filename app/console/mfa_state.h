#pragma once

#include "portal/portal_types.h"

#include <QCoreApplication>

namespace pbx {

// Where a user stands with MFA, as the help desk sees it.
enum class MfaState { NotRequired, Pending, Enrolled };

MfaState mfaStateOf(const PortalUser &user);
// "Not required", "Required, pending", "Enrolled since 3 March 2026".
QString describeMfaState(const PortalUser &user, const QLocale &locale = QLocale());
// For command lines and files: not-required, pending, enrolled.
QString mfaStateKey(MfaState state);
std::optional<MfaState> mfaStateFromKey(const QString &key);

} // namespace pbx
