#include "tls_trust.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QFile>

namespace pbx {

namespace {

bool isChainError(QSslError::SslError e)
{
    switch (e) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

PortalError tlsError(TlsProblem problem, const QSslCertificate &peer, QString detail)
{
    PortalError e = PortalError::make(ErrorKind::Tls, std::move(detail));
    e.tlsProblem = problem;
    e.certificate = CertificateInfo::from(peer);
    return e;
}

} // namespace

Result<TlsTrust, PortalError> TlsTrust::withCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return PortalError::make(ErrorKind::InvalidInput,
                                 QCoreApplication::translate("pbx::TlsTrust", "Cannot read the CA file %1: %2")
                                     .arg(path, file.errorString()));
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> cas = QSslCertificate::fromData(data, QSsl::Pem);
    if (cas.isEmpty())
        cas = QSslCertificate::fromData(data, QSsl::Der);
    if (cas.isEmpty())
        return PortalError::make(ErrorKind::InvalidInput,
                                 QCoreApplication::translate("pbx::TlsTrust", "The CA file %1 holds no certificate.").arg(path));
    TlsTrust trust;
    trust.m_extraCas = cas;
    return trust;
}

TlsTrust TlsTrust::withPin(QByteArray sha256)
{
    TlsTrust trust;
    trust.m_pin = std::move(sha256);
    return trust;
}

QSslConfiguration TlsTrust::configuration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        config.addCaCertificates(m_extraCas);
    return config;
}

PortalError TlsTrust::classify(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    // The most specific problem wins: an expired self-signed certificate is
    // reported as expired, which is what the user can do something about.
    const auto has = [&](auto pred) { return std::any_of(errors.begin(), errors.end(), pred); };
    QStringList details;
    for (const QSslError &e : errors)
        details << e.errorString();
    const QString detail = details.join(QLatin1String("; "));
    if (has([](const QSslError &e) { return e.error() == QSslError::CertificateExpired; }))
        return tlsError(TlsProblem::Expired, peer, detail);
    if (has([](const QSslError &e) { return e.error() == QSslError::CertificateNotYetValid; }))
        return tlsError(TlsProblem::NotYetValid, peer, detail);
    if (has([](const QSslError &e) { return e.error() == QSslError::HostNameMismatch; }))
        return tlsError(TlsProblem::HostMismatch, peer, detail);
    if (has([](const QSslError &e) { return isChainError(e.error()); }))
        return tlsError(TlsProblem::Untrusted, peer, detail);
    return tlsError(TlsProblem::Other, peer, detail);
}

Result<QList<QSslError>, PortalError> TlsTrust::evaluate(const QList<QSslError> &errors,
                                                         const QSslCertificate &peer) const
{
    if (errors.isEmpty())
        return errors;
    if (!isPinned())
        return classify(errors, peer);
    if (sha256Fingerprint(peer) != m_pin)
        return tlsError(TlsProblem::PinMismatch, peer, QStringLiteral("pinned certificate differs"));
    // The user trusted this exact certificate: its missing chain is what the
    // pin stands in for. Expiry and host name still count.
    for (const QSslError &e : errors) {
        if (!isChainError(e.error()))
            return classify({e}, peer);
    }
    qCInfo(lcTls) << "accepting pinned certificate" << formatFingerprint(m_pin);
    return errors;
}

std::optional<PortalError> TlsTrust::checkPeer(const QSslCertificate &peer) const
{
    if (isPinned() && sha256Fingerprint(peer) != m_pin)
        return tlsError(TlsProblem::PinMismatch, peer, QStringLiteral("pinned certificate differs"));
    return std::nullopt;
}

} // namespace pbx
