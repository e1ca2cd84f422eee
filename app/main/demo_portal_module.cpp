// The pbx-demo-portal module: the simulator behind pbx-admin --demo.
#include "demo_portal_module.h"
#include "sim/demo_seed.h"
#include "sim/simulator.h"

extern "C" Q_DECL_EXPORT QObject *pbx_demo_portal_start(const QString &dataDir, pbx::demo::PortalInfo *info,
                                                        QString *error)
{
    pbx::sim::Simulator::Options options;
    options.dataDir = dataDir;
    // A reseller's territory for the dashboard: tenant domains with users in
    // every state (seeded once, on the first start of a data directory).
    options.seedUsers = 2000;
    options.seedDomains = 40;
    auto *simulator = new pbx::sim::Simulator(options);
    if (!simulator->start(error)) {
        delete simulator;
        return nullptr;
    }
    info->url = simulator->url();
    info->certificateSha256 = simulator->certificateSha256();
    info->username = QStringLiteral("manager@acme.demo");
    info->password = QString::fromLatin1(pbx::sim::DemoSeed::Password);
    info->clientId = QString::fromLatin1(pbx::sim::DemoSeed::ClientId);
    info->clientSecret = QString::fromLatin1(pbx::sim::DemoSeed::ClientSecret);
    return simulator;
}
