#pragma once

#include "portal/session.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QPushButton;

namespace pbx::ui {

// Shown only once MFA is done: who is signed in, and Sign out. The
// help-desk console grows here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Session &session, bool demo, QWidget *parent = nullptr);

signals:
    void signOutRequested();
    void aboutRequested();
    // "Set up now", before the enrollment deadline.
    void enrollRequested();

private:
    void loadMfaState();
    // Password and code first, then the new codes, which must be kept.
    void replaceRecoveryCodes();

    QPointer<Session> m_session;
    QLabel *m_mfa;
    QPushButton *m_replaceCodes;
};

} // namespace pbx::ui
