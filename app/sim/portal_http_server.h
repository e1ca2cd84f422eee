#pragma once

#include "connection_guard.h"
#include "portal_api.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QThreadPool>
#include <functional>
#include <map>
#include <optional>
#include <utility>

class QTcpServer;

namespace pbx::sim {

// Serves PortalApi over HTTPS with Qt HTTP Server, the same way on every Qt
// version: a request that needs a slow password hash waits while a worker
// thread computes it, and this thread goes on accepting connections,
// finishing TLS handshakes and answering everything else. Also counts
// connections and requests, for the performance checks.
class PortalHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using RequestLogger = std::function<void(const ApiRequest &, const ApiResponse &, qint64 elapsedMs)>;

    PortalHttpServer(PortalApi &api, RequestLogger logger, QObject *parent = nullptr);
    ~PortalHttpServer() override;

    // TLS 1.2 or newer with this certificate, behind a ConnectionGuard with
    // these limits; returns the port, 0 on failure.
    quint16 listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                      const ConnectionGuard::Limits &limits = {});

    // Connections accepted so far (each is one TLS handshake).
    qint64 connectionsAccepted() const { return m_connections; }
    // Answers each request only after this long: a slow portal, for
    // measuring the client. The server thread waits, so use it with one
    // client at a time.
    void setResponseDelay(int milliseconds) { m_delayMs = milliseconds; }

    // Requests answered 503 because the slow-hash queue was full.
    qint64 requestsShed() const { return m_shed; }
    // Requests and connections the ConnectionGuard refused or timed out.
    qint64 requestsRefused() const;
    qint64 connectionsRefused() const;
    // Connections whose client is still there.
    int connectedClients() const;
    // How many slow hashes may wait or run at once: about TargetQueueSecs
    // of work for the worker threads, by the hashes' measured time.
    int hashQueueCapacity() const;
    int hashesQueued() const { return m_hashesQueued; }
    // A fixed capacity instead (0: by the measured time), for tests.
    void setHashQueueCapacity(int capacity) { m_fixedCapacity = capacity; }
    // Run on the worker thread before each slow hash: a test holds the
    // queue full with it, so that what is shed does not depend on timing.
    void setHashGate(std::function<void()> gate) { m_hashGate = std::move(gate); }
    static constexpr double TargetQueueSecs = 2.0;

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif

private:
    // Where a request's answer goes, kept for as long as its slow hashes
    // take. The one thing that differs between Qt versions.
    struct Reply
    {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        // Qt 6.4 hands over the socket and a request that lives as long as
        // it; the client may leave (the socket goes) while a hash runs.
        const QHttpServerRequest *request = nullptr;
        QPointer<QTcpSocket> socket;
        void keep() {}
#else
        // Newer Qt lends a responder for the handler's call. Taken over
        // only when the request must wait: its connection then stays, and
        // reads no further request, until the responder goes.
        QHttpServerResponder *lent = nullptr;
        std::optional<QHttpServerResponder> kept;
        void keep()
        {
            if (!kept)
                kept.emplace(std::move(*std::exchange(lent, nullptr)));
        }
#endif
    };
    // A request under way: run, and run again with each slow hash it asked for.
    struct Pending
    {
        ApiRequest api;
        Reply reply;
        QList<SlowHashCheck> computed;
        QElapsedTimer timer;
    };

    static ApiRequest apiRequest(const QHttpServerRequest &request, quint16 remotePort);
    void serve(Pending pending);
    void answer(Pending &pending, const ApiResponse &result);
    void send(QHttpServerResponder &responder, const ApiResponse &result);
    ApiResponse shed() const;
    void countConnections(QTcpServer *server);

    PortalApi &m_api;
    RequestLogger m_logger;
    qint64 m_connections = 0;
    int m_delayMs = 0;
    QThreadPool m_hashing; // slow password hashes, off the serving thread
    int m_hashesQueued = 0; // waiting or running in m_hashing
    double m_hashSecs = 0.15; // moving average of one hash's time
    qint64 m_shed = 0;
    int m_fixedCapacity = 0;
    std::function<void()> m_hashGate;
    // Requests waiting for a slow hash, by number: the worker hands back
    // the number only, so that what answers a request stays on this thread.
    std::map<quint64, Pending> m_waiting;
    quint64 m_lastWaiting = 0;
    ConnectionGuard *m_guard = nullptr;
};

} // namespace pbx::sim
