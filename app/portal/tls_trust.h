#pragma once

#include "common/result.h"
#include "portal_error.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

namespace pbx {

// How one portal's certificate is trusted: the system store, plus optionally
// the CAs of a file, or exactly one certificate pinned by SHA-256.
class TlsTrust
{
public:
    TlsTrust() = default;

    static Result<TlsTrust, PortalError> withCaFile(const QString &path);
    static TlsTrust withPin(QByteArray sha256);

    const QByteArray &pinnedSha256() const { return m_pin; }
    bool isPinned() const { return !m_pin.isEmpty(); }

    // TLS 1.2 or newer, with the extra CAs added to the system ones.
    QSslConfiguration configuration() const;

    // Decides on the errors Qt reported for a handshake. Returns the errors
    // that may be ignored (only ever for the pinned certificate, and only
    // trust-chain errors), or the problem to report.
    Result<QList<QSslError>, PortalError> evaluate(const QList<QSslError> &errors,
                                                   const QSslCertificate &peer) const;

    // Once encrypted: a pinned portal must present exactly the pinned
    // certificate, even one the system would trust.
    std::optional<PortalError> checkPeer(const QSslCertificate &peer) const;

    static PortalError classify(const QList<QSslError> &errors, const QSslCertificate &peer);

private:
    QList<QSslCertificate> m_extraCas;
    QByteArray m_pin;
};

} // namespace pbx
