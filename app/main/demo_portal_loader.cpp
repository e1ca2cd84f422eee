#include "demo_portal_module.h"
#include "module_loader.h"

namespace pbx::demo {

QObject *startPortal(const QString &dataDir, PortalInfo *info, QString *error)
{
    const auto start =
        reinterpret_cast<StartFunction>(resolveModuleSymbol(QStringLiteral("pbx-demo-portal"), StartSymbol, error));
    return start ? start(dataDir, info, error) : nullptr;
}

} // namespace pbx::demo
