#pragma once

#include <QByteArray>

namespace pbx::crypto {

// Bytes from OpenSSL's CSPRNG. Aborts the process if the generator fails:
// continuing with predictable secrets would be worse than stopping.
QByteArray randomBytes(int count);

// A random identifier as lowercase hex, e.g. for JWT ids.
QByteArray randomHex(int byteCount);

} // namespace pbx::crypto
