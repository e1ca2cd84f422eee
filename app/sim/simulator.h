#pragma once

#include "common/clock.h"
#include "connection_guard.h"
#include "portal_api.h"

#include <QFile>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>

namespace pbx::sim {

class SmtpRelay;

class PortalHttpServer;

// A running portal: data directory, keys, certificate, API and HTTPS
// server. Used by pbx-portal-sim, by the app's --demo mode and by tests.
class Simulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 0;            // 0 picks a free port
        QString certificateFile;     // PEM; with keyFile, replaces the self-signed one
        QString keyFile;
        const Clock *clock = &Clock::system();
        int seedUsers = 0;           // extra directory users, for scale
        int seedDomains = 0;         // spread over this many tenant domains (0: the demo domains)
        int responseDelayMs = 0;     // a slow portal (see PortalHttpServer)
        QString smtpHost;            // with smtpPort: notices also go through this relay
        quint16 smtpPort = 0;
        ConnectionGuard::Limits limits;
        int hashQueueCapacity = 0;   // 0: about two seconds of hashing (PortalHttpServer)
        std::function<void()> hashGate; // tests only: see PortalHttpServer::setHashGate()
        PortalApi::Options api;
    };

    explicit Simulator(Options options, QObject *parent = nullptr);
    ~Simulator() override;

    bool start(QString *error);

    quint16 port() const { return m_port; }
    QUrl url() const;
    const QSslCertificate &certificate() const { return m_certificate; }
    QByteArray certificateSha256() const;
    SimStore &store() { return m_store; }
    // DIR/outbox: the notices sent to users, one Maildir message each.
    QString outboxDir() const { return m_outbox ? m_outbox->dir() : QString(); }
    qint64 requestsServed() const { return m_requests; }
    qint64 connectionsAccepted() const;
    // Refusals under load and abuse: 503s from the full slow-hash queue,
    // requests the connection guard refused or timed out, and connections
    // over the per-address cap.
    qint64 requestsShed() const;
    int slowHashesQueued() const;
    qint64 requestsRefused() const;
    qint64 connectionsRefused() const;
    int connectedClients() const;

private:
    bool loadCertificate(QSslConfiguration *tls, QString *error);
    void logRequest(const ApiRequest &request, const ApiResponse &response, qint64 elapsedMs);

    Options m_options;
    SimStore m_store;
    std::unique_ptr<JwtCodec> m_jwt;
    std::unique_ptr<crypto::SecretBox> m_box;
    std::unique_ptr<SmtpRelay> m_relay; // before the outbox that uses it
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<PortalApi> m_api;
    PortalHttpServer *m_server = nullptr;
    QSslCertificate m_certificate;
    QFile m_accessLog;
    quint16 m_port = 0;
    qint64 m_requests = 0;
};

// Reads a key file from DIR, creating it (owner-only) with random bytes.
std::optional<QByteArray> loadOrCreateKey(const QString &path, int bytes, QString *error);

} // namespace pbx::sim
