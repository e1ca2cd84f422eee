#include "csv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pbx::csv {

QString field(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\'')))
        return QLatin1Char('"') + QString(v).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return v;
}

QString row(const QStringList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QString &v : values)
        fields << field(v);
    return fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

bool writeFile(const QString &path, const QList<QStringList> &rows, QString *error)
{
    QSaveFile file(path);
    QString text;
    for (const QStringList &r : rows)
        text += row(r);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("pbx::csv", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pbx::csv
