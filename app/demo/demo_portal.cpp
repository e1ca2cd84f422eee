#include "demo_portal.h"

#include "common/logging.h"
#include "portal/certificate_info.h"

#include <QCoreApplication>
#include <QDir>

namespace pbx {

namespace {
constexpr int StartTimeoutMs = 60000; // a first start seeds 2,000 users
constexpr qsizetype MaxErrorBytes = 4096;
constexpr qsizetype MaxOutputBytes = 4096; // two short lines are expected
} // namespace

DemoPortal DemoPortal::withDemoAccount(const QUrl &url, const QByteArray &certificateSha256)
{
    return {url,
            certificateSha256,
            QString::fromLatin1(DemoAccount::Username),
            QString::fromLatin1(DemoAccount::Password),
            QString::fromLatin1(DemoAccount::ClientId),
            QString::fromLatin1(DemoAccount::ClientSecret)};
}

DemoPortalProcess::DemoPortalProcess(QObject *parent) : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(StartTimeoutMs);
    connect(&m_startTimeout, &QTimer::timeout, this,
            [this] { fail(tr("it did not say where it listens within a minute.")); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoPortalProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_errors += m_process.readAllStandardError();
        if (m_errors.size() > MaxErrorBytes)
            m_errors = m_errors.right(MaxErrorBytes);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("%1 could not be run (%2).").arg(QDir::toNativeSeparators(m_process.program()),
                                                    m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        qCInfo(lcApp) << "demo portal ended, exit code" << exitCode << "status" << status;
        const QString said = QString::fromLocal8Bit(m_errors).trimmed();
        if (m_state == State::Starting) {
            fail(said.isEmpty() ? tr("it ended before it was ready (exit code %1).").arg(exitCode) : said);
        } else if (m_state == State::Ready) {
            m_state = State::Failed;
            emit failed(tr("The demo portal stopped (exit code %1).").arg(exitCode));
        }
    });
}

DemoPortalProcess::~DemoPortalProcess()
{
    m_process.disconnect(this);
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Its standard input closing is the simulator's word to quit (it closes
    // its sockets; every acknowledged change is already on disk).
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void DemoPortalProcess::start(const QString &dataDir, const QString &program)
{
    QString path = program;
    if (path.isEmpty()) {
        path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pbx-portal-sim"));
#ifdef Q_OS_WIN
        path += QStringLiteral(".exe");
#endif
    }
    // A reseller's territory for the dashboard: tenant domains with users in
    // every state (seeded once, on the first start of a data directory).
    const QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                                dataDir, QStringLiteral("--seed-users"), QStringLiteral("2000"),
                                QStringLiteral("--seed-domains"), QStringLiteral("40"),
                                QStringLiteral("--quit-when-stdin-closes")};
    qCInfo(lcApp) << "starting the demo portal:" << path << arguments;
    m_state = State::Starting;
    m_output.clear();
    m_errors.clear();
    m_startTimeout.start();
    m_process.start(path, arguments);
}

// Two lines (pbx_portal_sim_main.cpp): "listening on URL" and
// "certificate SHA-256 AA:BB:…".
void DemoPortalProcess::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (m_state != State::Starting)
        return m_output.clear();
    if (m_output.size() > MaxOutputBytes)
        return fail(tr("it said something unexpected."));
    QUrl url;
    QByteArray fingerprint;
    const QList<QByteArray> lines = m_output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // whole lines only
        const QByteArray line = lines.at(i).trimmed();
        if (line.startsWith("listening on "))
            url = QUrl(QString::fromUtf8(line.mid(13)), QUrl::StrictMode);
        else if (line.startsWith("certificate SHA-256 "))
            fingerprint = parseFingerprint(QString::fromLatin1(line.mid(20)));
    }
    if (url.isEmpty() || fingerprint.isEmpty())
        return;
    if (!url.isValid() || url.scheme() != QLatin1String("https") || fingerprint.size() != 32)
        return fail(tr("it said something unexpected."));
    m_state = State::Ready;
    m_startTimeout.stop();
    m_output.clear();
    qCInfo(lcApp) << "demo portal listening on" << url.toString();
    emit ready(DemoPortal::withDemoAccount(url, fingerprint));
}

void DemoPortalProcess::fail(const QString &reason)
{
    if (m_state != State::Starting)
        return; // one failure said is enough
    m_state = State::Failed;
    m_startTimeout.stop();
    qCWarning(lcApp).noquote() << "demo portal failed:" << reason;
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
    emit failed(tr("The demo portal could not start: %1").arg(reason));
}

} // namespace pbx
