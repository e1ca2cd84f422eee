#pragma once

#include "portal/session.h"

#include "sign_out_guarded_dialog.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QToolButton;

namespace pbx::ui {

class AttemptStatus;
class PasscodeLineEdit;
class PasswordLineEdit;
class QrCodeWidget;
class SecretClipboard;

// Shown, modal to the whole application, when the portal requires MFA and
// the account is not enrolled. First it explains; "Configure MFA" shows the
// QR code, the key, and the passcode and password fields. Accepted once the
// session is signed in; rejected when the user chose to sign out.
//
// Before the domain's enrollment deadline (Session::enrollmentDue()) the
// first page says how many days are left and offers "Set up later", which
// finishes the dialog with SetUpLater; so do Esc and closing it.
class MfaEnrollmentDialog : public SignOutGuardedDialog
{
    Q_OBJECT
public:
    static constexpr int SetUpLater = QDialog::Accepted + 1;

    MfaEnrollmentDialog(Session &session, bool demo, QWidget *parent = nullptr);
    void reject() override;
    // Straight to the QR code, for "Set up now" from the main window.
    void configure();

private:
    void showIntro();
    void showPage(int index);
    bool inGracePeriod() const;
    void onEnrollment(const Enrollment &enrollment);
    void onEnrollmentFailed(const PortalError &error);
    // The portal has no enrollment endpoint: say where to set MFA up, and
    // offer only signing out.
    void showSetUpElsewhere(const PortalError &error);
    void activate();
    void onActivationFailed(const PortalError &error);
    void updateActivate();
    void setBusy(bool busy);
    void toggleKey();

    QPointer<Session> m_session;
    QWidget *m_intro;
    QWidget *m_setup;
    // Intro
    QLabel *m_introHeading;
    QLabel *m_why;
    QPushButton *m_introSignOut;
    QPushButton *m_configure;
    QPushButton *m_later;
    // Setup
    QrCodeWidget *m_qr;
    QLabel *m_issuer;
    QLabel *m_account;
    QToolButton *m_cantScan;
    QWidget *m_keyPanel;
    QLabel *m_key;
    QLabel *m_parameters;
    QPushButton *m_copyKey;
    PasscodeLineEdit *m_passcode;
    PasswordLineEdit *m_password;
    AttemptStatus *m_status;
    QPushButton *m_activate;
    QPushButton *m_retry;
    SecretClipboard *m_clipboard;
    QByteArray m_shownSecret;
    bool m_reloadAfterError = false;
    bool m_activating = false;
};

} // namespace pbx::ui
