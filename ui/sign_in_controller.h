#pragma once

#include "settings/portal_profiles.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class QSettings;

namespace pbx::ui {

class SignInWindow;

// The embedded demo portal, trusted by pin.
struct DemoPortal
{
    QUrl url;
    QByteArray certificateSha256;
    QString username;
    QString password;
    QString clientId;
    QString clientSecret;
};

// The sign-in window and the portal profiles behind it: what the app shows
// before its first frame. Signing in is AppController's, which listens to
// signInRequested() and aboutRequested(); in pbx-admin it comes with the
// session module, loaded just after the first frame (see
// setSessionLoader()).
class SignInController : public QObject
{
    Q_OBJECT
public:
    SignInController(QSettings &settings, std::optional<DemoPortal> demo, QObject *parent = nullptr);
    ~SignInController() override;

    // Fills the window (the demo account, or the current profile) and shows it.
    void start();

    SignInWindow *window() const { return m_window; }
    PortalProfiles &profiles() { return m_profiles; }
    const std::optional<DemoPortal> &demo() const { return m_demo; }
    // The profiles to choose from, as the window lists them (id, name).
    QList<QPair<QString, QString>> profileNames() const;

    // What loads the listener (AppController): called by loadSession()
    // until it succeeds. It returns false if that failed, having said why.
    void setSessionLoader(std::function<bool()> load) { m_loadSession = std::move(load); }
    // Makes sure the listener is there (without a loader it always is);
    // every request passed on waits for it.
    bool loadSession();

signals:
    void signInRequested();
    void aboutRequested();

private:
    void showProfile();
    void newProfile();
    void deleteProfile();

    PortalProfiles m_profiles;
    std::optional<DemoPortal> m_demo;
    SignInWindow *m_window;
    std::function<bool()> m_loadSession;
};

} // namespace pbx::ui
