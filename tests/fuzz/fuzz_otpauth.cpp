// libFuzzer target: the otpauth URI parser. Whatever it accepts must come
// back unchanged through the builder (the QR code carries the builder's form).
#include "mfa/otpauth_uri.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = pbx::mfa::OtpauthUri::parse(text);
    if (!parsed)
        return 0;
    const auto again = pbx::mfa::OtpauthUri::parse(parsed.value().toString());
    if (!again || again.value().secret != parsed.value().secret || again.value().account != parsed.value().account
        || again.value().issuer != parsed.value().issuer || !(again.value().parameters == parsed.value().parameters))
        __builtin_trap();
    return 0;
}
