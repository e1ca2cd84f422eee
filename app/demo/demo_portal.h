#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace pbx {

// The demo portal's published account (README.md): the simulator seeds it,
// pbx-admin --demo offers it in the sign-in window.
namespace DemoAccount {
inline constexpr const char *Username = "manager@acme.demo";
inline constexpr const char *Password = "DemoPass-2026";
inline constexpr const char *ClientId = "pbx-admin-demo";
inline constexpr const char *ClientSecret = "demo-secret";
} // namespace DemoAccount

// A running demo portal, trusted by pin: where it listens, its
// certificate, and the account the sign-in window offers.
struct DemoPortal
{
    QUrl url;
    QByteArray certificateSha256;
    QString username;
    QString password;
    QString clientId;
    QString clientSecret;

    // The published account at `url`.
    static DemoPortal withDemoAccount(const QUrl &url, const QByteArray &certificateSha256);
};

// pbx-admin --demo's portal: pbx-portal-sim (installed beside the app) as a
// child process, so that its slow password hashing never runs on the GUI
// thread and an ordinary start loads none of its code. ready() comes once it
// prints where it listens and its certificate; failed() if it cannot start,
// ends early or says nothing for a minute. Deleting this ends the portal: its
// standard input closes, which it takes as the word to quit (killed if it has
// not within three seconds).
class DemoPortalProcess : public QObject
{
    Q_OBJECT
public:
    explicit DemoPortalProcess(QObject *parent = nullptr);
    ~DemoPortalProcess() override;

    // Starts the simulator on DATADIR (a fresh one is seeded with a
    // reseller's territory). `program` defaults to pbx-portal-sim beside
    // this executable.
    void start(const QString &dataDir, const QString &program = {});
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

signals:
    void ready(const pbx::DemoPortal &portal);
    void failed(const QString &message);

private:
    void readOutput();
    void fail(const QString &reason);

    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_output;
    QByteArray m_errors; // the last of its standard error, for failed()
    enum class State { Idle, Starting, Ready, Failed } m_state = State::Idle;
};

} // namespace pbx
