#include "mfa_enrollment_dialog.h"

#include "console/user_details.h"
#include "message_boxes.h"
#include "mfa/base32.h"
#include "widgets/attempt_status.h"
#include "widgets/demo_banner.h"
#include "widgets/passcode_line_edit.h"
#include "widgets/password_line_edit.h"
#include "widgets/qr_code_widget.h"
#include "widgets/secret_clipboard.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace pbx::ui {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}
} // namespace

MfaEnrollmentDialog::MfaEnrollmentDialog(Session &session, bool demo, QWidget *parent)
    : SignOutGuardedDialog(parent), m_session(&session), m_intro(new QWidget(this)), m_setup(new QWidget(this)),
      m_clipboard(new SecretClipboard(this))
{
    setObjectName(QStringLiteral("mfaEnrollmentDialog"));
    setWindowModality(Qt::ApplicationModal);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grow with wrapped error text
    if (demo)
        layout->addWidget(new DemoBanner(this));
    layout->addWidget(m_intro);
    layout->addWidget(m_setup);

    // Page 1: why.
    QWidget *intro = m_intro;
    auto *introLayout = new QVBoxLayout(intro);
    auto *introRow = new QHBoxLayout;
    auto *icon = new QLabel(intro);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *introText = new QVBoxLayout;
    m_introHeading = heading(tr("Multi-factor authentication required"), intro);
    m_introHeading->setObjectName(QStringLiteral("introHeading"));
    introText->addWidget(m_introHeading);
    m_why = new QLabel(tr("Your portal requires a code from an authenticator app each time you sign in to this "
                          "account. Until it is set up, nothing else of the portal can be used."),
                       intro);
    m_why->setObjectName(QStringLiteral("introText"));
    m_why->setTextFormat(Qt::PlainText); // may quote the portal's address
    m_why->setWordWrap(true);
    // Wrapped text's minimum height is computed at its minimum width; a
    // readable width keeps the page from growing tall and narrow.
    m_why->setMinimumWidth(420);
    introText->addWidget(m_why);
    introText->addStretch(1); // keep the text together at the top
    introRow->addWidget(icon);
    introRow->addLayout(introText, 1);
    introLayout->addLayout(introRow);
    introLayout->addSpacing(12);
    auto *introButtons = new QHBoxLayout;
    auto *introSignOut = new QPushButton(tr("Sign &out"), intro);
    introSignOut->setObjectName(QStringLiteral("signOutButton"));
    m_introSignOut = introSignOut;
    m_configure = new QPushButton(tr("&Configure MFA"), intro);
    m_configure->setObjectName(QStringLiteral("configureButton"));
    m_later = new QPushButton(tr("Set up &later"), intro);
    m_later->setObjectName(QStringLiteral("setUpLaterButton"));
    m_later->setAutoDefault(false);
    introButtons->addWidget(introSignOut);
    introButtons->addStretch();
    introButtons->addWidget(m_later);
    introButtons->addWidget(m_configure);
    introLayout->addLayout(introButtons);

    // Page 2: the key and the form.
    QWidget *setup = m_setup;
    auto *grid = new QGridLayout(setup);
    m_qr = new QrCodeWidget(setup);
    m_qr->setObjectName(QStringLiteral("qrCode"));
    grid->addWidget(m_qr, 0, 0, 2, 1);
    auto *side = new QVBoxLayout;
    auto *scan = new QLabel(tr("Scan this code with an authenticator app on your phone, such as Google "
                               "Authenticator, Microsoft Authenticator or FreeOTP."),
                            setup);
    scan->setWordWrap(true);
    side->addWidget(scan);
    auto *who = new QFormLayout;
    m_issuer = new QLabel(setup);
    m_issuer->setObjectName(QStringLiteral("issuerLabel"));
    m_account = new QLabel(setup);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    who->addRow(tr("Issuer:"), m_issuer);
    who->addRow(tr("Account:"), m_account);
    side->addLayout(who);
    m_cantScan = new QToolButton(setup);
    m_cantScan->setObjectName(QStringLiteral("cantScanButton"));
    m_cantScan->setText(tr("Can't scan the code?"));
    m_cantScan->setCheckable(true);
    m_cantScan->setAutoRaise(true);
    m_cantScan->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cantScan->setArrowType(Qt::RightArrow);
    side->addWidget(m_cantScan);
    m_keyPanel = new QWidget(setup);
    auto *keyLayout = new QVBoxLayout(m_keyPanel);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    auto *keyIntro = new QLabel(tr("Enter this key in the app as a time-based key:"), m_keyPanel);
    keyIntro->setWordWrap(true);
    auto *keyRow = new QHBoxLayout;
    m_key = new QLabel(m_keyPanel);
    m_key->setObjectName(QStringLiteral("keyLabel"));
    m_key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setWordWrap(true);
    m_copyKey = new QPushButton(tr("Cop&y"), m_keyPanel);
    m_copyKey->setObjectName(QStringLiteral("copyKeyButton"));
    m_copyKey->setAutoDefault(false);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_copyKey);
    m_parameters = new QLabel(m_keyPanel);
    m_parameters->setObjectName(QStringLiteral("parametersLabel"));
    m_parameters->setWordWrap(true);
    keyLayout->addWidget(keyIntro);
    keyLayout->addLayout(keyRow);
    keyLayout->addWidget(m_parameters);
    m_keyPanel->hide();
    side->addWidget(m_keyPanel);
    side->addStretch();
    grid->addLayout(side, 0, 1);

    auto *form = new QFormLayout;
    m_passcode = new PasscodeLineEdit(setup);
    m_passcode->setObjectName(QStringLiteral("passcodeEdit"));
    m_passcode->setAccessibleName(tr("Code from the authenticator app"));
    m_password = new PasswordLineEdit(setup);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Your portal password"));
    auto *passcodeLabel = new QLabel(tr("&Code from the app:"), setup);
    passcodeLabel->setBuddy(m_passcode);
    auto *passwordLabel = new QLabel(tr("&Password:"), setup);
    passwordLabel->setBuddy(m_password);
    form->addRow(passcodeLabel, m_passcode);
    form->addRow(passwordLabel, m_password);
    grid->addLayout(form, 1, 1, Qt::AlignBottom);
    m_status = new AttemptStatus(setup);
    grid->addWidget(m_status, 2, 0, 1, 2);
    auto *buttons = new QHBoxLayout;
    auto *setupSignOut = new QPushButton(tr("Sign &out"), setup);
    setupSignOut->setObjectName(QStringLiteral("signOutButton"));
    setupSignOut->setAutoDefault(false);
    m_retry = new QPushButton(tr("&Try again"), setup);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAutoDefault(false);
    m_retry->hide();
    m_activate = new QPushButton(tr("&Activate"), setup);
    m_activate->setObjectName(QStringLiteral("activateButton"));
    buttons->addWidget(setupSignOut);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_activate);
    grid->addLayout(buttons, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    // The visible order is the keyboard order: code, password, Activate.
    setTabOrder(m_passcode, m_password);
    setTabOrder(m_password, m_activate);

    connect(m_configure, &QPushButton::clicked, this, &MfaEnrollmentDialog::configure);
    connect(m_later, &QPushButton::clicked, this, [this] { done(SetUpLater); });
    connect(introSignOut, &QPushButton::clicked, this, [this] { signOutNow(); });
    connect(setupSignOut, &QPushButton::clicked, this, [this] { signOutNow(); });
    connect(m_retry, &QPushButton::clicked, this, &MfaEnrollmentDialog::configure);
    connect(m_activate, &QPushButton::clicked, this, &MfaEnrollmentDialog::activate);
    connect(m_cantScan, &QToolButton::toggled, this, &MfaEnrollmentDialog::toggleKey);
    connect(m_copyKey, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(QString::fromLatin1(mfa::base32Encode(m_shownSecret)));
        m_status->showNotice(tr("Key copied. It will be cleared from the clipboard in 30 seconds."));
    });
    connect(m_passcode, &QLineEdit::textChanged, this, &MfaEnrollmentDialog::updateActivate);
    connect(m_password, &QLineEdit::textChanged, this, &MfaEnrollmentDialog::updateActivate);
    connect(m_status, &AttemptStatus::waitingChanged, this, &MfaEnrollmentDialog::updateActivate);
    connect(&session, &Session::enrollmentReady, this, &MfaEnrollmentDialog::onEnrollment);
    connect(&session, &Session::enrollmentFailed, this, &MfaEnrollmentDialog::onEnrollmentFailed);
    connect(&session, &Session::activationFailed, this, &MfaEnrollmentDialog::onActivationFailed);
    connect(&session, &Session::busyChanged, this, &MfaEnrollmentDialog::setBusy);
    connect(&session, &Session::portalBusy, m_status, &AttemptStatus::showBusyRetry);
    // Only its own activation: in the grace period the dialog opens on a
    // sign-in that has just finished.
    connect(&session, &Session::signedIn, this, [this] {
        if (m_activating)
            accept();
    });

    showIntro();
}

void MfaEnrollmentDialog::showPage(int index)
{
    // Two pages in one layout, the hidden one not counted: each page gets
    // the size of its own content.
    m_intro->setVisible(index == 0);
    m_setup->setVisible(index == 1);
    layout()->activate();
    adjustSize();
}

bool MfaEnrollmentDialog::inGracePeriod() const
{
    return m_session && m_session->state() == Session::State::SignedIn && m_session->enrollmentDue().isValid();
}

void MfaEnrollmentDialog::reject()
{
    // Before the deadline, closing means "not now", not "sign out"; but not
    // while an activation is on its way, whose recovery codes must be shown.
    if (inGracePeriod()) {
        if (!m_session->busy())
            done(SetUpLater);
        return;
    }
    SignOutGuardedDialog::reject();
}

void MfaEnrollmentDialog::showIntro()
{
    setWindowTitle(tr("Multi-factor authentication required"));
    m_later->setVisible(inGracePeriod());
    if (inGracePeriod()) {
        const QDateTime due = m_session->enrollmentDue();
        const int days = m_session->enrollmentDaysLeft();
        m_introHeading->setText(tr("Set up multi-factor authentication by %1").arg(deadlineText(due, QLocale(), QLocale::LongFormat)));
        m_why->setText(tr("Your portal will require a code from an authenticator app each time you sign in to this "
                          "account. %n day(s) left: after %1 nothing of the portal can be used until it is set up. "
                          "It takes a minute.", nullptr, days)
                           .arg(deadlineText(due)));
    }
    showPage(0);
    setMinimumWidth(520);
    m_configure->setDefault(true);
    m_configure->setFocus();
}

void MfaEnrollmentDialog::configure()
{
    setWindowTitle(tr("Set up multi-factor authentication"));
    showPage(1);
    m_configure->setDefault(false);
    m_activate->setDefault(true);
    m_retry->hide();
    if (m_session && !m_session->fetchEnrollment()) {
        m_retry->show(); // busy refreshing the token, say: try once it is done
        return;
    }
    m_passcode->setFocus();
}

void MfaEnrollmentDialog::onEnrollment(const Enrollment &enrollment)
{
    auto matrix = mfa::QrMatrix::encode(enrollment.otpauthUri.toUtf8());
    m_qr->setMatrix(matrix ? std::optional<mfa::QrMatrix>(matrix.value()) : std::nullopt);
    const mfa::OtpauthUri &key = enrollment.key;
    if (!m_shownSecret.isEmpty() && m_shownSecret != key.secret)
        m_status->showNotice(tr("The key has changed. Scan the new code (or enter the new key) before you try again."));
    m_shownSecret = key.secret;
    m_issuer->setTextFormat(Qt::PlainText); // the portal's words
    m_account->setTextFormat(Qt::PlainText);
    m_issuer->setText(key.issuer);
    m_account->setText(key.account);
    m_key->setText(mfa::groupForDisplay(key.secretBase32()));
    m_parameters->setVisible(!key.parameters.isDefault());
    m_parameters->setText(tr("Algorithm %1, %n digits, a new code every %2 seconds.", nullptr, key.parameters.digits)
                              .arg(mfa::algorithmName(key.parameters.algorithm))
                              .arg(key.parameters.period));
    m_passcode->setDigits(key.parameters.digits);
    m_retry->hide();
    updateActivate();
    m_passcode->setFocus();
}

void MfaEnrollmentDialog::onEnrollmentFailed(const PortalError &error)
{
    if (error.kind == ErrorKind::EnrollmentElsewhere)
        return showSetUpElsewhere(error);
    m_status->showError(error);
    m_retry->show();
    updateActivate();
}

void MfaEnrollmentDialog::showSetUpElsewhere(const PortalError &error)
{
    // No form to fill in here: the first page, saying where to go instead.
    setWindowTitle(tr("Set up multi-factor authentication in your web portal"));
    m_introHeading->setText(tr("Set up multi-factor authentication in your web portal"));
    m_why->setText(error.message());
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard); // to copy the address
    m_configure->hide();
    showPage(0);
    m_introSignOut->setDefault(true);
    m_introSignOut->setFocus();
}

void MfaEnrollmentDialog::activate()
{
    if (!m_session || m_session->busy() || !m_activate->isEnabled())
        return;
    m_status->clear();
    QString password = m_password->text();
    m_activating = m_session->activate(m_passcode->text(), std::move(password));
}

void MfaEnrollmentDialog::onActivationFailed(const PortalError &error)
{
    m_activating = false;
    m_status->showError(error);
    // Reload for another attempt: fresh fields, the focus back on the code,
    // and the enrollment fetched again (a new key if the old one expired).
    m_passcode->clear();
    m_password->wipe();
    m_passcode->setFocus();
    if (m_session)
        m_session->fetchEnrollment();
}

void MfaEnrollmentDialog::setBusy(bool busy)
{
    m_status->setBusy(busy, m_shownSecret.isEmpty() ? tr("Getting your key…") : tr("Checking…"));
    m_passcode->setEnabled(!busy);
    m_password->setEnabled(!busy);
    updateActivate();
    if (!busy && m_setup->isVisible())
        m_passcode->setFocus();
}

void MfaEnrollmentDialog::updateActivate()
{
    const bool ready = m_session && !m_session->busy() && !m_shownSecret.isEmpty() && m_passcode->isComplete()
        && !m_password->text().isEmpty() && !m_status->isWaiting();
    m_activate->setEnabled(ready);
}

void MfaEnrollmentDialog::toggleKey()
{
    m_keyPanel->setVisible(m_cantScan->isChecked());
    m_cantScan->setArrowType(m_cantScan->isChecked() ? Qt::DownArrow : Qt::RightArrow);
}

} // namespace pbx::ui
