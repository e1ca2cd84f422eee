#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace pbx::crypto {

enum class HashAlgorithm { Sha1, Sha256, Sha512 };

// HMAC through OpenSSL. Returns an empty array only if OpenSSL fails.
QByteArray hmac(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView message);

// Compares two byte strings in time that depends only on their length.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace pbx::crypto
