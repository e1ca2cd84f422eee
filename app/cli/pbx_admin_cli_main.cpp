// pbx-admin-cli: the core's sign-in and MFA flows for scripts and terminals.
#include "common/core_dumps.h"
#include "cli/cli_app.h"
#include "common/translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

int main(int argc, char *argv[])
{
    // Before anything could hold a password: no core dump will show one.
    pbx::disableCoreDumps();
    QCoreApplication app(argc, argv);
    // The system's proxy settings unless a profile (or --proxy) says otherwise.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setApplicationName(QStringLiteral("pbx-admin-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PBX_VERSION));
    // The system's language (LANG, LC_ALL, LC_MESSAGES), as the app's.
    pbx::installTranslations();
    return pbx::cli::run(QCoreApplication::arguments());
}
