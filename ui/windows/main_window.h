#pragma once

#include "portal/session.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;

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

private:
    void loadMfaState();

    QPointer<Session> m_session;
    QLabel *m_mfa;
};

} // namespace pbx::ui
