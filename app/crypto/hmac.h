#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "mfa/totp_parameters.h"

namespace pbx::crypto {

using HashAlgorithm = mfa::HashAlgorithm;

// HMAC through OpenSSL. Returns an empty array only if OpenSSL fails.
QByteArray hmac(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView message);

// Compares two byte strings in time that depends only on their length.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace pbx::crypto
