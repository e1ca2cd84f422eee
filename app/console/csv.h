#pragma once

#include <QString>
#include <QStringList>

namespace pbx::csv {

// RFC 4180: fields with a comma, quote or line break are quoted, quotes
// doubled. Fields that a spreadsheet would run as a formula (=, +, -, @)
// are prefixed with a quote mark (OWASP's CSV injection advice).
QString field(const QString &value);
QString row(const QStringList &values);
// Writes the rows (the header first) to PATH whole or not at all (a
// QSaveFile). False, with *error saying why, if it could not.
bool writeFile(const QString &path, const QList<QStringList> &rows, QString *error);

} // namespace pbx::csv
