#include "portal_http_server.h"

#include "common/logging.h"
#include "crypto/password_hash.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <cmath>

using namespace Qt::StringLiterals;

namespace pbx::sim {

PortalHttpServer::PortalHttpServer(PortalApi &api, RequestLogger logger, QObject *parent)
    : QAbstractHttpServer(parent), m_api(api), m_logger(std::move(logger))
{
}

quint16 PortalHttpServer::listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                                   const ConnectionGuard::Limits &limits)
{
    QSslConfiguration config = tls;
    config.setProtocol(QSsl::TlsV1_2OrLater);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    // Before bind(): the guard watches each socket ahead of the HTTP server.
    m_guard = new ConnectionGuard(server, limits);
    if (!server->listen(address, port)) {
        delete server;
        m_guard = nullptr;
        return 0;
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bind(server);
#else
    if (!bind(server)) {
        delete server;
        m_guard = nullptr;
        return 0;
    }
#endif
    countConnections(server);
    return server->serverPort();
}

qint64 PortalHttpServer::requestsRefused() const
{
    return m_guard ? m_guard->refusedRequests() : 0;
}

qint64 PortalHttpServer::connectionsRefused() const
{
    return m_guard ? m_guard->refusedConnections() : 0;
}

int PortalHttpServer::hashQueueCapacity() const
{
    if (m_fixedCapacity > 0)
        return m_fixedCapacity;
    const int threads = std::max(1, m_hashing.maxThreadCount());
    return std::max(threads, int(double(threads) * TargetQueueSecs / std::max(m_hashSecs, 0.001)));
}

void PortalHttpServer::countConnections(QTcpServer *server)
{
    // Qt 6.4's HTTPS server emits pendingConnectionAvailable only; newer
    // ones both.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, [this] { ++m_connections; });
}

static QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

ApiRequest PortalHttpServer::apiRequest(const QHttpServerRequest &request, quint16 remotePort)
{
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.authorization = request.value("Authorization");
    api.body = request.body();
    api.remote = request.remoteAddress().toString();
    api.remotePort = remotePort;
    return api;
}

void PortalHttpServer::send(QHttpServerResponder &responder, const ApiResponse &result)
{
    if (m_delayMs > 0)
        QThread::msleep(ulong(m_delayMs));
    QHttpServerResponse response("application/json", result.body,
                                 static_cast<QHttpServerResponse::StatusCode>(result.status));
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    response.setHeader("Cache-Control", "no-store");
    for (const auto &header : result.headers)
        response.setHeader(header.first, header.second);
    response.write(std::move(responder));
#else
    QHttpHeaders headers = response.headers();
    headers.append("Cache-Control", "no-store");
    for (const auto &header : result.headers)
        headers.append(header.first, header.second);
    response.setHeaders(std::move(headers));
    responder.sendResponse(response);
#endif
}

PortalHttpServer::~PortalHttpServer()
{
    // No worker may call back into a server that is gone.
    m_hashing.clear();
    m_hashing.waitForDone();
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
ApiResponse PortalHttpServer::shed() const
{
    // As long as the queue would take to drain, at least a second.
    const int threads = std::max(1, m_hashing.maxThreadCount());
    const int wait = std::clamp(int(std::ceil(double(m_hashesQueued) * m_hashSecs / threads)), 1, 30);
    ApiResponse busy = errorResponse(503, u"The portal is busy; try again in a moment"_s);
    busy.headers.append({"Retry-After", QByteArray::number(wait)});
    return busy;
}

// Qt 6.4 hands us the socket, so a request that needs a slow hash can be
// answered later: the hash runs on a worker thread while this thread keeps
// accepting connections, finishing TLS handshakes and answering everything
// else. (With one thread doing 600,000-round PBKDF2s in turn, 200 clients
// signing in at once made handshakes wait long enough to be dropped.)
void PortalHttpServer::serve(ApiRequest api, const QHttpServerRequest &request, QTcpSocket *socket,
                             QList<SlowHashCheck> computed, QElapsedTimer timer)
{
    auto outcome = m_api.handleDeferringSlowHashes(api, computed);
    const auto answer = [&](const ApiResponse &result) {
        if (socket->isOpen()) {
            QHttpServerResponder responder = makeResponder(request, socket);
            send(responder, result);
        }
        if (m_logger)
            m_logger(api, result, timer.elapsed());
    };
    if (const auto *result = std::get_if<ApiResponse>(&outcome))
        return answer(*result);
    // A new request that needs a slow hash while the queue is full is
    // refused at once, before any hashing: a prompt 503 the client can
    // retry beats an answer a minute later. A request already admitted
    // (it needs a second hash) goes on.
    if (computed.isEmpty() && m_hashesQueued >= hashQueueCapacity()) {
        ++m_shed;
        return answer(shed());
    }
    ++m_hashesQueued;
    // The request object lives as long as its socket; the socket may go
    // (the client gave up) while the hash runs.
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *pending = &request;
    m_hashing.start([this, api = std::move(api), check = std::get<PortalApi::NeedsSlowHash>(outcome).check,
                     computed = std::move(computed), guard, pending, timer, gate = m_hashGate]() mutable {
        if (gate)
            gate();
        QElapsedTimer hashing;
        hashing.start();
        check.matches = crypto::PasswordHash::verify(check.secret, check.storedHash);
        const double secs = double(hashing.nsecsElapsed()) / 1e9;
        computed.append(std::move(check));
        QMetaObject::invokeMethod(
            this,
            [this, api = std::move(api), computed = std::move(computed), guard, pending, timer, secs]() mutable {
                --m_hashesQueued;
                m_hashSecs = 0.8 * m_hashSecs + 0.2 * secs;
                if (guard)
                    serve(std::move(api), *pending, guard, std::move(computed), timer);
            },
            Qt::QueuedConnection);
    });
}

bool PortalHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    serve(apiRequest(request, socket->peerPort()), request, socket, {}, timer);
    return true;
}

void PortalHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}
#else
// Newer Qt hands over a responder only; slow hashes are computed in place.
void PortalHttpServer::respond(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QElapsedTimer timer;
    timer.start();
    const ApiRequest api = apiRequest(request, request.remotePort());
    const ApiResponse result = m_api.handle(api);
    send(responder, result);
    if (m_logger)
        m_logger(api, result, timer.elapsed());
}

bool PortalHttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    respond(request, responder);
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void PortalHttpServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder)
#else
void PortalHttpServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
#endif
{
    respond(request, responder);
}
#endif

} // namespace pbx::sim
