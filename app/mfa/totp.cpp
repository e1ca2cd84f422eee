#include "totp.h"

#include <QtEndian>

namespace pbx::mfa {

QString hotp(const QByteArray &secret, quint64 counter, HashAlgorithm algorithm, int digits)
{
    char message[8];
    qToBigEndian(counter, message);
    const QByteArray mac = crypto::hmac(algorithm, secret, QByteArrayView(message, 8));
    if (mac.isEmpty() || digits < 1 || digits > 9)
        return {};
    const int offset = mac.back() & 0x0f;
    const quint32 binary = (quint32(quint8(mac[offset]) & 0x7f) << 24) | (quint32(quint8(mac[offset + 1])) << 16)
        | (quint32(quint8(mac[offset + 2])) << 8) | quint32(quint8(mac[offset + 3]));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(binary % modulus, digits, 10, QLatin1Char('0'));
}

quint64 totpStep(qint64 unixSeconds, int period)
{
    return unixSeconds <= 0 || period <= 0 ? 0 : quint64(unixSeconds / period);
}

QString totp(const QByteArray &secret, qint64 unixSeconds, const TotpParameters &params)
{
    return hotp(secret, totpStep(unixSeconds, params.period), params.algorithm, params.digits);
}

std::optional<quint64> verifyTotp(const QByteArray &secret, const QString &code, qint64 unixSeconds,
                                  const TotpParameters &params, int window)
{
    if (code.size() != params.digits)
        return std::nullopt;
    const QByteArray given = code.toLatin1();
    const quint64 now = totpStep(unixSeconds, params.period);
    std::optional<quint64> match;
    // Every candidate is computed and compared, so timing does not reveal
    // which step matched.
    for (qint64 delta = -window; delta <= window; ++delta) {
        if (delta < 0 && now < quint64(-delta))
            continue;
        const quint64 step = now + quint64(delta);
        const QByteArray expected = hotp(secret, step, params.algorithm, params.digits).toLatin1();
        if (crypto::constantTimeEquals(expected, given) && !match)
            match = step;
    }
    return match;
}

} // namespace pbx::mfa
