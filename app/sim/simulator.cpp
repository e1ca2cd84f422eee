#include "simulator.h"

#include "smtp_relay.h"

#include "certificate_factory.h"
#include "common/logging.h"
#include "crypto/random_bytes.h"
#include "demo_seed.h"
#include "portal/certificate_info.h"
#include "portal_http_server.h"

#include <QDir>
#include <QHostAddress>
#include <QHostInfo>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace pbx::sim {

namespace {
constexpr auto OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    file.setPermissions(OwnerOnly);
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}
} // namespace

std::optional<QByteArray> loadOrCreateKey(const QString &path, int bytes, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
            return std::nullopt;
        }
        const QByteArray key = file.readAll();
        if (key.size() != bytes) {
            *error = u"%1 is damaged (expected %2 bytes)"_s.arg(path).arg(bytes);
            return std::nullopt;
        }
        return key;
    }
    const QByteArray key = crypto::randomBytes(bytes);
    if (!writePrivateFile(path, key, error))
        return std::nullopt;
    return key;
}

Simulator::Simulator(Options options, QObject *parent) : QObject(parent), m_options(std::move(options)) {}

Simulator::~Simulator() = default;

QUrl Simulator::url() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(m_options.host);
    url.setPort(m_port);
    return url;
}

QByteArray Simulator::certificateSha256() const
{
    return sha256Fingerprint(m_certificate);
}

bool Simulator::loadCertificate(QSslConfiguration *tls, QString *error)
{
    const QDir dir(m_options.dataDir);
    QString certPath = m_options.certificateFile;
    QString keyPath = m_options.keyFile;
    if (certPath.isEmpty() != keyPath.isEmpty()) {
        *error = u"--cert and --key go together"_s;
        return false;
    }
    if (certPath.isEmpty()) {
        certPath = dir.filePath(u"portal-cert.pem"_s);
        keyPath = dir.filePath(u"portal-key.pem"_s);
        const auto existing = QSslCertificate::fromPath(certPath);
        const QDateTime soon = m_options.clock->now().addDays(1);
        if (existing.isEmpty() || existing.first().expiryDate() < soon || !QFile::exists(keyPath)) {
            qCInfo(lcSim) << "creating a self-signed certificate in" << m_options.dataDir;
            const auto made = makeCertificate({});
            if (!made) {
                *error = u"OpenSSL could not create a certificate"_s;
                return false;
            }
            if (!writePrivateFile(keyPath, made->keyPem, error) || !writePrivateFile(certPath, made->certificatePem, error))
                return false;
        }
    }
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the certificate or key (%1, %2)"_s.arg(certPath, keyPath);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = u"%1 or %2 holds no usable PEM certificate or key"_s.arg(certPath, keyPath);
        return false;
    }
    m_certificate = chain.first();
    tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    return true;
}

bool Simulator::start(QString *error)
{
    const QDir dir(m_options.dataDir);
    if (!m_store.open(m_options.dataDir, error))
        return false;
    const auto jwtKey = loadOrCreateKey(dir.filePath(u"jwt-signing.key"_s), 32, error);
    const auto boxKey = jwtKey ? loadOrCreateKey(dir.filePath(u"secrets.key"_s), crypto::SecretBox::KeyBytes, error)
                               : std::nullopt;
    if (!jwtKey || !boxKey)
        return false;
    m_jwt = std::make_unique<JwtCodec>(*jwtKey);
    m_box = std::make_unique<crypto::SecretBox>(*boxKey);
    if (!DemoSeed::isSeeded(m_store)) {
        qCInfo(lcSim) << "seeding the demo portal";
        if (!DemoSeed::apply(m_store, *m_box, *m_options.clock)) {
            *error = u"cannot write the demo data"_s;
            return false;
        }
    }

    if (m_options.seedUsers > 0
        && !DemoSeed::addBulkUsers(m_store, *m_box, *m_options.clock, m_options.seedUsers, m_options.seedDomains, error))
        return false;

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!loadCertificate(&tls, error))
        return false;

    m_accessLog.setFileName(dir.filePath(u"access.log"_s));
    if (!m_accessLog.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = u"cannot write %1"_s.arg(m_accessLog.fileName());
        return false;
    }
    m_accessLog.setPermissions(OwnerOnly);

    // Notices to users, as a mail client reads them (DIR/outbox).
    m_outbox = std::make_unique<Outbox>(dir.filePath(u"outbox"_s), m_options.api.issuer);
    if (m_options.smtpPort != 0) {
        m_relay = std::make_unique<SmtpRelay>(m_options.smtpHost, m_options.smtpPort, Outbox::SenderAddress);
        m_outbox->setRelay(m_relay.get());
    }
    if (!m_outbox->open(error))
        return false;
    PortalApi::Options api = m_options.api;
    api.outbox = m_outbox.get();
    if (api.codeDigestKey.isEmpty()) {
        const auto codeKey = loadOrCreateKey(dir.filePath(u"code-digest.key"_s), 32, error);
        if (!codeKey)
            return false;
        api.codeDigestKey = *codeKey;
    }
    m_api = std::make_unique<PortalApi>(m_store, *m_jwt, *m_box, *m_options.clock, api);
    m_server = new PortalHttpServer(
        *m_api, [this](const ApiRequest &rq, const ApiResponse &rs, qint64 ms) { logRequest(rq, rs, ms); }, this);
    QHostAddress address(m_options.host);
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(m_options.host);
        if (info.addresses().isEmpty()) {
            *error = u"cannot resolve %1"_s.arg(m_options.host);
            return false;
        }
        address = info.addresses().first();
    }
    m_server->setResponseDelay(m_options.responseDelayMs);
    m_server->setHashQueueCapacity(m_options.hashQueueCapacity);
    m_server->setHashGate(m_options.hashGate);
    m_port = m_server->listenTls(address, m_options.port, tls, m_options.limits);
    if (m_port == 0) {
        *error = u"cannot listen on %1:%2"_s.arg(m_options.host).arg(m_options.port);
        return false;
    }
    return true;
}

void Simulator::logRequest(const ApiRequest &request, const ApiResponse &response, qint64 elapsedMs)
{
    ++m_requests;
    // Method, path, status and timing only: never a header, body or query
    // value, so no password, passcode, secret or token reaches the log.
    const QString peer = request.remote.contains(u':') ? u"[%1]:%2"_s.arg(request.remote).arg(request.remotePort)
                                                        : u"%1:%2"_s.arg(request.remote).arg(request.remotePort);
    // The path as it came, percent-encoded: a decoded %0A would start a
    // forged line of its own.
    const QByteArray path = QUrl::toPercentEncoding(request.path, "/~@:+-._!$&'()*,;=");
    const QByteArray line = m_options.clock->now().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + peer.toUtf8() + ' ' + request.method + ' ' + path + ' '
        + QByteArray::number(response.status) + ' ' + QByteArray::number(response.body.size()) + ' '
        + QByteArray::number(elapsedMs) + "ms\n";
    m_accessLog.write(line);
    m_accessLog.flush();
}

qint64 Simulator::connectionsAccepted() const
{
    return m_server ? m_server->connectionsAccepted() : 0;
}

qint64 Simulator::requestsShed() const
{
    return m_server ? m_server->requestsShed() : 0;
}

int Simulator::slowHashesQueued() const
{
    return m_server ? m_server->hashesQueued() : 0;
}

qint64 Simulator::requestsRefused() const
{
    return m_server ? m_server->requestsRefused() : 0;
}

qint64 Simulator::connectionsRefused() const
{
    return m_server ? m_server->connectionsRefused() : 0;
}

int Simulator::connectedClients() const
{
    return m_server ? m_server->connectedClients() : 0;
}

} // namespace pbx::sim
