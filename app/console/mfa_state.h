#pragma once

#include "portal/portal_types.h"

#include <QCoreApplication>

namespace pbx {

// Where a user stands with MFA, as the help desk sees it. Unknown: the
// portal does not report it (a stock NetSapiens portal has no MFA fields).
enum class MfaState { NotRequired, Pending, Enrolled, Unknown };
constexpr size_t MfaStateCount = 4;
constexpr MfaState AllMfaStates[MfaStateCount] = {MfaState::NotRequired, MfaState::Pending, MfaState::Enrolled,
                                                  MfaState::Unknown};

MfaState mfaStateOf(const ListedUser &user);
// "Not required", "Required, pending", "Enrolled since 3 March 2026", "Unknown".
QString describeMfaState(const ListedUser &user, const QLocale &locale = QLocale());
// The name of a state alone, as a filter offers it: "Enrolled", "Unknown"...
QString mfaStateName(MfaState state);
// Why a state is unknown, for a tooltip or a footnote.
QString unknownMfaStateReason();
// For command lines and files: not-required, pending, enrolled, unknown.
QString mfaStateKey(MfaState state);
std::optional<MfaState> mfaStateFromKey(const QString &key);

// Adds one user to a summary counted from the listing, as the portal's own
// summary counts (docs/portal-api.md): overdue when pending past the
// user's enrollment deadline at `now`.
void countInto(MfaSummary &summary, const PortalUser &user, const QDateTime &now);

} // namespace pbx
