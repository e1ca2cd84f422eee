#pragma once

#include "crypto/hmac.h"
#include "mfa/totp_parameters.h"

#include <QByteArray>
#include <QString>
#include <optional>

// Computing and checking codes: the simulator's, and the tests' phone.
namespace pbx::mfa {

// RFC 4226 HOTP value for a counter, zero-padded to `digits`.
QString hotp(const QByteArray &secret, quint64 counter, HashAlgorithm algorithm, int digits);

// RFC 6238 TOTP.
quint64 totpStep(qint64 unixSeconds, int period);
QString totp(const QByteArray &secret, qint64 unixSeconds, const TotpParameters &params = {});

// Checks a code against the steps around `unixSeconds` (`window` either side)
// in constant time per step; returns the matching step.
std::optional<quint64> verifyTotp(const QByteArray &secret, const QString &code, qint64 unixSeconds,
                                  const TotpParameters &params = {}, int window = 1);

} // namespace pbx::mfa
