#pragma once

#include <QString>
#include <optional>

namespace pbx::mfa {

enum class HashAlgorithm { Sha1, Sha256, Sha512 };

// A TOTP key's parameters (RFC 6238), as an otpauth URI carries them. What
// the client needs to show a key; computing and checking codes is the
// simulator's (totp.h).
struct TotpParameters
{
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    int digits = 6;
    int period = 30;

    bool isDefault() const { return algorithm == HashAlgorithm::Sha1 && digits == 6 && period == 30; }
    friend bool operator==(const TotpParameters &, const TotpParameters &) = default;
};

// The otpauth "algorithm" names.
QString algorithmName(HashAlgorithm algorithm);
std::optional<HashAlgorithm> algorithmFromName(const QString &name);

} // namespace pbx::mfa
