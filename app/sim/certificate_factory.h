#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace pbx::sim {

// X.509 certificates made with OpenSSL: the simulator's self-signed
// certificate, and the odd ones (expired, wrong host, own CA) tests need.
struct CertificateSpec
{
    QString commonName = QStringLiteral("localhost");
    QString organization = QStringLiteral("PBX Portal Simulator");
    QStringList dnsNames{QStringLiteral("localhost")};
    QStringList ipAddresses{QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(397);
    bool isCa = false;
    // Signed by this CA (PEM) instead of by itself.
    QByteArray issuerCertificatePem;
    QByteArray issuerKeyPem;
};

struct CertificateAndKey
{
    QByteArray certificatePem;
    QByteArray keyPem;
};

std::optional<CertificateAndKey> makeCertificate(const CertificateSpec &spec);

} // namespace pbx::sim
