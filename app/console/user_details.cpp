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

QString deadlineText(const QDateTime &deadline, const QLocale &locale, QLocale::FormatType format)
{
    const QDateTime local = deadline.toLocalTime();
    if (local.time() >= QTime(23, 59))
        return locale.toString(local.date(), format);
    return locale.toString(local.date(), format) + QLatin1Char(' ') + locale.toString(local.time(), QLocale::ShortFormat);
}

QList<UserDetail> userDetails(const PortalUser &u, DateStyle style)
{
    QList<UserDetail> out;
    for (int c = 0; c < UsersTableModel::ColumnCount; ++c)
        out.append({UsersTableModel::columnTitle(c), UsersTableModel::cellText(u, c)});
    if (u.recoveryCodesLeft)
        out.append({Tr::tr("Recovery codes left"), QString::number(*u.recoveryCodesLeft)});
    if (u.enrollmentDue.isValid())
        out.append({Tr::tr("MFA due by"),
                    style == DateStyle::Iso ? when(u.enrollmentDue, style) : deadlineText(u.enrollmentDue)});
    if (u.locked)
        out.append({Tr::tr("Locked until"),
                    u.lockedUntil.isValid() ? when(u.lockedUntil, style) : Tr::tr("an administrator unlocks it")});
    if (u.temporaryAccessExpires.isValid())
        out.append({Tr::tr("Temporary access code valid until"), when(u.temporaryAccessExpires, style)});
    return out;
}

} // namespace pbx
