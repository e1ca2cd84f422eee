#pragma once

#include "canned_tls_server.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pbx::test {

// Hostile portals for the CLI and the dialogs: each answers a sign-in in its
// own bad way, and each must end in a clear message with nothing lost.
struct HostileCase
{
    const char *name;
    QByteArray response;
    CannedTlsServer::Delivery delivery = CannedTlsServer::Delivery::Whole;
    sim::CertificateSpec certificate;
    QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater;
    bool pinned = true;     // the user trusts this server's certificate
    QString message;        // part of what the user is told
    int cliExitCode = 1;
    bool reachesServer = true; // false: refused before any request is sent
};

inline QByteArray okJson(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\n\r\n" + body;
}

inline QList<HostileCase> hostileCases()
{
    using D = CannedTlsServer::Delivery;
    const QString unreadable = QStringLiteral("does not understand");
    QList<HostileCase> cases;
    cases.append({"502 with an HTML page",
                  "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 22\r\n\r\n<h1>Bad gateway</h1>\r\n",
                  D::Whole, {}, QSsl::TlsV1_2OrLater, true, QStringLiteral("internal problem (HTTP 502)"), 1});
    cases.append({"malformed JSON", okJson("{\"token\": \"a.b"), D::Whole, {}, QSsl::TlsV1_2OrLater, true, unreadable, 1});
    cases.append({"wrong types", okJson("{\"token\": 12345, \"refresh\": []}"), D::Whole, {}, QSsl::TlsV1_2OrLater,
                  true, unreadable, 1});
    cases.append({"token that is not a JWT", okJson("{\"token\": \"opaque-session\", \"refresh\": \"r\"}"), D::Whole,
                  {}, QSsl::TlsV1_2OrLater, true, unreadable, 1});
    cases.append({"reset mid-response", okJson(QByteArray(4000, ' ') + "{}"), D::ResetHalfway, {},
                  QSsl::TlsV1_2OrLater, true, QStringLiteral("cannot be reached"), 8});
    cases.append({"429 with an HTTP date",
                  "HTTP/1.1 429 Too Many Requests\r\nRetry-After: "
                      + QDateTime::currentDateTimeUtc().addSecs(120).toString(u"ddd, dd MMM yyyy hh:mm:ss 'GMT'").toLatin1()
                      + "\r\nContent-Length: 0\r\n\r\n",
                  D::Whole, {}, QSsl::TlsV1_2OrLater, true, QStringLiteral("Too many attempts"), 6});
    cases.append({"redirect to http", "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:1/ns-api/v2/jwt\r\n"
                                      "Content-Length: 0\r\n\r\n",
                  D::Whole, {}, QSsl::TlsV1_2OrLater, true, QStringLiteral("insecure address"), 7});

    sim::CertificateSpec expired;
    expired.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    expired.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    cases.append({"expired certificate", okJson("{}"), D::Whole, expired, QSsl::TlsV1_2OrLater, false,
                  QStringLiteral("certificate expired"), 7, false});
    sim::CertificateSpec otherHost;
    otherHost.commonName = QStringLiteral("pbx.example.com");
    otherHost.dnsNames = {otherHost.commonName};
    otherHost.ipAddresses = {};
    cases.append({"certificate for another host", okJson("{}"), D::Whole, otherHost, QSsl::TlsV1_2OrLater, false,
                  QStringLiteral("another host name"), 7, false});
    cases.append({"self-signed certificate", okJson("{}"), D::Whole, {}, QSsl::TlsV1_2OrLater, false,
                  QStringLiteral("not trusted"), 7, false});
    // Deprecated on purpose: a server stuck on TLS 1.1, to see it refused.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    cases.append({"TLS 1.1 only", okJson("{}"), D::Whole, {}, QSsl::TlsV1_1, true,
                  QStringLiteral("outdated TLS"), 7, false});
    QT_WARNING_POP
    return cases;
}

} // namespace pbx::test
