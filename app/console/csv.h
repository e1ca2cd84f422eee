#pragma once

#include <QString>
#include <QStringList>

namespace pbx::csv {

// RFC 4180: fields with a comma, quote or line break are quoted, quotes
// doubled. Fields that a spreadsheet would run as a formula (=, +, -, @)
// are prefixed with a quote mark (OWASP's CSV injection advice).
QString field(const QString &value);
QString row(const QStringList &values);

} // namespace pbx::csv
