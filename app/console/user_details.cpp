#include "user_details.h"

#include "users_table_model.h"

#include <QLocale>

namespace pbx {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pbx::UserDetails)
};

QString when(const QDateTime &at, DateStyle style)
{
    return style == DateStyle::Iso ? at.toString(Qt::ISODate) : QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QList<UserDetail> userDetails(const PortalUser &u, DateStyle style)
{
    QList<UserDetail> out;
    for (int c = 0; c < UsersTableModel::ColumnCount; ++c)
        out.append({UsersTableModel::columnTitle(c), UsersTableModel::cellText(u, c)});
    if (u.recoveryCodesLeft)
        out.append({Tr::tr("Recovery codes left"), QString::number(*u.recoveryCodesLeft)});
    if (u.enrollmentDue.isValid())
        out.append({Tr::tr("MFA due by"), when(u.enrollmentDue, style)});
    if (u.locked)
        out.append({Tr::tr("Locked until"),
                    u.lockedUntil.isValid() ? when(u.lockedUntil, style) : Tr::tr("an administrator unlocks it")});
    if (u.temporaryAccessExpires.isValid())
        out.append({Tr::tr("Temporary access code valid until"), when(u.temporaryAccessExpires, style)});
    return out;
}

} // namespace pbx
