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

int PortalHttpServer::connectedClients() const
{
    return m_guard ? m_guard->connectedClients() : 0;
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
    // While the connections (children of this object) are still here: a
    // kept responder tells its connection when it goes.
    m_waiting.clear();
}

ApiResponse PortalHttpServer::shed() const
{
    // As long as the queue would take to drain, at least a second.
    const int threads = std::max(1, m_hashing.maxThreadCount());
    const int wait = std::clamp(int(std::ceil(double(m_hashesQueued) * m_hashSecs / threads)), 1, 30);
    ApiResponse busy = errorResponse(503, u"The portal is busy; try again in a moment"_s);
    busy.headers.append({"Retry-After", QByteArray::number(wait)});
    return busy;
}

void PortalHttpServer::answer(Pending &pending, const ApiResponse &result)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    if (pending.reply.socket && pending.reply.socket->isOpen()) {
        QHttpServerResponder responder = makeResponder(*pending.reply.request, pending.reply.socket);
        send(responder, result);
    }
#else
    send(pending.reply.kept ? *pending.reply.kept : *pending.reply.lent, result);
#endif
    if (m_logger)
        m_logger(pending.api, result, pending.timer.elapsed());
}

// The hash runs on a worker thread while this thread keeps serving. (With
// one thread doing 600,000-round PBKDF2s in turn, 200 clients signing in at
// once made handshakes wait long enough to be dropped.) A client that leaves
// meanwhile does not cancel its request: it is finished, as a portal would,
// and only the answer is dropped.
void PortalHttpServer::serve(Pending pending)
{
    auto outcome = m_api.handle(pending.api, pending.computed);
    if (const auto *result = std::get_if<ApiResponse>(&outcome))
        return answer(pending, *result);
    // A new request that needs a slow hash while the queue is full is
    // refused at once, before any hashing: a prompt 503 the client can
    // retry beats an answer a minute later. A request already admitted
    // (it needs a second hash) goes on.
    if (pending.computed.isEmpty() && m_hashesQueued >= hashQueueCapacity()) {
        ++m_shed;
        return answer(pending, shed());
    }
    ++m_hashesQueued;
    pending.reply.keep();
    const quint64 id = ++m_lastWaiting;
    m_waiting.emplace(id, std::move(pending));
    m_hashing.start([this, id, check = std::get<PortalApi::NeedsSlowHash>(std::move(outcome)).check,
                     gate = m_hashGate]() mutable {
        if (gate)
            gate();
        QElapsedTimer hashing;
        hashing.start();
        check.matches = crypto::PasswordHash::verify(check.secret, check.storedHash);
        const double secs = double(hashing.nsecsElapsed()) / 1e9;
        QMetaObject::invokeMethod(
            this,
            [this, id, check = std::move(check), secs]() mutable {
                --m_hashesQueued;
                m_hashSecs = 0.8 * m_hashSecs + 0.2 * secs;
                auto waiting = m_waiting.extract(id);
                if (waiting.empty())
                    return;
                waiting.mapped().computed.append(std::move(check));
                serve(std::move(waiting.mapped()));
            },
            Qt::QueuedConnection);
    });
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool PortalHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Pending pending;
    pending.timer.start();
    pending.api = apiRequest(request, socket->peerPort());
    pending.reply.request = &request;
    pending.reply.socket = socket;
    serve(std::move(pending));
    return true;
}

void PortalHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}
#else
bool PortalHttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Pending pending;
    pending.timer.start();
    pending.api = apiRequest(request, request.remotePort());
    pending.reply.lent = &responder;
    serve(std::move(pending));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void PortalHttpServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder)
#else
void PortalHttpServer::missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder)
#endif
{
    handleRequest(request, responder);
}
#endif

} // namespace pbx::sim
