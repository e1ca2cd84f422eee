#pragma once

#include "portal/session.h"

#include <QMap>
#include <QPointer>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace pbx::ui {

// One user's page beside the console's table: what the portal reports about
// their MFA, their last audit events, and the help desk's actions for them.
// The actions are the console's; the page only asks for them.
class UserPage : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Require, Unrequire, Reset, TemporaryAccess, Unlock, Remind };
    Q_ENUM(Action)

    explicit UserPage(Session &session, QWidget *parent = nullptr);

    // nullopt: no user, or several, selected. A different user than before
    // is looked up afresh (the table's row holds only what it shows) and
    // their events are fetched.
    void setUser(const std::optional<ListedUser> &user);
    // The portal's whole record of the user shown, from a look-up or an
    // action's answer; another user's is ignored.
    void showLookedUp(const PortalUser &user);
    // After an action: the portal's events for the user again.
    void reloadEvents();
    // Without the MFA administration extension there is nothing to do.
    void setActionsAvailable(bool available);
    void setActionsEnabled(bool enabled);

signals:
    void actionRequested(pbx::ui::UserPage::Action action);
    // The portal's current record, fetched when the user was selected.
    void userLookedUp(const pbx::PortalUser &user);

private:
    void showDetails();
    // Each action only where it would change something, as far as known.
    void updateButtons();
    void lookUp();

    QPointer<Session> m_session;
    // The row's fields, and the rest once looked up (m_lookedUp).
    std::optional<PortalUser> m_user;
    bool m_lookedUp = false;
    QString m_lookUpFailure; // why the look-up failed, if it did
    QLabel *m_placeholder;
    QWidget *m_content;
    QLabel *m_heading;
    QFormLayout *m_details;
    QTreeWidget *m_events;
    QLabel *m_eventsStatus;
    QMap<Action, QPushButton *> m_actions;
    bool m_actionsEnabled = true;
    quint64 m_generation = 0; // answers about a user no longer shown are dropped
};

} // namespace pbx::ui
