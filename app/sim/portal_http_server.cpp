#include "portal_http_server.h"

#include "common/logging.h"

#include <QElapsedTimer>
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

void PortalHttpServer::respond(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest api;
    api.method = methodName(request.method());
    api.path = request.url().path();
    api.query = request.query();
    api.authorization = request.value("Authorization");
    api.body = request.body();
    api.remote = request.remoteAddress().toString();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    api.remotePort = request.remotePort();
#else
    api.remotePort = m_socketPort;
#endif
    const ApiResponse result = m_api.handle(api);
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
    if (m_logger)
        m_logger(api, result, timer.elapsed());
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool PortalHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    m_socketPort = socket->peerPort(); // Qt 6.4's request does not carry it
    respond(request, responder);
    return true;
}

void PortalHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    m_socketPort = socket->peerPort();
    respond(request, responder);
}
#else
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
