#include "step_up_dialog.h"

#include "widgets/passcode_line_edit.h"
#include "widgets/password_line_edit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbx::ui {

StepUpDialog::StepUpDialog(const QString &target, QWidget *parent)
    : QDialog(parent), m_password(new PasswordLineEdit(this)), m_passcode(new PasscodeLineEdit(this))
{
    setObjectName(QStringLiteral("stepUpDialog"));
    setWindowTitle(tr("Confirm it is you"));
    auto *layout = new QVBoxLayout(this);
    auto *why = new QLabel(tr("Changing multi-factor authentication for %1 needs your own password and, if your account "
                              "uses multi-factor authentication, a new code from your authenticator app.")
                               .arg(target),
                           this);
    why->setTextFormat(Qt::PlainText); // the name comes from the directory
    why->setWordWrap(true);
    why->setMinimumWidth(380);
    layout->addWidget(why);
    auto *form = new QFormLayout;
    m_password->setObjectName(QStringLiteral("stepUpPasswordEdit"));
    m_password->setAccessibleName(tr("Your password"));
    m_passcode->setObjectName(QStringLiteral("stepUpPasscodeEdit"));
    m_passcode->setAccessibleName(tr("Code from your authenticator app"));
    auto *passwordLabel = new QLabel(tr("Your &password:"), this);
    passwordLabel->setBuddy(m_password);
    auto *passcodeLabel = new QLabel(tr("&Code (if you use MFA):"), this);
    passcodeLabel->setBuddy(m_passcode);
    form->addRow(passwordLabel, m_password);
    form->addRow(passcodeLabel, m_passcode);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *confirm = buttons->addButton(tr("C&onfirm"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("stepUpConfirmButton"));
    confirm->setDefault(true);
    confirm->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, confirm, [this, confirm] {
        confirm->setEnabled(!m_password->text().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] {
        // After accepted() and rejected() have been handled.
        QMetaObject::invokeMethod(this, &StepUpDialog::wipe, Qt::QueuedConnection);
    });
    layout->addWidget(buttons);
    m_password->setFocus();
}

StepUpDialog::~StepUpDialog()
{
    wipe();
}

StepUp StepUpDialog::proof() const
{
    return {m_password->text(), m_passcode->text()};
}

void StepUpDialog::wipe()
{
    m_password->wipe();
    m_passcode->clear();
}

} // namespace pbx::ui
