#pragma once

#include "demo/demo_portal.h"
#include "settings/portal_profiles.h"

#include <QObject>
#include <QString>
#include <optional>

class QSettings;

namespace pbx::ui {

class SignInWindow;

// The sign-in window and the portal profiles behind it. Signing in is
// AppController's, which listens to signInRequested() and aboutRequested().
// In demo mode the window offers the demo portal's account once the portal
// is known (setDemoPortal()), and waits for it until then.
class SignInController : public QObject
{
    Q_OBJECT
public:
    SignInController(QSettings &settings, bool demo, QObject *parent = nullptr);
    ~SignInController() override;

    // Fills the window (the demo account, or the current profile) and shows it.
    void start();
    // The demo portal is up: its account fills the form.
    void setDemoPortal(const DemoPortal &portal);
    // The demo portal could not start (or stopped): the window says so.
    void demoPortalFailed(const QString &message);

    SignInWindow *window() const { return m_window; }
    PortalProfiles &profiles() { return m_profiles; }
    bool isDemo() const { return m_demoMode; }
    // The demo portal, once it is up.
    const std::optional<DemoPortal> &demo() const { return m_demo; }
    // The profiles to choose from, as the window lists them (id, name).
    QList<QPair<QString, QString>> profileNames() const;

signals:
    void signInRequested();
    void aboutRequested();

private:
    void showProfile();
    void newProfile();
    void deleteProfile();
    void showDemoAccount();

    PortalProfiles m_profiles;
    bool m_demoMode;
    std::optional<DemoPortal> m_demo;
    SignInWindow *m_window;
    bool m_started = false;
};

} // namespace pbx::ui
