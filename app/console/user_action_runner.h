#pragma once

#include "portal/portal_client.h"
#include "portal/portal_types.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

namespace pbx {

class Session;

// What a temporary access code is asked for with.
struct TemporaryAccessRequest
{
    int lifetimeMinutes = TemporaryAccessCode::DefaultLifetimeMinutes;
    QString reason; // for the audit log
};

// An MFA action on many users, one request at a time, as the help-desk
// console and the CLI both run it. A user whose account the portal guards
// (an administrator's, or the caller's own) makes it ask for the caller's
// password and code once (stepUpNeeded()); the run waits for
// provideStepUp(). Each user's outcome comes in userDone(); finished() once
// the last is done or stop() was called.
class UserActionRunner : public QObject
{
    Q_OBJECT
public:
    enum class Action { Require, Unrequire, Reset, Unlock, Remind, TemporaryAccess };
    struct Outcome
    {
        ListedUser target;
        std::optional<PortalError> error;
        std::optional<PortalUser> changed;           // the user as the portal has them now, when it says
        std::optional<TemporaryAccessCode> code;     // TemporaryAccess
        bool stepUpDeclined = false;                 // the caller gave no password: not changed
    };

    explicit UserActionRunner(Session &session, QObject *parent = nullptr);

    void start(Action action, QList<ListedUser> targets, TemporaryAccessRequest temporaryAccess = {});
    // The answer to stepUpNeeded(): the target is sent again with it, once.
    // nullopt: declined; that user is not changed.
    void provideStepUp(std::optional<StepUp> proof);
    // No further users; finished() after the one under way.
    void stop();
    // Abandons the run: what is on its way goes nowhere, nothing more is
    // emitted.
    void cancel();

    bool isRunning() const { return m_running; }
    Action action() const { return m_action; }

signals:
    // Before each user: `index` of `total` (from 0).
    void progress(int index, int total);
    void stepUpNeeded(const pbx::ListedUser &target);
    void userDone(const pbx::UserActionRunner::Outcome &outcome);
    void finished();

private:
    void sendNext();
    void send(StepUp proof);
    void arrived(Outcome outcome, bool proven);

    QPointer<Session> m_session;
    Action m_action = Action::Require;
    TemporaryAccessRequest m_temporaryAccess;
    QList<ListedUser> m_queue;
    ListedUser m_current;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_waitingForProof = false;
    quint64 m_generation = 0; // bumped when answers on their way stop mattering
};

} // namespace pbx
