#include "diagnostics.h"

#include "log_file.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSslSocket>
#include <QSysInfo>
#include <qrencode.h>

namespace pbx {

QString openSslVersion()
{
    // Qt's TLS backend reports the library it loaded; the app does not link
    // libcrypto itself.
    return QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : QStringLiteral("not available");
}

QString qrencodeVersion()
{
    return QString::fromLatin1(QRcode_APIVersionString());
}

QString diagnosticsReport(const QUrl &portal)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion())
          << QStringLiteral("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))
          << QStringLiteral("TLS: %1").arg(openSslVersion())
          << QStringLiteral("libqrencode %1").arg(qrencodeVersion())
          << QStringLiteral("OS: %1 (%2 %3, %4)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                      QSysInfo::currentCpuArchitecture())
          << QStringLiteral("Locale: %1").arg(QLocale().name())
          << QStringLiteral("Portal host: %1").arg(portal.host().isEmpty() ? QStringLiteral("(none)") : portal.host());
    const QString log = LogFile::path();
    lines << QStringLiteral("Log file: %1").arg(log.isEmpty() ? QStringLiteral("(none)") : log);
    const QStringList problems = LogFile::recentProblems();
    lines << QStringLiteral("Recent warnings and errors: %1").arg(problems.size());
    for (const QString &p : problems)
        lines << QStringLiteral("  ") + p;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace pbx
