#include "portal_http_server.h"

#include "common/logging.h"
#include "crypto/password_hash.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#include <QSslServer>
#endif

namespace pbx::sim {

PortalHttpServer::PortalHttpServer(PortalApi &api, RequestLogger logger, QObject *parent)
    : QAbstractHttpServer(parent), m_api(api), m_logger(std::move(logger))
{
}

quint16 PortalHttpServer::listenTls(const QHostAddress &address, quint16 port, const QSslConfiguration &tls)
{
    QSslConfiguration config = tls;
    config.setProtocol(QSsl::TlsV1_2OrLater);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    sslSetup(config);
    const quint16 bound = listen(address, port);
    if (bound != 0)
        countConnections(servers().last()); // the one listen() just made
    return bound;
#else
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    if (!server->listen(address, port) || !bind(server)) {
        delete server;
        return 0;
    }
    countConnections(server);
    return server->serverPort();
#endif
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
// Qt 6.4 hands us the socket, so a request that needs a slow hash can be
// answered later: the hash runs on a worker thread while this thread keeps
// accepting connections, finishing TLS handshakes and answering everything
// else. (With one thread doing 600,000-round PBKDF2s in turn, 200 clients
// signing in at once made handshakes wait long enough to be dropped.)
void PortalHttpServer::serve(ApiRequest api, const QHttpServerRequest &request, QTcpSocket *socket,
                             QList<SlowHashCheck> computed, QElapsedTimer timer)
{
    auto outcome = m_api.handleDeferringSlowHashes(api, computed);
    if (const auto *result = std::get_if<ApiResponse>(&outcome)) {
        if (socket->isOpen()) {
            QHttpServerResponder responder = makeResponder(request, socket);
            send(responder, *result);
        }
        if (m_logger)
            m_logger(api, *result, timer.elapsed());
        return;
    }
    // The request object lives as long as its socket; the socket may go
    // (the client gave up) while the hash runs.
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *pending = &request;
    m_hashing.start([this, api = std::move(api), check = std::get<PortalApi::NeedsSlowHash>(outcome).check,
                     computed = std::move(computed), guard, pending, timer]() mutable {
        check.matches = crypto::PasswordHash::verify(check.secret, check.storedHash);
        computed.append(std::move(check));
        QMetaObject::invokeMethod(
            this,
            [this, api = std::move(api), computed = std::move(computed), guard, pending, timer]() mutable {
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
