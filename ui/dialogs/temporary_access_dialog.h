#pragma once

#include "portal/session.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace pbx::ui {

class SecretClipboard;

// Issues a temporary access code for one user: first a short checklist (the
// caller's identity verified, the phone lost, the code given only to them),
// the code's lifetime and a reason for the audit log; then the code, once,
// large and in groups, with its expiry and a Copy that is marked secret and
// cleared. The code is wiped when the dialog goes.
class TemporaryAccessDialog : public QDialog
{
    Q_OBJECT
public:
    TemporaryAccessDialog(Session &session, ListedUser user, QWidget *parent = nullptr);
    ~TemporaryAccessDialog() override;

private:
    void updateIssue();
    void issue(const StepUp &proof = {});
    void askStepUp();
    void showCode(TemporaryAccessCode code);

    QPointer<Session> m_session;
    ListedUser m_user;
    QStackedWidget *m_pages;
    QList<QCheckBox *> m_checks;
    QSpinBox *m_lifetime;
    QLineEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_issue;
    QLabel *m_code;
    QLabel *m_expires;
    SecretClipboard *m_clipboard;
    QString m_shownCode;
    bool m_busy = false;
};

} // namespace pbx::ui
