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
// HTTP response (or, with setResponses(), with each in turn, the last one
// from then on), for behaviour the simulator never shows (redirects, huge
// bodies, HTML error pages, a portal that is busy and then is not).
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
                auto request = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
                    const bool started = request->contains("\r\n\r\n");
                    *request += socket->readAll();
                    if (!started && request->contains("\r\n\r\n")) {
                        ++m_requests;
                        if (!m_responses.isEmpty())
                            m_response = m_responses.at(std::min<qsizetype>(m_requests, m_responses.size()) - 1);
                        respond(socket);
                    }
                });
            }
        });
    }
    const QSslCertificate &certificate() const { return m_certificate; }
    void setResponses(QList<QByteArray> responses) { m_responses = std::move(responses); }
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
    QList<QByteArray> m_responses;
    Delivery m_delivery;
    QSslCertificate m_certificate;
    int m_requests = 0;
};

} // namespace pbx::test
