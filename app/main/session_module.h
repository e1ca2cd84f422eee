#pragma once

#include <QObject>
#include <QString>

class QSettings;

namespace pbx::ui {
class SignInController;
}

// Everything pbx-admin does after its sign-in window (the portal client and
// session, MFA dialogs, console, keychain, QR codes) is built into a module,
// pbx-admin-session, loaded just after the first frame. The window paints
// without waiting for Qt Network and the libraries behind it (Kerberos,
// libproxy), QtKeychain and libqrencode: about 1.2 ms of a 15 ms start-up
// (docs/performance.md). The module finds the sign-in window's code in the
// executable, which exports it (ENABLE_EXPORTS). A build with
// PBX_SESSION_MODULE off (Windows, by default) links it all in instead.
namespace pbx::session {

// What the module exports: an AppController that takes over signIn's
// window. The caller owns it, and must delete it before signIn.
using CreateFunction = QObject *(*)(pbx::ui::SignInController &signIn, QSettings &settings);
inline constexpr const char CreateSymbol[] = "pbx_session_create";

// Loads the module (unless linked in) and creates the controller; null with
// *error set if the module cannot be loaded.
QObject *create(pbx::ui::SignInController &signIn, QSettings &settings, QString *error);

} // namespace pbx::session
