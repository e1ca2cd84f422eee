#include "main_window.h"

#include "common/secure_wipe.h"
#include "help_desk/enrollment_dashboard.h"
#include "help_desk/help_desk_console.h"
#include "console/mfa_state.h"
#include "console/user_details.h"
#include "portal/user_scopes.h"
#include "dialogs/recovery_codes_dialog.h"
#include "dialogs/step_up_dialog.h"
#include "widgets/demo_banner.h"

#include <QFrame>
#include <QStyle>
#include <QShortcut>
#include <QTabWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbx::ui {

MainWindow::MainWindow(Session &session, bool demo, QWidget *parent)
    : QMainWindow(parent), m_session(&session), m_mfa(new QLabel(this)),
      m_replaceCodes(new QPushButton(tr("Replace reco&very codes…"), this))
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
    if (session.enrollmentDue().isValid()) {
        // The grace period: a reminder on every screen until MFA is set up.
        auto *due = new QFrame(central);
        due->setObjectName(QStringLiteral("enrollmentDueBanner"));
        due->setFrameShape(QFrame::StyledPanel);
        due->setAutoFillBackground(true);
        due->setBackgroundRole(QPalette::AlternateBase);
        auto *row = new QHBoxLayout(due);
        auto *icon = new QLabel(due);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
        auto *text = new QLabel(tr("Set up multi-factor authentication by %1: %n day(s) left. After that, nothing of "
                                   "the portal can be used until it is set up.", nullptr, session.enrollmentDaysLeft())
                                    .arg(deadlineText(session.enrollmentDue(), QLocale(), QLocale::LongFormat)),
                                due);
        text->setObjectName(QStringLiteral("enrollmentDueText"));
        text->setWordWrap(true);
        auto *now = new QPushButton(tr("Set up no&w…"), due);
        now->setObjectName(QStringLiteral("setUpNowButton"));
        connect(now, &QPushButton::clicked, this, &MainWindow::enrollRequested);
        row->addWidget(icon);
        row->addWidget(text, 1);
        row->addWidget(now);
        layout->addWidget(due);
    }
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
    m_replaceCodes->setObjectName(QStringLiteral("replaceCodesButton"));
    m_replaceCodes->setToolTip(tr("New recovery codes, for when you lose your phone; the old ones stop working"));
    m_replaceCodes->hide(); // until the portal says it keeps recovery codes
    connect(m_replaceCodes, &QPushButton::clicked, this, &MainWindow::replaceRecoveryCodes);
    auto *mfaRow = new QHBoxLayout;
    mfaRow->addWidget(m_mfa);
    mfaRow->addWidget(m_replaceCodes);
    mfaRow->addStretch();
    form->addRow(tr("Multi-factor authentication:"), mfaRow);
    layout->addLayout(form);
    // Resellers, office managers and others who see a domain's users get
    // the console; everyone else only their own MFA status above.
    const bool console = scopes::seesDomainUsers(c.userScope);
    if (console) {
        // The dashboard first for those who look after many domains; the
        // users first for those with one.
        auto *tabs = new QTabWidget(central);
        tabs->setObjectName(QStringLiteral("consoleTabs"));
        auto *dashboard = new EnrollmentDashboard(session, tabs);
        auto *users = new HelpDeskConsole(session, tabs);
        tabs->addTab(dashboard, tr("Das&hboard"));
        tabs->addTab(users, tr("U&sers"));
        tabs->setCurrentWidget(scopes::seesManyDomains(c.userScope) ? static_cast<QWidget *>(dashboard) : users);
        connect(dashboard, &EnrollmentDashboard::domainActivated, users, [tabs, users](const QString &domain) {
            tabs->setCurrentWidget(users);
            users->showDomain(domain);
        });
        // Find a user in any domain, from either tab.
        for (const QKeySequence &keys : {QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)}) {
            auto *find = new QShortcut(keys, this);
            connect(find, &QShortcut::activated, users, [tabs, users] {
                tabs->setCurrentWidget(users);
                users->searchEverywhere();
            });
        }
        layout->addWidget(tabs, 1);
    } else
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
    resize(console ? QSize(1200, 660) : QSize(560, 300));
    loadMfaState();
}

void MainWindow::loadMfaState()
{
    m_mfa->setText(tr("Checking…"));
    if (!m_session || !m_session->client())
        return;
    m_session->client()->myUser([self = QPointer<MainWindow>(this)](Result<PortalUser, PortalError> r) {
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
            // Only a portal that reports them replaces them.
            self->m_replaceCodes->setVisible(u.recoveryCodesLeft.has_value());
            break;
        }
        case MfaState::Pending:
            self->m_mfa->setText(u.enrollmentDue.isValid()
                                     ? tr("Required by %1, not set up")
                                           .arg(deadlineText(u.enrollmentDue))
                                     : tr("Required, not set up"));
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

namespace pbx::ui {

void MainWindow::replaceRecoveryCodes()
{
    if (!m_session || !m_session->client())
        return;
    auto *dialog = new StepUpDialog(tr("your account"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> self(this);
    connect(dialog, &QDialog::accepted, this, [self, dialog] {
        if (!self || !self->m_session || !self->m_session->client())
            return;
        StepUp proof = dialog->proof();
        self->m_replaceCodes->setEnabled(false);
        self->m_session->client()->replaceRecoveryCodes(
            proof, [self](Result<QStringList, PortalError> r) {
                if (!self)
                    return;
                self->m_replaceCodes->setEnabled(true);
                if (!r) {
                    self->m_mfa->setText(tr("Recovery codes not replaced: %1").arg(r.error().message()));
                    return;
                }
                if (!self->m_session || !self->m_session->client())
                    return;
                const QUrl portal = self->m_session->client()->portal();
                // The dialog wipes the codes when it goes.
                auto *codes = new RecoveryCodesDialog(std::move(r).value(), self->m_session->claims().sub,
                                                      portal.toString(), self, RecoveryCodesDialog::Purpose::Replacement);
                codes->setAttribute(Qt::WA_DeleteOnClose);
                connect(codes, &QDialog::finished, self, &MainWindow::loadMfaState);
                codes->open(); // from a reply: no nested event loop
            });
        secureWipe(proof.password);
        secureWipe(proof.passcode);
    });
    dialog->open();
}

} // namespace pbx::ui
