// The otpauth "algorithm" names, for the client and the simulator alike.
#include "totp_parameters.h"

namespace pbx::mfa {

QString algorithmName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1: return QStringLiteral("SHA1");
    case HashAlgorithm::Sha256: return QStringLiteral("SHA256");
    case HashAlgorithm::Sha512: return QStringLiteral("SHA512");
    }
    return {};
}

std::optional<HashAlgorithm> algorithmFromName(const QString &name)
{
    const QString n = name.toUpper();
    if (n == u"SHA1")
        return HashAlgorithm::Sha1;
    if (n == u"SHA256")
        return HashAlgorithm::Sha256;
    if (n == u"SHA512")
        return HashAlgorithm::Sha512;
    return std::nullopt;
}

} // namespace pbx::mfa
