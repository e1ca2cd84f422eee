#pragma once

#include "common/clock.h"
#include "crypto/secret_box.h"
#include "demo/demo_portal.h"
#include "sim_store.h"

namespace pbx::sim {

// The demo portal's accounts, written once into a new data directory.
// Documented in README.md; every account with a password uses DemoPass.
struct DemoSeed
{
    static constexpr const char *ClientId = DemoAccount::ClientId;
    static constexpr const char *ClientSecret = DemoAccount::ClientSecret;
    static constexpr const char *Password = DemoAccount::Password;

    static bool isSeeded(const SimStore &store);
    static bool apply(SimStore &store, const crypto::SecretBox &box, const Clock &clock);
    // Tops the directory up to `count` extra users (for scale: 20,000 and
    // more) in mixed MFA states. With `domains` 0 they are spread over the
    // three demo customer domains; otherwise over that many tenant domains
    // of the demo reseller's territory, of uneven sizes, some fully
    // enrolled and some barely started, enrolled over months, with names
    // in several languages. A directory keeps the spread it was first
    // seeded with: another `domains` is refused, saying why, in *error.
    static bool addBulkUsers(SimStore &store, const crypto::SecretBox &box, const Clock &clock, int count,
                             int domains, QString *error);
};

} // namespace pbx::sim
