#include "app_controller.h"

#include "common/secure_wipe.h"
#include "dialogs/about_dialog.h"
#include "dialogs/certificate_dialog.h"
#include "dialogs/message_boxes.h"
#include "dialogs/mfa_enrollment_dialog.h"
#include "dialogs/passcode_dialog.h"
#include "dialogs/recovery_codes_dialog.h"
#include "portal/network_proxy.h"
#include "portal/portal_url.h"
#include "windows/main_window.h"
#include "windows/sign_in_window.h"

#include <QDialog>
#include <QSettings>
#include <QNetworkProxyFactory>
#include <QTimer>

namespace pbx::ui {

AppController::AppController(QSettings &settings, bool demo, QObject *parent)
    : QObject(parent), m_signInController(settings, demo), m_settings(settings),
      m_secrets(QStringLiteral("pbx-admin")), m_signIn(m_signInController.window())
{
    connect(&m_signInController, &SignInController::signInRequested, this, &AppController::submit);
    connect(m_signIn, &SignInWindow::cancelRequested, &m_session, &Session::cancel);
    connect(&m_signInController, &SignInController::aboutRequested, this, [this] {
        const auto portal = portalUrl(m_signIn->portalText());
        showAbout(m_signIn, portal ? portal.value() : QUrl());
    });
    connect(&m_session, &Session::busyChanged, this, [this](bool busy) {
        if (m_session.state() == Session::State::SigningIn || !busy)
            m_signIn->setBusy(busy && m_session.state() == Session::State::SigningIn);
    });
    connect(&m_session, &Session::portalBusy, this, [this](int seconds) {
        if (m_session.state() == Session::State::SigningIn)
            m_signIn->showBusyRetry(seconds);
    });
    connect(&m_session, &Session::signInFailed, this, &AppController::onSignInFailed);
    connect(&m_session, &Session::stateChanged, this, &AppController::onStateChanged);
    connect(&m_session, &Session::refreshFailed, this, [this](const PortalError &error) {
        // The main window goes (with any box it had open); the sign-in
        // window says why.
        backToSignIn();
        MessageBoxes::warning(m_signIn, tr("Signed out"), error.message());
    });
}

AppController::~AppController()
{
    delete m_main;
}

void AppController::showAbout(QWidget *parent, const QUrl &portal)
{
    AboutDialog dialog(portal, parent);
    MessageBoxes::exec(dialog);
}

void AppController::start()
{
    m_signInController.start();
}

void AppController::setDemoPortal(const DemoPortal &portal)
{
    m_signInController.setDemoPortal(portal);
}

void AppController::demoPortalFailed(const QString &message)
{
    // A signed-in demo session cannot go on without its portal; its next
    // request fails and says so. The sign-in window says why.
    m_signInController.demoPortalFailed(message);
}

// The form, checked, as the profile it will be saved in.
std::optional<PortalProfile> AppController::profileFromForm(const SignInForm &form, const QUrl &portal)
{
    PortalProfiles &profiles = m_signInController.profiles();
    auto profile = profiles.find(profiles.currentId());
    if (!profile)
        profile = PortalProfiles::create(portal.host()); // the first portal names its profile
    profile->url = form.portal;
    profile->lastUsername = form.username;
    profile->clientId = form.clientId;
    profile->caFile = form.caFile;
    if (!form.caFile.isEmpty()) {
        if (const auto ca = TlsTrust::withCaFile(form.caFile); !ca) {
            m_signIn->setAdvancedVisible(true);
            m_signIn->showError(ca.error().message());
            return std::nullopt;
        }
    }
    if (form.proxyMode == ProxySettings::Mode::Http || form.proxyMode == ProxySettings::Mode::Socks5) {
        const auto proxy = ProxySettings::manual(form.proxyMode, form.proxy);
        if (!proxy) {
            m_signIn->setAdvancedVisible(true);
            m_signIn->showError(proxy.error().message());
            return std::nullopt;
        }
        profile->proxy = proxy.value();
    } else {
        profile->proxy = ProxySettings{form.proxyMode, {}, 0};
    }
    return profile;
}

bool AppController::isDemoPortal(const QUrl &portal) const
{
    const auto &demo = m_signInController.demo();
    return demo && PortalSettings::portalKey(portal) == PortalSettings::portalKey(demo->url);
}

void AppController::submit()
{
    // The system's proxy settings unless a profile says otherwise; set with
    // the first sign-in rather than at start-up, where it cost half a
    // millisecond before the first frame.
    static const bool systemProxy = [] {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        return true;
    }();
    Q_UNUSED(systemProxy)
    const SignInForm form = m_signIn->form();
    const auto portal = portalUrl(form.portal);
    if (!portal) {
        m_signIn->showError(portal.error().message());
        return;
    }
    if (form.username.isEmpty() || form.password.isEmpty()) {
        m_signIn->showError(tr("Enter your username and password."));
        return;
    }
    if (form.clientId.isEmpty()) {
        m_signIn->setAdvancedVisible(true);
        m_signIn->showError(tr("Enter the portal's client ID under Advanced. Your provider gives it."));
        return;
    }
    std::optional<PortalProfile> profile;
    if (!isDemoPortal(portal.value())) {
        profile = profileFromForm(form, portal.value());
        if (!profile)
            return;
        // Remembered now, so a failed sign-in does not lose what was typed
        // (never the password).
        m_signInController.profiles().save(*profile);
        m_signInController.profiles().setCurrentId(profile->id);
        m_signIn->setProfiles(m_signInController.profileNames(), profile->id);
        m_pendingSecretKey = profile->secretKey();
        m_session.setProxy(networkProxy(profile->proxy));
    } else {
        // The demo portal is on this computer: never through a proxy.
        m_session.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
    if (!form.clientSecret.isEmpty()) {
        startSignIn(portal.value(), form.clientSecret);
        return;
    }
    // Only now, when it is needed, ask the keychain.
    m_signIn->setBusy(true);
    const QUrl url = portal.value();
    m_secrets.read(m_pendingSecretKey, [this, url](std::optional<QString> secret) {
        m_signIn->setBusy(false);
        if (!secret) {
            m_signIn->setAdvancedVisible(true);
            m_signIn->showError(tr("Enter the portal's client secret under Advanced. Your provider gives it."));
            return;
        }
        m_signIn->setClientSecret(*secret);
        startSignIn(url, *secret);
    });
}

void AppController::startSignIn(const QUrl &portal, const QString &clientSecret)
{
    const SignInForm form = m_signIn->form();
    TlsTrust trust;
    if (isDemoPortal(portal))
        trust = TlsTrust::withPin(m_signInController.demo()->certificateSha256);
    else if (const QByteArray pin = m_settings.pinnedCertificate(portal); !pin.isEmpty())
        trust = TlsTrust::withPin(pin);
    else if (!form.caFile.isEmpty())
        trust = TlsTrust::withCaFile(form.caFile).value(); // checked in submit()
    m_pendingPortal = portal;
    m_pendingSecret = clientSecret;
    m_session.signIn(portal, trust, {form.clientId, clientSecret}, form.username, form.password);
}

void AppController::onSignInFailed(const PortalError &error)
{
    m_signIn->setBusy(false);
    const QUrl portal = m_pendingPortal;
    // Only a portal with no pinned certificate asks: a pinned portal that
    // presents another certificate is refused with a warning.
    if (error.kind == ErrorKind::Tls && error.tlsProblem == TlsProblem::Untrusted && !isDemoPortal(portal)
        && m_settings.pinnedCertificate(portal).isEmpty()) {
        auto *dialog = new CertificateDialog(portal.host(), error.certificate, m_signIn);
        const QPointer<AppController> self(this);
        MessageBoxes::open(dialog, [self, portal, error](int result) {
            if (!self)
                return;
            if (result != QDialog::Accepted)
                return self->showSignInError(error);
            self->m_settings.setPinnedCertificate(portal, error.certificate.sha256);
            self->submit();
        });
        return;
    }
    showSignInError(error);
}

void AppController::showSignInError(const PortalError &error)
{
    secureWipe(m_pendingSecret);
    QString text = error.message();
    if (error.kind == ErrorKind::Tls && error.tlsProblem == TlsProblem::PinMismatch)
        text += QLatin1Char(' ') + tr("Sign-in was stopped. If your provider replaced the certificate, confirm "
                                      "the new fingerprint with them before trusting it.");
    else if (error.kind == ErrorKind::BadCredentials)
        text += QLatin1Char(' ') + tr("Check them and try again.");
    m_signIn->showError(text);
}

void AppController::onStateChanged(Session::State state)
{
    switch (state) {
    case Session::State::EnrollmentRequired:
        showMfaDialog(new MfaEnrollmentDialog(m_session, isDemo(), m_signIn));
        break;
    case Session::State::ChallengeRequired:
        showMfaDialog(new PasscodeDialog(m_session, isDemo(), m_signIn));
        break;
    case Session::State::SignedIn:
        if (!m_pendingSecret.isEmpty() && !isDemoPortal(m_pendingPortal)) {
            m_secrets.write(m_pendingSecretKey, m_pendingSecret, [](bool) {});
        }
        secureWipe(m_pendingSecret);
        if (m_mfaDialog)
            break;
        if (m_session.enrollmentDue().isValid())
            showMfaDialog(new MfaEnrollmentDialog(m_session, isDemo(), m_signIn)); // before the deadline: may wait
        else
            showMainWindow(); // no MFA step: straight in
        break;
    case Session::State::SignedOut:
    case Session::State::SigningIn:
        break;
    }
}

void AppController::showMfaDialog(QDialog *dialog)
{
    m_mfaDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        dialog->deleteLater();
        // A temporary access code opened the enrollment of a new phone: its
        // dialog is already up (onStateChanged), this one just closes.
        if (m_session.state() == Session::State::EnrollmentRequired && qobject_cast<PasscodeDialog *>(dialog))
            return;
        if (result == MfaEnrollmentDialog::SetUpLater && m_session.state() == Session::State::SignedIn) {
            if (!m_main)
                showMainWindow();
            return;
        }
        if (result == QDialog::Accepted && m_session.state() == Session::State::SignedIn) {
            if (qobject_cast<MfaEnrollmentDialog *>(dialog)) {
                // The portal stays locked until the recovery codes are kept.
                QStringList codes = m_session.takeRecoveryCodes();
                if (!codes.isEmpty()) {
                    const QUrl portal = m_session.client() ? m_session.client()->portal() : QUrl();
                    return showMfaDialog(new RecoveryCodesDialog(std::move(codes), m_session.claims().sub,
                                                                 portal.toString(), m_signIn));
                }
            }
            showMainWindow();
            if (qobject_cast<MfaEnrollmentDialog *>(dialog) || qobject_cast<RecoveryCodesDialog *>(dialog))
                MessageBoxes::information(m_main, tr("Multi-factor authentication is active"),
                                          tr("Multi-factor authentication is now set up. You will be asked for a "
                                             "code from your authenticator app every time you sign in."));
        } else {
            backToSignIn();
        }
    });
    // Modal to the whole application, but shown without exec(): no nested
    // event loop under the network callbacks. (open() would make it only
    // window-modal.)
    dialog->setWindowModality(Qt::ApplicationModal);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void AppController::showMainWindow()
{
    if (m_session.state() != Session::State::SignedIn)
        return;
    wipeSignInSecrets();
    m_signIn->clearError();
    delete m_main;
    m_main = new MainWindow(m_session, isDemo());
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::signOutRequested, this, &AppController::backToSignIn);
    connect(m_main, &MainWindow::enrollRequested, this, [this] {
        if (m_mfaDialog || !m_session.enrollmentDue().isValid())
            return;
        // Parented to the sign-in window: the main window is replaced once
        // MFA is set up, while this dialog is still finishing.
        auto *dialog = new MfaEnrollmentDialog(m_session, isDemo(), m_signIn);
        showMfaDialog(dialog);
        dialog->configure();
    });
    connect(m_main, &MainWindow::aboutRequested, this,
            [this] { showAbout(m_main, m_session.client() ? m_session.client()->portal() : QUrl()); });
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    m_signIn->hide();
}

void AppController::wipeSignInSecrets()
{
    m_signIn->wipePassword();
    // The demo's client secret is public and never in the keychain.
    if (const auto &demo = m_signInController.demo())
        m_signIn->setClientSecret(demo->clientSecret);
}

void AppController::backToSignIn()
{
    m_session.signOut();
    if (m_main) {
        m_main->hide();
        m_main->deleteLater();
    }
    if (!isDemo())
        wipeSignInSecrets();
    m_signIn->setBusy(false);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
    m_signIn->focusFirstEmpty();
}

} // namespace pbx::ui
