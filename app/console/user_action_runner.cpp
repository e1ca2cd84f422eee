#include "user_action_runner.h"

#include "common/secure_wipe.h"
#include "portal/session.h"

namespace pbx {

UserActionRunner::UserActionRunner(Session &session, QObject *parent) : QObject(parent), m_session(&session) {}

void UserActionRunner::start(Action action, QList<ListedUser> targets, TemporaryAccessRequest temporaryAccess)
{
    cancel();
    m_action = action;
    m_temporaryAccess = std::move(temporaryAccess);
    m_queue = std::move(targets);
    m_total = int(m_queue.size());
    m_done = 0;
    m_running = true;
    sendNext();
}

void UserActionRunner::stop()
{
    m_queue.clear();
}

void UserActionRunner::cancel()
{
    ++m_generation;
    m_queue.clear();
    m_running = false;
    m_waitingForProof = false;
}

void UserActionRunner::sendNext()
{
    if (!m_running)
        return;
    if (m_queue.isEmpty() || !m_session || !m_session->client()) {
        m_running = false;
        emit finished();
        return;
    }
    m_current = m_queue.takeFirst();
    send({});
}

void UserActionRunner::send(StepUp proof)
{
    emit progress(m_done, m_total);
    const bool proven = !proof.password.isEmpty();
    const QPointer<UserActionRunner> self(this);
    const quint64 generation = m_generation;
    const ListedUser target = m_current;
    const auto finish = [self, generation, proven](Outcome outcome) {
        if (self && generation == self->m_generation)
            self->arrived(std::move(outcome), proven);
    };
    const auto changed = [finish, target](Result<PortalUser, PortalError> r) {
        Outcome o{target, {}, {}, {}, false};
        r ? void(o.changed = r.value()) : void(o.error = r.error());
        finish(std::move(o));
    };
    PortalClient *client = m_session->client();
    switch (m_action) {
    case Action::Require:
    case Action::Unrequire:
        client->setMfaRequired(target.domain, target.user, m_action == Action::Require, changed, proof);
        break;
    case Action::Reset:
        client->resetMfa(target.domain, target.user, changed, proof);
        break;
    case Action::Unlock:
        client->unlockAccount(target.domain, target.user, changed, proof);
        break;
    case Action::Remind:
        // Nothing about the user changes.
        client->sendReminder(target.domain, target.user, [finish, target](Result<Done, PortalError> r) {
            finish(Outcome{target, r ? std::nullopt : std::optional<PortalError>(r.error()), {}, {}, false});
        });
        break;
    case Action::TemporaryAccess:
        client->issueTemporaryAccess(target.domain, target.user, m_temporaryAccess.lifetimeMinutes,
                                     m_temporaryAccess.reason,
                                     [finish, target](Result<TemporaryAccessCode, PortalError> r) {
                                         Outcome o{target, {}, {}, {}, false};
                                         r ? void(o.code = r.value()) : void(o.error = r.error());
                                         finish(std::move(o));
                                     },
                                     proof);
        break;
    }
    secureWipe(proof.password);
    secureWipe(proof.passcode);
}

void UserActionRunner::arrived(Outcome outcome, bool proven)
{
    // The portal wants the caller's password (and code) for this one: asked
    // once per user.
    if (outcome.error && outcome.error->kind == ErrorKind::StepUpRequired && !proven) {
        m_waitingForProof = true;
        emit stepUpNeeded(m_current);
        return;
    }
    ++m_done;
    emit userDone(outcome);
    sendNext();
}

void UserActionRunner::provideStepUp(std::optional<StepUp> proof)
{
    if (!m_waitingForProof)
        return;
    m_waitingForProof = false;
    if (proof && !proof->password.isEmpty())
        return send(std::move(*proof));
    ++m_done;
    emit userDone(Outcome{m_current, PortalError::make(ErrorKind::StepUpRequired), {}, {}, true});
    sendNext();
}

} // namespace pbx
