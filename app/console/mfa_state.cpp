#include "mfa_state.h"

#include <QLocale>

namespace pbx {

MfaState mfaStateOf(const ListedUser &user)
{
    if (user.mfaEnrolled == true)
        return MfaState::Enrolled;
    if (!user.mfaEnrolled || !user.mfaRequired)
        return MfaState::Unknown; // never guessed as "not required"
    return *user.mfaRequired ? MfaState::Pending : MfaState::NotRequired;
}

QString mfaStateName(MfaState state)
{
    switch (state) {
    case MfaState::NotRequired:
        return QCoreApplication::translate("pbx::MfaState", "Not required");
    case MfaState::Pending:
        return QCoreApplication::translate("pbx::MfaState", "Required, pending");
    case MfaState::Enrolled:
        return QCoreApplication::translate("pbx::MfaState", "Enrolled");
    case MfaState::Unknown:
        return QCoreApplication::translate("pbx::MfaState", "Unknown");
    }
    return {};
}

QString unknownMfaStateReason()
{
    return QCoreApplication::translate("pbx::MfaState", "This portal does not report MFA state.");
}

QString describeMfaState(const ListedUser &user, const QLocale &locale)
{
    const MfaState state = mfaStateOf(user);
    if (state == MfaState::Enrolled && user.mfaEnrolledAt.isValid())
        return QCoreApplication::translate("pbx::MfaState", "Enrolled since %1")
            .arg(locale.toString(user.mfaEnrolledAt.toLocalTime().date(), QLocale::ShortFormat));
    return mfaStateName(state);
}

QString mfaStateKey(MfaState state)
{
    switch (state) {
    case MfaState::NotRequired: return QStringLiteral("not-required");
    case MfaState::Pending: return QStringLiteral("pending");
    case MfaState::Enrolled: return QStringLiteral("enrolled");
    case MfaState::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

std::optional<MfaState> mfaStateFromKey(const QString &key)
{
    for (MfaState s : AllMfaStates)
        if (mfaStateKey(s) == key)
            return s;
    return std::nullopt;
}

void countInto(MfaSummary &summary, const PortalUser &user, const QDateTime &now)
{
    ++summary.users;
    switch (mfaStateOf(user)) {
    case MfaState::Enrolled:
        ++summary.enrolled;
        break;
    case MfaState::Pending:
        ++summary.pending;
        summary.overdue += user.enrollmentDue.isValid() && user.enrollmentDue <= now;
        break;
    case MfaState::NotRequired:
        ++summary.notRequired;
        break;
    case MfaState::Unknown:
        ++summary.unknown;
        break;
    }
    summary.locked += user.locked;
}

} // namespace pbx
