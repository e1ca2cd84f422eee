#pragma once

#include "portal/portal_types.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

namespace pbx {

// One line of what is known about a user: "Locked until: ...".
struct UserDetail
{
    QString label;
    QString value;
};

// How dates read: ISO 8601 for scripts, the user's locale on screen.
enum class DateStyle { Iso, Locale };

// A deadline as people say it: the day alone when it ends with that day
// (as deadlines set here do), else the day and the time; local time.
QString deadlineText(const QDateTime &deadline, const QLocale &locale = QLocale(),
                     QLocale::FormatType format = QLocale::ShortFormat);

// A user's page, as the console shows it and `pbx-admin-cli users show`
// prints it: the table's columns, then the help desk's fields the portal
// reports (absent fields are left out, as "none").
QList<UserDetail> userDetails(const PortalUser &user, DateStyle style);

} // namespace pbx
