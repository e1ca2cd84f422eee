#pragma once

#include <QFunctionPointer>
#include <QString>

namespace pbx {

// Finds module NAME (pbx-demo-portal, pbx-admin-session) where the build or
// the install put it (beside the executable in the build tree and on
// Windows, <prefix>/lib/pbx-admin on Linux, Contents/PlugIns on macOS),
// loads it for good and returns SYMBOL. Otherwise logs what was tried and
// returns null with *error set to a sentence for the user.
QFunctionPointer resolveModuleSymbol(const QString &name, const char *symbol, QString *error);

} // namespace pbx
