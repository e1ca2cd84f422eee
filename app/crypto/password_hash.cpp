#include "password_hash.h"

#include "hmac.h"
#include "random_bytes.h"

#include <QList>
#include <QString>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace pbx::crypto {

namespace {
constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;
constexpr int MaxIterations = 10000000;

QByteArray derive(QByteArrayView password, const QByteArray &salt, int iterations)
{
    QByteArray out(HashBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.data(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), HashBytes,
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}
} // namespace

QByteArray PasswordHash::create(QByteArrayView password, int iterations)
{
    const QByteArray salt = randomBytes(SaltBytes);
    QByteArray hash = derive(password, salt, iterations);
    const QByteArray stored = QByteArrayLiteral("pbkdf2-sha256$") + QByteArray::number(iterations) + '$'
        + salt.toBase64() + '$' + hash.toBase64();
    OPENSSL_cleanse(hash.data(), size_t(hash.size()));
    return stored;
}

bool PasswordHash::verify(QByteArrayView password, QByteArrayView stored)
{
    const QList<QByteArray> parts = stored.toByteArray().split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > MaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts[2], QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts[3], QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || expected.decoded.size() != HashBytes)
        return false;
    QByteArray actual = derive(password, salt.decoded, iterations);
    const bool same = constantTimeEquals(actual, expected.decoded);
    OPENSSL_cleanse(actual.data(), size_t(actual.size()));
    return same;
}

} // namespace pbx::crypto
