#pragma once

#include "portal/session.h"

#include "sign_out_guarded_dialog.h"

#include <QPointer>

class QPushButton;

namespace pbx::ui {

class AttemptStatus;
class PasscodeLineEdit;

// The MFA challenge at every sign-in of an enrolled account, modal to the
// whole application. Accepted once signed in; rejected to sign out.
class PasscodeDialog : public SignOutGuardedDialog
{
    Q_OBJECT
public:
    PasscodeDialog(Session &session, bool demo, QWidget *parent = nullptr);


private:
    void verify();
    void onFailed(const PortalError &error);
    void update();

    QPointer<Session> m_session;
    PasscodeLineEdit *m_passcode;
    AttemptStatus *m_status;
    QPushButton *m_verify;
};

} // namespace pbx::ui
