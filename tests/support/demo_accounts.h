#pragma once

#include "portal/portal_client.h"
#include "sim/demo_seed.h"

namespace pbx::test {

// The demo portal's API client and password, from the seed itself.
inline ClientCredentials demoClient()
{
    return {QString::fromLatin1(sim::DemoSeed::ClientId), QString::fromLatin1(sim::DemoSeed::ClientSecret)};
}

inline QString demoPassword()
{
    return QString::fromLatin1(sim::DemoSeed::Password);
}

} // namespace pbx::test
