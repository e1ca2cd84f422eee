#include "connection_guard.h"

#include "common/logging.h"

#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace pbx::sim {

// Where a connection's current request stands. Qt HTTP Server reads every
// byte the socket has in its own readyRead slot, which runs after ours, so
// each time ours runs the socket holds exactly the bytes not seen before.
struct ConnectionGuard::Framing
{
    enum class State { Idle, Headers, Body, Processing };
    State state = State::Idle;
    QByteArray header;   // the current request's header block so far
    qint64 bodyLeft = 0; // body bytes still to come
    QTimer timer;        // the request's deadline, or the idle connection's
};

ConnectionGuard::ConnectionGuard(QSslServer *server, Limits limits) : QObject(server), m_limits(limits)
{
    // A client that opens a connection and never finishes the handshake.
    server->setHandshakeTimeout(m_limits.requestTimeoutMs);
    connect(server, &QSslServer::startedEncryptionHandshake, this, &ConnectionGuard::watch);
}

void ConnectionGuard::watch(QSslSocket *socket)
{
    const QHostAddress address = socket->peerAddress();
    int &open = m_perAddress[address];
    if (open >= m_limits.maxConnectionsPerAddress) {
        ++m_refusedConnections;
        qCInfo(lcSim) << "refusing a connection: too many open from one address";
        // After QSslServer has finished setting the socket up.
        QMetaObject::invokeMethod(socket, [socket] {
            socket->abort();
            socket->deleteLater();
        }, Qt::QueuedConnection);
        return;
    }
    ++open;
    ++m_connected;
    // Whichever comes first: a socket may go without saying it disconnected.
    const auto gone = [this, counted = std::make_shared<bool>(true)] {
        if (std::exchange(*counted, false))
            --m_connected;
    };
    connect(socket, &QAbstractSocket::disconnected, this, gone);
    connect(socket, &QObject::destroyed, this, gone);
    connect(socket, &QObject::destroyed, this, [this, address] {
        const auto it = m_perAddress.find(address);
        if (it != m_perAddress.end() && --it.value() <= 0)
            m_perAddress.erase(it);
    });

    auto framing = std::make_shared<Framing>();
    framing->timer.setSingleShot(true);
    const QPointer<QSslSocket> guard(socket);
    // The socket's connections hold the framing; the timer's own must not,
    // or the framing would hold itself past the socket.
    connect(&framing->timer, &QTimer::timeout, this, [this, guard, weak = std::weak_ptr<Framing>(framing)] {
        const auto locked = weak.lock();
        if (!locked || !guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        switch (locked->state) {
        case Framing::State::Headers:
        case Framing::State::Body:
            refuse(guard, 408, "Request Timeout");
            break;
        case Framing::State::Idle:
            drop(guard);
            break;
        case Framing::State::Processing:
            break;
        }
    });
    connect(socket, &QIODevice::readyRead, this, [this, guard, framing] {
        if (guard)
            onReadyRead(guard, *framing);
    });
    // An answer is going out: the connection is idle until the next request.
    connect(socket, &QIODevice::bytesWritten, this, [this, framing] {
        if (framing->state == Framing::State::Processing || framing->state == Framing::State::Idle) {
            framing->state = Framing::State::Idle;
            framing->timer.start(m_limits.idleTimeoutMs);
        }
    });
    connect(socket, &QSslSocket::encrypted, this, [this, framing] {
        framing->timer.start(m_limits.idleTimeoutMs);
    });
}

static std::optional<qint64> headerValueNumber(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

void ConnectionGuard::onReadyRead(QSslSocket *socket, Framing &framing)
{
    QByteArray fresh = socket->peek(socket->bytesAvailable());
    // A refusal returns at once: refuse() stops further reads.
    while (!fresh.isEmpty()) {
        switch (framing.state) {
        case Framing::State::Idle:
        case Framing::State::Processing: // a pipelined request
            framing.state = Framing::State::Headers;
            framing.header.clear();
            framing.timer.start(m_limits.requestTimeoutMs);
            break;
        case Framing::State::Headers: {
            // Only the part that can still hold the end of the header block.
            const qsizetype before = framing.header.size();
            framing.header.append(fresh.left(m_limits.maxHeaderBytes + 4 - before));
            const qsizetype end = framing.header.indexOf("\r\n\r\n");
            if (end < 0) {
                if (framing.header.size() > m_limits.maxHeaderBytes)
                    return refuse(socket, 431, "Request Header Fields Too Large");
                return;
            }
            const qsizetype headerBytes = end + 4;
            qint64 contentLength = 0;
            const QList<QByteArray> lines = framing.header.left(end).split('\n');
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray &line = lines[i];
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "transfer-encoding")
                    return refuse(socket, 411, "Length Required");
                if (name == "content-length") {
                    const auto n = headerValueNumber(line.mid(colon + 1));
                    if (!n)
                        return refuse(socket, 400, "Bad Request");
                    contentLength = *n;
                }
            }
            if (contentLength > m_limits.maxBodyBytes)
                return refuse(socket, 413, "Payload Too Large");
            // What came after the header block in this read.
            fresh = fresh.mid(headerBytes - before);
            framing.header.clear();
            framing.bodyLeft = contentLength;
            framing.state = Framing::State::Body;
            if (framing.bodyLeft == 0) {
                framing.state = Framing::State::Processing;
                framing.timer.stop();
            }
            break;
        }
        case Framing::State::Body: {
            const qint64 taken = std::min<qint64>(framing.bodyLeft, fresh.size());
            framing.bodyLeft -= taken;
            fresh = fresh.mid(taken);
            if (framing.bodyLeft == 0) {
                framing.state = Framing::State::Processing;
                framing.timer.stop();
            }
            break;
        }
        }
    }
}

void ConnectionGuard::refuse(QSslSocket *socket, int status, const char *reason)
{
    ++m_refusedRequests;
    qCInfo(lcSim) << "refusing a request:" << status << reason;
    const QByteArray body = R"({"code":)" + QByteArray::number(status) + R"(,"message":")" + reason + R"("})";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
        "Content-Type: application/json\r\n"
        "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
        "Cache-Control: no-store\r\n"
        "Connection: close\r\n\r\n" + body;
    // Qt HTTP Server must not read what follows: nothing of it is wanted.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    socket->write(response);
    drop(socket);
}

void ConnectionGuard::drop(QSslSocket *socket)
{
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    QObject::disconnect(socket, &QIODevice::bytesWritten, this, nullptr);
    // Sends what is queued, then closes; the HTTP server deletes the socket
    // when it reports disconnected.
    socket->disconnectFromHost();
}

} // namespace pbx::sim
