#pragma once

#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace pbx::test {

// A minimal HTTP proxy that only does CONNECT: it tunnels bytes between the
// client and the host:port asked for, and remembers each tunnel's target.
class ConnectProxy : public QTcpServer
{
public:
    ConnectProxy()
    {
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }
    const QStringList &tunnels() const { return m_tunnels; }
    // Every client connection, whatever it asked for.
    int connections() const { return m_connections; }

private:
    void serve(QTcpSocket *client)
    {
        ++m_connections;
        auto *upstream = new QTcpSocket(client);
        auto *header = new QByteArray;
        connect(client, &QObject::destroyed, [header] { delete header; });
        connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, header] {
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(client->readAll());
                return;
            }
            header->append(client->readAll());
            const qsizetype end = header->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> request = header->left(header->indexOf("\r\n")).split(' ');
            if (request.size() < 2 || request[0] != "CONNECT") {
                client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QByteArray target = request[1];
            m_tunnels.append(QString::fromLatin1(target));
            const qsizetype colon = target.lastIndexOf(':');
            connect(upstream, &QTcpSocket::connected, client, [client] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QString::fromLatin1(target.left(colon)), target.mid(colon + 1).toUShort());
        });
    }

    QStringList m_tunnels;
    int m_connections = 0;
};

} // namespace pbx::test
