#pragma once

#include "portal/tls_trust.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace pbx::test {

// One HTTP exchange with the portal as any client could make it, for the
// answers PortalClient would turn into typed errors: status, headers, body.
struct RawAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline RawAnswer rawRequest(const QUrl &portal, const TlsTrust &trust, const QByteArray &verb, const QString &path,
                            const QByteArray &body = {}, const QString &bearer = {})
{
    QNetworkAccessManager nam;
    QUrl url = portal;
    // A path may carry a query, already encoded.
    const qsizetype mark = path.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/ns-api/v2") + path.left(mark), QUrl::TolerantMode);
    if (mark >= 0)
        url.setQuery(path.mid(mark + 1), QUrl::TolerantMode);
    QNetworkRequest request(url);
    request.setSslConfiguration(trust.configuration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, trust](const QList<QSslError> &errors) {
        auto verdict = trust.evaluate(errors, reply->sslConfiguration().peerCertificate());
        if (verdict)
            reply->ignoreSslErrors(verdict.value()); // exactly these, for the pinned certificate
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    RawAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    delete reply;
    return answer;
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A TLS connection to the portal that writes exactly the bytes it is given,
// for requests no HTTP client would send (huge, trickling, chunked). It
// waits by running the event loop, so a portal on this thread is served.
class RawTlsConnection
{
public:
    RawTlsConnection(const QUrl &portal, const TlsTrust &trust)
    {
        m_socket.setSslConfiguration(trust.configuration());
        QObject::connect(&m_socket, &QSslSocket::sslErrors, &m_socket, [this, trust](const QList<QSslError> &errors) {
            auto verdict = trust.evaluate(errors, m_socket.peerCertificate());
            if (verdict)
                m_socket.ignoreSslErrors(verdict.value());
        });
        m_socket.connectToHostEncrypted(portal.host(), quint16(portal.port()));
    }
    bool waitEncrypted(int ms = 10000)
    {
        return runUntil([this] { return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState; },
                        ms)
            && m_socket.isEncrypted();
    }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
    }
    // Everything the portal sends until it closes the connection, or until
    // `ms` have passed.
    QByteArray readUntilClosed(int ms)
    {
        QByteArray all;
        runUntil([&] {
            all += m_socket.readAll();
            return m_socket.state() != QAbstractSocket::ConnectedState;
        }, ms);
        all += m_socket.readAll();
        return all;
    }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QSslSocket &socket() { return m_socket; }

private:
    template <typename Done>
    static bool runUntil(Done done, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (!done()) {
            if (t.elapsed() >= ms)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(1);
        }
        return true;
    }

    QSslSocket m_socket;
};

} // namespace pbx::test
