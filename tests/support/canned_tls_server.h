#pragma once

#include "sim/certificate_factory.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace pbx::test {

// A TLS server on loopback that answers every request with the same raw
// HTTP response, for behaviour the simulator never shows (redirects, huge
// bodies, HTML error pages).
class CannedTlsServer : public QSslServer
{
public:
    enum class Delivery {
        Whole,          // the response at once, then close
        Drip,           // one byte every 200 ms, never closing early
        ResetHalfway,   // half the response, then a TCP reset
    };

    explicit CannedTlsServer(QByteArray response, Delivery delivery = Delivery::Whole,
                             const sim::CertificateSpec &spec = {}, QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater)
        : m_response(std::move(response)), m_delivery(delivery)
    {
        const auto made = sim::makeCertificate(spec);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setProtocol(protocol);
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
                        respond(socket);
                    }
                });
            }
        });
    }
    const QSslCertificate &certificate() const { return m_certificate; }
    void respond(QTcpSocket *socket)
    {
        switch (m_delivery) {
        case Delivery::Whole:
            socket->write(m_response);
            socket->disconnectFromHost();
            break;
        case Delivery::ResetHalfway:
            socket->write(m_response.left(m_response.size() / 2));
            socket->flush();
            QTimer::singleShot(100, socket, [socket] { socket->abort(); });
            break;
        case Delivery::Drip: {
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [this, socket, sent] {
                if (*sent < m_response.size())
                    socket->write(m_response.mid((*sent)++, 1));
            });
            timer->start(200);
            break;
        }
        }
    }
    int requests() const { return m_requests; }

private:
    QByteArray m_response;
    Delivery m_delivery;
    QByteArray m_request;
    QSslCertificate m_certificate;
    int m_requests = 0;
};

} // namespace pbx::test
