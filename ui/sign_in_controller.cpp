#include "sign_in_controller.h"

#include "dialogs/message_boxes.h"
#include "windows/sign_in_window.h"

namespace pbx::ui {

SignInController::SignInController(QSettings &settings, bool demo, QObject *parent)
    : QObject(parent), m_profiles(settings), m_demoMode(demo), m_window(new SignInWindow(demo))
{
    connect(m_window, &SignInWindow::profileChosen, this, [this](const QString &id) {
        m_profiles.setCurrentId(id);
        showProfile();
    });
    connect(m_window, &SignInWindow::newProfileRequested, this, &SignInController::newProfile);
    connect(m_window, &SignInWindow::deleteProfileRequested, this, &SignInController::deleteProfile);
    connect(m_window, &SignInWindow::signInRequested, this, &SignInController::signInRequested);
    connect(m_window, &SignInWindow::aboutRequested, this, &SignInController::aboutRequested);
}

SignInController::~SignInController()
{
    delete m_window;
}

void SignInController::start()
{
    m_started = true;
    if (!m_demoMode) {
        m_profiles.adoptSinglePortalSettings();
        showProfile();
    } else if (m_demo) {
        showDemoAccount();
    } else {
        m_window->showWaiting(tr("Starting the demo portal…"));
    }
    m_window->show();
}

void SignInController::setDemoPortal(const DemoPortal &portal)
{
    m_demo = portal;
    if (m_started) {
        m_window->setBusy(false);
        showDemoAccount();
    }
}

void SignInController::demoPortalFailed(const QString &message)
{
    m_demo.reset();
    m_window->setBusy(false);
    m_window->showError(message);
}

void SignInController::showDemoAccount()
{
    // The password is pre-filled in demo mode only.
    SignInForm form;
    form.portal = m_demo->url.toString();
    form.username = m_demo->username;
    form.password = m_demo->password;
    form.clientId = m_demo->clientId;
    form.clientSecret = m_demo->clientSecret;
    m_window->prefill(form);
}

QList<QPair<QString, QString>> SignInController::profileNames() const
{
    QList<QPair<QString, QString>> names;
    for (const PortalProfile &p : m_profiles.all())
        names.append({p.id, p.name});
    return names;
}

void SignInController::showProfile()
{
    const QList<PortalProfile> all = m_profiles.all();
    auto current = m_profiles.find(m_profiles.currentId());
    if (!current && !all.isEmpty()) {
        current = all.first();
        m_profiles.setCurrentId(current->id);
    }
    m_window->setProfiles(profileNames(), current ? current->id : QString());
    // Another portal: nothing typed for the last one carries over.
    m_window->wipePassword();
    SignInForm form;
    if (current) {
        form.portal = current->url;
        form.username = current->lastUsername;
        form.clientId = current->clientId;
        form.caFile = current->caFile;
        form.proxyMode = current->proxy.mode;
        form.proxy = current->proxy.hostPort();
    }
    m_window->prefill(form);
    m_window->clearError();
}

void SignInController::newProfile()
{
    const auto name = MessageBoxes::askText(m_window, tr("New profile"),
                                            tr("A name for this portal, for example your provider's:"));
    if (!name)
        return;
    const PortalProfile profile = PortalProfiles::create(*name);
    m_profiles.save(profile);
    m_profiles.setCurrentId(profile.id);
    showProfile();
}

void SignInController::deleteProfile()
{
    const auto current = m_profiles.find(m_profiles.currentId());
    if (!current)
        return;
    if (!MessageBoxes::confirm(m_window, tr("Delete profile?"),
                               tr("Delete the profile “%1”? Its address, client ID and proxy settings are forgotten; "
                                  "the portal itself is not changed.")
                                   .arg(current->name),
                               tr("Delete")))
        return;
    m_profiles.remove(current->id);
    showProfile();
}

} // namespace pbx::ui
