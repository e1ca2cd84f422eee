#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QSslServer;
class QSslSocket;

namespace pbx::sim {

// Limits on what a client may make the portal hold, applied to every TLS
// connection of a QSslServer before Qt HTTP Server reads a byte of it:
//
// - at most `maxConnectionsPerAddress` open connections from one address;
// - a TLS handshake, and then each request (headers and body), must arrive
//   within `requestTimeoutMs` of its first byte: a client trickling half a
//   request is cut off (408);
// - a connection with no request in progress is closed after `idleTimeoutMs`;
// - headers over `maxHeaderBytes` are refused (431), a Content-Length over
//   `maxBodyBytes` is refused (413) before the body is read, and a chunked
//   body, whose size nothing announces, is refused (411).
//
// It watches each socket's readyRead ahead of the HTTP server (it connects
// first), so a refused request never reaches the server's buffers.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        int maxConnectionsPerAddress = 256;
        int requestTimeoutMs = 10000;
        int idleTimeoutMs = 60000;
        qint64 maxHeaderBytes = 16 * 1024;
        qint64 maxBodyBytes = 64 * 1024;
    };

    ConnectionGuard(QSslServer *server, Limits limits);

    qint64 refusedConnections() const { return m_refusedConnections; }
    // Every refusal: 413, 411, 431, 400 and 408 (a request that timed out).
    qint64 refusedRequests() const { return m_refusedRequests; }
    // Connections accepted whose client has not gone yet.
    int connectedClients() const { return m_connected; }

private:
    struct Framing; // per-connection request framing, in the .cpp
    void watch(QSslSocket *socket);
    void onReadyRead(QSslSocket *socket, Framing &framing);
    void refuse(QSslSocket *socket, int status, const char *reason);
    void drop(QSslSocket *socket);

    Limits m_limits;
    QHash<QHostAddress, int> m_perAddress;
    qint64 m_refusedConnections = 0;
    qint64 m_refusedRequests = 0;
    int m_connected = 0;
};

} // namespace pbx::sim
