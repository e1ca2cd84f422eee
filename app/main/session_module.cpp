// The pbx-admin-session module (see session_module.h).
#include "app_controller.h"
#include "session_module.h"

extern "C" Q_DECL_EXPORT QObject *pbx_session_create(pbx::ui::SignInController &signIn, QSettings &settings)
{
    return new pbx::ui::AppController(signIn, settings);
}
