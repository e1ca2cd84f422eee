#pragma once

#include "portal/session.h"

#include <QDialog>
#include <QPointer>

class QPushButton;

namespace pbx::ui {

class AttemptStatus;
class PasscodeLineEdit;

// The MFA challenge at every sign-in of an enrolled account, modal to the
// whole application. Accepted once signed in; rejected to sign out.
class PasscodeDialog : public QDialog
{
    Q_OBJECT
public:
    PasscodeDialog(Session &session, bool demo, QWidget *parent = nullptr);
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

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
