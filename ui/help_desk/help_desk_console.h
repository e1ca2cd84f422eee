#pragma once

#include "console/directory_loader.h"
#include "console/users_filter_model.h"
#include "console/user_action_runner.h"
#include "console/users_table_model.h"
#include "portal/session.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace pbx::ui {

class UserPage;

// Users of the caller's domains and their MFA state; require, stop
// requiring or reset MFA for the selected users; a domain's policy; CSV
// export and the audit log. Long work shows progress and can be cancelled.
class HelpDeskConsole : public QWidget
{
    Q_OBJECT
public:
    explicit HelpDeskConsole(Session &session, QWidget *parent = nullptr);

    void reload();
    // Shows that domain's users, all of them (the filters cleared). Waits
    // for the domain list if it has not arrived; refused, saying so, while
    // an action on users is under way.
    void showDomain(const QString &domain);
    // Search across domains: All domains (loading them if need be) and the
    // filter focused. While they load, the filter searches what has
    // arrived, and the counts say so.
    void searchEverywhere();
    // Writes the table as filtered and sorted. False, with *error set, on failure.
    bool exportCsv(const QString &path, QString *error) const;
    UsersFilterModel *view() { return &m_filter; }

    using Action = UserActionRunner::Action;
    // Require, Unrequire, Reset, Unlock or Remind, on the selected users.
    void runOnSelection(Action action);
    void requireForScopes(const QStringList &scopes);
    // Asks for a date, then sets it as the current domain's deadline.
    void setEnrollmentDeadline();
    // The temporary access code dialog for the one selected user.
    void issueTemporaryAccess();

private:
    void loadDomains();
    void loadSelectedDomain();
    void updateCounts();
    void updateActions();
    // The selected user's page, or the hint to select one.
    void updatePage();
    void setWorking(bool working, const QString &what = {});
    void userDone(const UserActionRunner::Outcome &outcome);
    void runFinished();
    void askStepUp(const ListedUser &target);
    enum class AdministrationMissing { Endpoints, StateUnreported };
    void hideAdministration(AdministrationMissing why);
    // Shows the portal's current record of this user in its row.
    void refreshRow(const ListedUser &user);
    QList<ListedUser> selectedUsers() const;
    QString currentDomain() const;
    // Moves the users arrived since the last time into the table.
    void showArrived();

    QPointer<Session> m_session;
    UsersTableModel m_model;
    UsersFilterModel m_filter;
    DirectoryLoader m_loader;
    // Pages in but not yet in the table. Each time the table takes rows
    // in it re-sorts and re-filters all of them, so it takes them in once
    // they are a quarter of what it holds (or ArrivalBatch), and at the
    // end: a few dozen times for 200,000 users in 2,000 pages.
    QList<PortalUser> m_arrived;
    static constexpr int ArrivalBatch = 1000;
    QComboBox *m_domain;
    QLineEdit *m_search;
    QComboBox *m_state;
    QLabel *m_counts;
    QLabel *m_notice;
    QTableView *m_table;
    UserPage *m_page;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancel;
    QPushButton *m_require;
    QPushButton *m_unrequire;
    QPushButton *m_reset;
    QPushButton *m_unlock;
    QPushButton *m_remind;
    QPushButton *m_temporaryAccess;
    QToolButton *m_policy;
    QPushButton *m_export;
    QPushButton *m_audit;
    QString m_wantedDomain; // asked for before the domain list arrived
    bool m_wantAllDomains = false; // likewise, for searchEverywhere()
    bool m_administration = true;
    bool m_working = false;

    // The action under way, one user at a time, and what failed so far.
    UserActionRunner m_runner;
    QStringList m_failures;
};

} // namespace pbx::ui
