#include "hmac.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace pbx::crypto {

static const EVP_MD *digestFor(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1: return EVP_sha1();
    case HashAlgorithm::Sha256: return EVP_sha256();
    case HashAlgorithm::Sha512: return EVP_sha512();
    }
    return nullptr;
}

QByteArray hmac(HashAlgorithm algorithm, QByteArrayView key, QByteArrayView message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    // HMAC() accepts a null key pointer only with length 0; pass a valid one.
    static const unsigned char empty = 0;
    const auto *keyData = key.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(key.data());
    if (!HMAC(digestFor(algorithm), keyData, int(key.size()),
              reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
              out, &outLen))
        return {};
    QByteArray result(reinterpret_cast<const char *>(out), int(outLen));
    OPENSSL_cleanse(out, sizeof out);
    return result;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

} // namespace pbx::crypto
