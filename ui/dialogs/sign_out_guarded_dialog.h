#pragma once

#include <QDialog>

namespace pbx::ui {

// A dialog that stands between the user and the portal until MFA is done:
// closing it in any way (Esc, the close button, Alt+F4) asks whether to
// sign out, with Sign out as the default. Rejected means "sign out".
class SignOutGuardedDialog : public QDialog
{
    Q_OBJECT
public:
    using QDialog::QDialog;
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;
    // For an explicit Sign out button: no question asked.
    void signOutNow() { QDialog::reject(); }
};

} // namespace pbx::ui
