#include "passcode_dialog.h"

#include "message_boxes.h"
#include "widgets/attempt_status.h"
#include "widgets/demo_banner.h"
#include "widgets/passcode_line_edit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbx::ui {

PasscodeDialog::PasscodeDialog(Session &session, bool demo, QWidget *parent)
    : SignOutGuardedDialog(parent), m_session(&session), m_passcode(new PasscodeLineEdit(this)), m_status(new AttemptStatus(this)),
      m_verify(new QPushButton(tr("&Verify"), this))
{
    setObjectName(QStringLiteral("passcodeDialog"));
    setWindowTitle(tr("Multi-factor authentication"));
    setWindowModality(Qt::ApplicationModal);
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grow with wrapped error text
    if (demo)
        layout->addWidget(new DemoBanner(this));
    auto *prompt = new QLabel(tr("Enter the code from your authenticator app for %1.").arg(session.claims().sub), this);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setMinimumWidth(380); // the layout sets the dialog's minimum size
    prompt->setWordWrap(true);
    auto *label = new QLabel(tr("&Code:"), this);
    label->setBuddy(m_passcode);
    m_passcode->setObjectName(QStringLiteral("passcodeEdit"));
    m_passcode->setAccessibleName(tr("Code from the authenticator app"));
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_passcode, 1);
    layout->addWidget(prompt);
    layout->addLayout(row);
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
    connect(m_status, &AttemptStatus::waitingChanged, this, &PasscodeDialog::update);
    connect(&session, &Session::challengeFailed, this, &PasscodeDialog::onFailed);
    connect(&session, &Session::busyChanged, this, [this](bool busy) {
        m_status->setBusy(busy, tr("Checking…"));
        m_passcode->setEnabled(!busy);
        update();
        if (!busy)
            m_passcode->setFocus();
    });
    connect(&session, &Session::signedIn, this, &QDialog::accept);
    update();
}

void PasscodeDialog::verify()
{
    if (!m_session || !m_verify->isEnabled())
        return;
    m_status->clear();
    m_session->answerChallenge(m_passcode->text());
}

void PasscodeDialog::onFailed(const PortalError &error)
{
    m_status->showError(error);
    m_passcode->clear();
    m_passcode->setFocus();
}

void PasscodeDialog::update()
{
    m_verify->setEnabled(m_session && !m_session->busy() && m_passcode->isComplete() && !m_status->isWaiting());
}

} // namespace pbx::ui
