#pragma once

#include "crypto/hmac.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pbx::mfa {

using crypto::HashAlgorithm;

struct TotpParameters
{
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    int digits = 6;
    int period = 30;

    bool isDefault() const { return algorithm == HashAlgorithm::Sha1 && digits == 6 && period == 30; }
    friend bool operator==(const TotpParameters &, const TotpParameters &) = default;
};

// RFC 4226 HOTP value for a counter, zero-padded to `digits`.
QString hotp(const QByteArray &secret, quint64 counter, HashAlgorithm algorithm, int digits);

// RFC 6238 TOTP.
quint64 totpStep(qint64 unixSeconds, int period);
QString totp(const QByteArray &secret, qint64 unixSeconds, const TotpParameters &params = {});

// Checks a code against the steps around `unixSeconds` (`window` either side)
// in constant time per step; returns the matching step.
std::optional<quint64> verifyTotp(const QByteArray &secret, const QString &code, qint64 unixSeconds,
                                  const TotpParameters &params = {}, int window = 1);

QString algorithmName(HashAlgorithm algorithm);
std::optional<HashAlgorithm> algorithmFromName(const QString &name);

} // namespace pbx::mfa
