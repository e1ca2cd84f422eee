#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Declared only: PortalError carries a CertificateInfo, and code that needs
// no network (the sign-in window) includes it.
class QSslCertificate;

namespace pbx {

// What a person needs to decide about a certificate.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // raw digest of the DER encoding

    static CertificateInfo from(const QSslCertificate &certificate);
    bool isNull() const { return sha256.isEmpty(); }
    // "AB:CD:..." as browsers and `openssl x509 -fingerprint -sha256` show it.
    QString fingerprintText() const;
};

QByteArray sha256Fingerprint(const QSslCertificate &certificate);
QString formatFingerprint(const QByteArray &sha256);
// Accepts 64 hex digits with or without colons or spaces; empty on error.
QByteArray parseFingerprint(const QString &text);

} // namespace pbx
