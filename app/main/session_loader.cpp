#include "session_module.h"

#ifdef PBX_SESSION_LINKED_IN
#include "app_controller.h"
#else
#include "module_loader.h"
#endif

namespace pbx::session {

QObject *create(pbx::ui::SignInController &signIn, QSettings &settings, QString *error)
{
#ifdef PBX_SESSION_LINKED_IN
    Q_UNUSED(error)
    return new pbx::ui::AppController(signIn, settings);
#else
    const auto create = reinterpret_cast<CreateFunction>(
        resolveModuleSymbol(QStringLiteral("pbx-admin-session"), CreateSymbol, error));
    return create ? create(signIn, settings) : nullptr;
#endif
}

} // namespace pbx::session
