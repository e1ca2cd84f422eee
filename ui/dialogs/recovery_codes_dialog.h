#pragma once

#include "sign_out_guarded_dialog.h"

#include <QStringList>

class QCheckBox;
class QLabel;
class QPushButton;

namespace pbx::ui {

class SecretClipboard;

// Shown once, after MFA is set up: the ten recovery codes. The portal stays
// locked until the user has copied, saved (a text file) or printed them and
// confirmed; closing asks whether to sign out, as the other MFA steps do.
// When the user replaced their codes from the main window, closing before
// keeping them asks instead whether to lose them.
class RecoveryCodesDialog : public SignOutGuardedDialog
{
    Q_OBJECT
public:
    enum class Purpose { AfterEnrollment, Replacement };
    // `account` and `portal` head the saved or printed page.
    RecoveryCodesDialog(QStringList codes, QString account, QString portal, QWidget *parent = nullptr,
                        Purpose purpose = Purpose::AfterEnrollment);
    ~RecoveryCodesDialog() override;
    void reject() override;

    // The page as saved and printed.
    QString text() const;

private:
    void copy();
    void save();
    void print();
    void kept(const QString &how);

    QStringList m_codes;
    QString m_account;
    QString m_portal;
    SecretClipboard *m_clipboard;
    QLabel *m_status;
    QCheckBox *m_confirm;
    QPushButton *m_continue;
    Purpose m_purpose;
    bool m_kept = false;
};

} // namespace pbx::ui
