#pragma once

#include "portal/session.h"

#include "sign_out_guarded_dialog.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pbx::ui {

class AttemptStatus;
class PasscodeLineEdit;

// The MFA challenge at every sign-in of an enrolled account, modal to the
// whole application. Accepted once signed in, or once a temporary access
// code has opened the enrollment of a new phone; rejected to sign out. On a
// portal with our extension it also takes a recovery code or a temporary
// access code instead of the app's.
class PasscodeDialog : public SignOutGuardedDialog
{
    Q_OBJECT
public:
    PasscodeDialog(Session &session, bool demo, QWidget *parent = nullptr);

private:
    void setMethod(MfaMethod method);
    QString typedCode() const;
    void verify();
    void onFailed(const PortalError &error);
    void update();

    QPointer<Session> m_session;
    MfaMethod m_method = MfaMethod::Authenticator;
    QLabel *m_prompt;
    QLabel *m_label;
    PasscodeLineEdit *m_passcode;
    QLineEdit *m_code; // a recovery or temporary access code
    QPushButton *m_useApp;
    QPushButton *m_useRecovery;
    QPushButton *m_useAccess;
    AttemptStatus *m_status;
    QPushButton *m_verify;
    // The portal offers recovery and temporary access codes (our extension).
    bool m_otherWays;
};

} // namespace pbx::ui
