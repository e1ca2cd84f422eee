#include "random_bytes.h"

#include <openssl/rand.h>

#include <cstdio>
#include <cstdlib>

namespace pbx::crypto {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        std::fputs("fatal: the OpenSSL random generator failed\n", stderr);
        std::abort();
    }
    return out;
}

QByteArray randomHex(int byteCount)
{
    return randomBytes(byteCount).toHex();
}

} // namespace pbx::crypto
