#include "main_window.h"

#include "console/help_desk_console.h"
#include "console/mfa_state.h"
#include "widgets/demo_banner.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbx::ui {

MainWindow::MainWindow(Session &session, bool demo, QWidget *parent)
    : QMainWindow(parent), m_session(&session), m_mfa(new QLabel(this))
{
    m_mfa->setTextFormat(Qt::PlainText);
    setObjectName(QStringLiteral("mainWindow"));
    const JwtClaims &c = session.claims();
    const QString who = c.displayName.isEmpty() ? c.sub : c.displayName;
    setWindowTitle(tr("PBX Admin — %1").arg(who));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (demo)
        layout->addWidget(new DemoBanner(central));
    auto *form = new QFormLayout;
    const auto value = [central](const QString &text, const char *name) {
        auto *label = new QLabel(text, central);
        label->setTextFormat(Qt::PlainText); // what the portal says about the user
        label->setObjectName(QString::fromLatin1(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    form->addRow(tr("Signed in as:"), value(QStringLiteral("%1 (%2)").arg(who, c.sub), "userLabel"));
    form->addRow(tr("Scope:"), value(c.userScope, "scopeLabel"));
    form->addRow(tr("Domain:"), value(c.domain, "domainLabel"));
    m_mfa->setObjectName(QStringLiteral("mfaLabel"));
    form->addRow(tr("Multi-factor authentication:"), m_mfa);
    layout->addLayout(form);
    // Resellers, office managers and others who see a domain's users get
    // the console; everyone else only their own MFA status above.
    static const QStringList consoleScopes{QStringLiteral("Super User"), QStringLiteral("Reseller"),
                                           QStringLiteral("Office Manager"), QStringLiteral("Site Manager"),
                                           QStringLiteral("Call Center Supervisor")};
    const bool console = consoleScopes.contains(c.userScope);
    if (console)
        layout->addWidget(new HelpDeskConsole(session, central), 1);
    else
        layout->addStretch();
    auto *buttons = new QHBoxLayout;
    auto *about = new QPushButton(tr("&About"), central);
    about->setObjectName(QStringLiteral("aboutButton"));
    connect(about, &QPushButton::clicked, this, &MainWindow::aboutRequested);
    buttons->addWidget(about);
    auto *signOut = new QPushButton(tr("Sign &out"), central);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    buttons->addStretch();
    buttons->addWidget(signOut);
    layout->addLayout(buttons);
    setCentralWidget(central);
    connect(signOut, &QPushButton::clicked, this, &MainWindow::signOutRequested);
    resize(console ? QSize(980, 640) : QSize(520, 300));
    loadMfaState();
}

void MainWindow::loadMfaState()
{
    m_mfa->setText(tr("Checking…"));
    if (!m_session || !m_session->client())
        return;
    m_session->client()->myUser(m_session->accessToken(), [self = QPointer<MainWindow>(this)](Result<PortalUser, PortalError> r) {
        if (!self)
            return;
        if (!r) {
            self->m_mfa->setText(r.error().message());
            return;
        }
        const PortalUser &u = r.value();
        switch (mfaStateOf(u)) {
        case MfaState::Enrolled: {
            QString text = u.mfaEnrolledAt.isValid()
                ? tr("Enrolled since %1").arg(QLocale().toString(u.mfaEnrolledAt.toLocalTime().date(), QLocale::LongFormat))
                : tr("Enrolled");
            if (u.recoveryCodesLeft)
                text += tr(", %n recovery code(s) left", nullptr, *u.recoveryCodesLeft);
            self->m_mfa->setText(text);
            break;
        }
        case MfaState::Pending:
            self->m_mfa->setText(tr("Required, not set up"));
            break;
        case MfaState::NotRequired:
            self->m_mfa->setText(tr("Not required"));
            break;
        case MfaState::Unknown:
            self->m_mfa->setText(unknownMfaStateReason());
            break;
        }
    });
}

} // namespace pbx::ui
