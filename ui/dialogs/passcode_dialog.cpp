#include "passcode_dialog.h"

#include "mfa/base32.h"

#include "message_boxes.h"
#include "widgets/attempt_status.h"
#include "widgets/demo_banner.h"
#include "widgets/passcode_line_edit.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbx::ui {

namespace {
// Recovery and temporary access codes: 12 characters, typed with or without
// spaces and dashes.
constexpr int CodeCharacters = 12;
} // namespace

PasscodeDialog::PasscodeDialog(Session &session, bool demo, QWidget *parent)
    : SignOutGuardedDialog(parent), m_session(&session), m_prompt(new QLabel(this)), m_label(new QLabel(this)),
      m_passcode(new PasscodeLineEdit(this)), m_code(new QLineEdit(this)),
      m_useApp(new QPushButton(tr("Use the &authenticator app"), this)),
      m_useRecovery(new QPushButton(tr("Use a &recovery code"), this)),
      m_useAccess(new QPushButton(tr("Use a &temporary access code"), this)), m_status(new AttemptStatus(this)),
      m_verify(new QPushButton(tr("&Verify"), this)), m_otherWays(session.claims().mfaEnrolled.has_value())
{
    setObjectName(QStringLiteral("passcodeDialog"));
    setWindowTitle(tr("Multi-factor authentication"));
    setWindowModality(Qt::ApplicationModal);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grow with wrapped error text
    if (demo)
        layout->addWidget(new DemoBanner(this));
    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setMinimumWidth(380); // the layout sets the dialog's minimum size
    m_prompt->setWordWrap(true);
    m_passcode->setObjectName(QStringLiteral("passcodeEdit"));
    m_passcode->setAccessibleName(tr("Code from the authenticator app"));
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(QStringLiteral("XXXX XXXX XXXX"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_label);
    row->addWidget(m_passcode, 1);
    row->addWidget(m_code, 1);
    layout->addWidget(m_prompt);
    layout->addLayout(row);
    // Lost phone: the other ways in, where the portal offers them (a stock
    // NetSapiens portal's token has no mfa_enrolled claim, nor these).
    auto *others = new QHBoxLayout;
    m_useApp->setObjectName(QStringLiteral("useAppButton"));
    m_useRecovery->setObjectName(QStringLiteral("useRecoveryCodeButton"));
    m_useAccess->setObjectName(QStringLiteral("useTemporaryAccessButton"));
    for (QPushButton *b : {m_useApp, m_useRecovery, m_useAccess}) {
        b->setFlat(true);
        b->setAutoDefault(false);
        others->addWidget(b);
    }
    others->addStretch();
    layout->addLayout(others);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *signOut = new QPushButton(tr("Sign &out"), this);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    signOut->setAutoDefault(false);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setDefault(true);
    buttons->addWidget(signOut);
    buttons->addStretch();
    buttons->addWidget(m_verify);
    layout->addLayout(buttons);

    connect(signOut, &QPushButton::clicked, this, [this] { signOutNow(); });
    connect(m_verify, &QPushButton::clicked, this, &PasscodeDialog::verify);
    connect(m_passcode, &QLineEdit::textChanged, this, &PasscodeDialog::update);
    connect(m_code, &QLineEdit::textChanged, this, &PasscodeDialog::update);
    connect(m_code, &QLineEdit::returnPressed, this, &PasscodeDialog::verify);
    connect(m_useApp, &QPushButton::clicked, this, [this] { setMethod(MfaMethod::Authenticator); });
    connect(m_useRecovery, &QPushButton::clicked, this, [this] { setMethod(MfaMethod::RecoveryCode); });
    connect(m_useAccess, &QPushButton::clicked, this, [this] { setMethod(MfaMethod::TemporaryAccess); });
    connect(m_status, &AttemptStatus::waitingChanged, this, &PasscodeDialog::update);
    connect(&session, &Session::challengeFailed, this, &PasscodeDialog::onFailed);
    connect(&session, &Session::busyChanged, this, [this](bool busy) {
        m_status->setBusy(busy, tr("Checking…"));
        m_passcode->setEnabled(!busy);
        m_code->setEnabled(!busy);
        update();
        if (!busy)
            (m_method == MfaMethod::Authenticator ? static_cast<QWidget *>(m_passcode) : m_code)->setFocus();
    });
    connect(&session, &Session::signedIn, this, &QDialog::accept);
    // After a temporary access code the enrollment of a new phone follows.
    connect(&session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::EnrollmentRequired)
            accept();
    });
    setMethod(MfaMethod::Authenticator);
}

void PasscodeDialog::setMethod(MfaMethod method)
{
    m_method = method;
    const QString account = m_session ? m_session->claims().sub : QString();
    const bool app = method == MfaMethod::Authenticator;
    switch (method) {
    case MfaMethod::Authenticator:
        m_prompt->setText(tr("Enter the code from your authenticator app for %1.").arg(account));
        m_label->setText(tr("&Code:"));
        break;
    case MfaMethod::RecoveryCode:
        m_prompt->setText(tr("Enter one of the recovery codes you saved for %1. Each one works once.").arg(account));
        m_label->setText(tr("&Recovery code:"));
        m_code->setAccessibleName(tr("Recovery code"));
        break;
    case MfaMethod::TemporaryAccess:
        m_prompt->setText(tr("Enter the temporary access code your help desk gave you for %1. You will then set up "
                             "your new phone.")
                              .arg(account));
        m_label->setText(tr("Access &code:"));
        m_code->setAccessibleName(tr("Temporary access code"));
        break;
    }
    m_label->setBuddy(app ? static_cast<QWidget *>(m_passcode) : m_code);
    m_passcode->setVisible(app);
    m_code->setVisible(!app);
    m_code->clear();
    m_useApp->setVisible(m_otherWays && !app);
    m_useRecovery->setVisible(m_otherWays && method != MfaMethod::RecoveryCode);
    m_useAccess->setVisible(m_otherWays && method != MfaMethod::TemporaryAccess);
    m_status->clear();
    update();
    (app ? static_cast<QWidget *>(m_passcode) : m_code)->setFocus();
}

QString PasscodeDialog::typedCode() const
{
    return QString::fromLatin1(mfa::normalizeTypedKey(m_code->text())); // as the CLI reads one
}

void PasscodeDialog::verify()
{
    if (!m_session || !m_verify->isEnabled())
        return;
    m_status->clear();
    m_session->answerChallenge(m_method == MfaMethod::Authenticator ? m_passcode->text() : typedCode(), m_method);
}

void PasscodeDialog::onFailed(const PortalError &error)
{
    m_status->showError(error);
    m_passcode->clear();
    m_code->clear();
    (m_method == MfaMethod::Authenticator ? static_cast<QWidget *>(m_passcode) : m_code)->setFocus();
}

void PasscodeDialog::update()
{
    const bool complete = m_method == MfaMethod::Authenticator ? m_passcode->isComplete() : typedCode().size() == CodeCharacters;
    m_verify->setEnabled(m_session && !m_session->busy() && complete && !m_status->isWaiting());
}

} // namespace pbx::ui
