#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace pbx::crypto {

// Salted slow password hashes: PBKDF2-HMAC-SHA256 through OpenSSL, stored as
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>" so the cost can be
// raised later without invalidating stored hashes.
class PasswordHash
{
public:
    // OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.
    static constexpr int DefaultIterations = 600000;

    static QByteArray create(QByteArrayView password, int iterations = DefaultIterations);
    // Constant-time check; false for a malformed stored hash.
    static bool verify(QByteArrayView password, QByteArrayView stored);
};

} // namespace pbx::crypto
