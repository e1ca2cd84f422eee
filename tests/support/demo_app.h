#pragma once

#include "app_controller.h"
#include "demo/demo_portal.h"

#include <QSettings>
#include <memory>

namespace pbx::test {

// The app as pbx-admin --demo wires it, on a portal the test runs: the
// controller in demo mode, told where the portal is (start() shows it).
inline std::unique_ptr<ui::AppController> demoApp(QSettings &settings, const DemoPortal &portal)
{
    auto app = std::make_unique<ui::AppController>(settings, true);
    app->setDemoPortal(portal);
    return app;
}

} // namespace pbx::test
