#include "mfa_state.h"

#include <QLocale>

namespace pbx {

MfaState mfaStateOf(const PortalUser &user)
{
    if (user.mfaEnrolled)
        return MfaState::Enrolled;
    return user.mfaRequired ? MfaState::Pending : MfaState::NotRequired;
}

QString describeMfaState(const PortalUser &user, const QLocale &locale)
{
    switch (mfaStateOf(user)) {
    case MfaState::NotRequired:
        return QCoreApplication::translate("pbx::MfaState", "Not required");
    case MfaState::Pending:
        return QCoreApplication::translate("pbx::MfaState", "Required, pending");
    case MfaState::Enrolled:
        return user.mfaEnrolledAt.isValid()
            ? QCoreApplication::translate("pbx::MfaState", "Enrolled since %1")
                  .arg(locale.toString(user.mfaEnrolledAt.toLocalTime().date(), QLocale::ShortFormat))
            : QCoreApplication::translate("pbx::MfaState", "Enrolled");
    }
    return {};
}

QString mfaStateKey(MfaState state)
{
    switch (state) {
    case MfaState::NotRequired: return QStringLiteral("not-required");
    case MfaState::Pending: return QStringLiteral("pending");
    case MfaState::Enrolled: return QStringLiteral("enrolled");
    }
    return {};
}

std::optional<MfaState> mfaStateFromKey(const QString &key)
{
    for (MfaState s : {MfaState::NotRequired, MfaState::Pending, MfaState::Enrolled})
        if (mfaStateKey(s) == key)
            return s;
    return std::nullopt;
}

} // namespace pbx
