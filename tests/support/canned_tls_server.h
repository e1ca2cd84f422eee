#pragma once

#include "sim/certificate_factory.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

namespace pbx::test {

// A TLS server on loopback that answers every request with the same raw
// HTTP response, for behaviour the simulator never shows (redirects, huge
// bodies, HTML error pages).
class CannedTlsServer : public QSslServer
{
public:
    explicit CannedTlsServer(QByteArray response) : m_response(std::move(response))
    {
        const auto made = sim::makeCertificate({});
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(made->certificatePem, QSsl::Pem));
        config.setPrivateKey(QSslKey(made->keyPem, QSsl::Ec, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_certificate = config.localCertificate();
        setSslConfiguration(config);
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (m_request.contains("\r\n\r\n")) {
                        ++m_requests;
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }
    const QSslCertificate &certificate() const { return m_certificate; }
    int requests() const { return m_requests; }

private:
    QByteArray m_response;
    QByteArray m_request;
    QSslCertificate m_certificate;
    int m_requests = 0;
};

} // namespace pbx::test
