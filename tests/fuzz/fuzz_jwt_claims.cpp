// libFuzzer target: the JWT claim decoder on arbitrary tokens.
#include "portal/response_parsers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString token = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto claims = pbx::parse::jwtClaims(token);
    // A decoded token always has what the session relies on.
    if (claims && (claims.value().sub.isEmpty() || claims.value().userScope.isEmpty()))
        __builtin_trap();
    return 0;
}
