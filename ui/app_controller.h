#pragma once

#include "portal/session.h"
#include "settings/portal_profiles.h"
#include "settings/portal_settings.h"
#include "settings/secret_store.h"
#include "sign_in_controller.h"
#include "windows/main_window.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QDialog;
class QSettings;

namespace pbx::ui {

class SignInWindow;
struct SignInForm;

// Drives the app: sign-in window -> (MFA enrollment | MFA challenge) ->
// main window, and back on sign-out. The main window is never shown before
// MFA is done.
class AppController : public QObject
{
    Q_OBJECT
public:
    // `demo`: the sign-in window is the demo portal's (pbx-admin --demo),
    // filled in once setDemoPortal() says where the portal is.
    explicit AppController(QSettings &settings, bool demo = false, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the sign-in window, filled in.
    void start();
    // The demo portal is up (before or after start()).
    void setDemoPortal(const DemoPortal &portal);
    // The demo portal could not start or stopped: the sign-in window says so.
    void demoPortalFailed(const QString &message);

    Session &session() { return m_session; }
    SignInWindow *signInWindow() const { return m_signIn; }
    MainWindow *mainWindow() const { return m_main; }

private:
    void submit();
    void startSignIn(const QUrl &portal, const QString &clientSecret);
    void onSignInFailed(const PortalError &error);
    void showSignInError(const PortalError &error);
    void onStateChanged(Session::State state);
    void showMfaDialog(QDialog *dialog);
    void showMainWindow();
    void backToSignIn();
    void wipeSignInSecrets();
    bool isDemoPortal(const QUrl &portal) const;
    void showAbout(QWidget *parent, const QUrl &portal);
    std::optional<PortalProfile> profileFromForm(const SignInForm &form, const QUrl &portal);
    bool isDemo() const { return m_signInController.isDemo(); }

    SignInController m_signInController;
    PortalSettings m_settings;
    SecretStore m_secrets;
    Session m_session;
    SignInWindow *m_signIn = nullptr;
    QPointer<MainWindow> m_main;
    QPointer<QDialog> m_mfaDialog;
    QString m_pendingSecret; // stored in the keychain once it proved right
    QUrl m_pendingPortal;
    QString m_pendingSecretKey; // the keychain entry for m_pendingSecret
};

} // namespace pbx::ui
