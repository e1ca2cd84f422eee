#pragma once

#include <QFunctionPointer>
#include <QString>

namespace pbx {

// Finds module NAME (pbx-demo-portal, pbx-admin-session) where the build or
// the install put it (beside the executable in the build tree and on
// Windows, <prefix>/lib/pbx-admin on Linux, Contents/PlugIns on macOS),
// loads it for good and returns SYMBOL; null with *error set otherwise.
QFunctionPointer resolveModuleSymbol(const QString &name, const char *symbol, QString *error);

} // namespace pbx
