#include "sign_out_guarded_dialog.h"

#include "message_boxes.h"

#include <QCloseEvent>

namespace pbx::ui {

void SignOutGuardedDialog::reject()
{
    if (MessageBoxes::confirmSignOut(this))
        QDialog::reject();
}

void SignOutGuardedDialog::closeEvent(QCloseEvent *event)
{
    event->ignore(); // reject() hides the dialog if the answer is Sign out
    reject();
}

} // namespace pbx::ui
