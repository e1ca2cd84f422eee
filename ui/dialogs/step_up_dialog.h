#pragma once

#include "portal/portal_client.h"

#include <QDialog>

namespace pbx::ui {

class PasscodeLineEdit;
class PasswordLineEdit;

// Asks for the caller's own password and, if their account uses MFA, a new
// code, which the portal wants before it changes the caller's own MFA or an
// administrator's. Opened with open() from a reply; the fields are wiped
// when it closes.
class StepUpDialog : public QDialog
{
    Q_OBJECT
public:
    StepUpDialog(const QString &target, QWidget *parent = nullptr);
    ~StepUpDialog() override;

    // What was typed; call once, when accepted.
    StepUp proof() const;

private:
    void wipe();
    PasswordLineEdit *m_password;
    PasscodeLineEdit *m_passcode;
};

} // namespace pbx::ui
