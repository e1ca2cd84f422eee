#include "certificate_info.h"

#include <QCryptographicHash>
#include <QSslCertificate>

namespace pbx {

static QString describeName(const QSslCertificate &c, bool issuer)
{
    const auto attribute = [&](QSslCertificate::SubjectInfo which) {
        const QStringList values = issuer ? c.issuerInfo(which) : c.subjectInfo(which);
        return values.join(QLatin1String(", "));
    };
    QString name = attribute(QSslCertificate::CommonName);
    const QString org = attribute(QSslCertificate::Organization);
    if (!org.isEmpty())
        name = name.isEmpty() ? org : name + QLatin1String(" (") + org + QLatin1Char(')');
    return name.isEmpty() ? (issuer ? c.issuerDisplayName() : c.subjectDisplayName()) : name;
}

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return {describeName(certificate, false), describeName(certificate, true), certificate.effectiveDate().toUTC(),
            certificate.expiryDate().toUTC(), sha256Fingerprint(certificate)};
}

QString CertificateInfo::fingerprintText() const
{
    return formatFingerprint(sha256);
}

QByteArray sha256Fingerprint(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

QString formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray parseFingerprint(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        if (!isxdigit(c.toLatin1()) || c.unicode() > 0x7f)
            return {};
        hex.append(c.toLatin1());
    }
    if (hex.size() != 64)
        return {};
    return QByteArray::fromHex(hex);
}

} // namespace pbx
