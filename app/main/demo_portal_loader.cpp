#include "demo_portal_module.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace pbx::demo {

QObject *startPortal(const QString &dataDir, PortalInfo *info, QString *error)
{
    const QDir here(QCoreApplication::applicationDirPath());
    // Build tree and Windows: beside the executable. Linux install:
    // <prefix>/lib/pbx-admin. macOS bundle: Contents/PlugIns.
    const QStringList candidates{here.filePath(QStringLiteral("pbx-demo-portal")),
                                 here.filePath(QStringLiteral(PBX_MODULE_DIR_FROM_BIN "/pbx-demo-portal")),
                                 here.filePath(QStringLiteral("../PlugIns/pbx-demo-portal"))};
    QStringList tried;
    for (const QString &path : candidates) {
        // Never unloaded: the portal it returns runs until the app quits.
        auto *library = new QLibrary(path, qApp);
        if (auto start = reinterpret_cast<StartFunction>(library->resolve(StartSymbol)))
            return start(dataDir, info, error);
        tried << library->errorString();
        delete library;
    }
    *error = QCoreApplication::translate("main", "the demo portal module is missing (%1)").arg(tried.join(u"; "));
    return nullptr;
}

} // namespace pbx::demo
