#include "module_loader.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>
#include <QStringList>

namespace pbx {

QFunctionPointer resolveModuleSymbol(const QString &name, const char *symbol, QString *error)
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList candidates{here.filePath(name),
                                 here.filePath(QStringLiteral(PBX_MODULE_DIR_FROM_BIN "/") + name),
                                 here.filePath(QStringLiteral("../PlugIns/") + name)};
    QStringList tried;
    for (const QString &path : candidates) {
        // Never unloaded: what it creates lives until the app quits.
        auto *library = new QLibrary(path, qApp);
        if (const QFunctionPointer function = library->resolve(symbol))
            return function;
        tried << library->errorString();
        delete library;
    }
    // The loader's own words (paths, missing symbols) are for the log.
    qCCritical(lcApp).noquote() << "module" << name << "not loaded:" << tried.join(u"; ");
    *error = QCoreApplication::translate("main", "the module %1 is missing or damaged.").arg(name);
    return nullptr;
}

} // namespace pbx
