#include "secure_wipe.h"

#include <cstring>
#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace pbx {

namespace {

// A wipe the compiler may not drop as a dead store. Not OpenSSL's
// OPENSSL_cleanse: the app would then load libcrypto at start-up for this
// alone.
void wipeBytes(void *data, size_t size)
{
#if defined(Q_OS_WIN)
    SecureZeroMemory(data, size);
#elif defined(__GLIBC__) || defined(__OpenBSD__) || defined(__FreeBSD__)
    explicit_bzero(data, size);
#else
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
#endif
}

} // namespace

void secureWipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        wipeBytes(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void secureWipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        wipeBytes(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace pbx
