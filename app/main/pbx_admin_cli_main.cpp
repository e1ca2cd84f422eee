// pbx-admin-cli: the core's sign-in and MFA flows for scripts and terminals.
#include "cli/cli_app.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pbx-admin-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PBX_VERSION));
    return pbx::cli::run(QCoreApplication::arguments());
}
