#include "portal_http_server.h"

#include "common/logging.h"

#include <QElapsedTimer>
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
    return listen(address, port);
#else
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    if (!server->listen(address, port) || !bind(server)) {
        delete server;
        return 0;
    }
    return server->serverPort();
#endif
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
    const ApiResponse result = m_api.handle(api);

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
    respond(request, responder);
    return true;
}

void PortalHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
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
