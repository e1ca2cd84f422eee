#pragma once

#include "busy_backoff.h"
#include "portal_client.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace pbx {

// One sign-in to one portal, driven the same way by the UI and the CLI:
//
//   SignedOut -> SigningIn -> SignedIn
//                          -> EnrollmentRequired -> (activate) -> SignedIn
//                          -> ChallengeRequired  -> (passcode) -> SignedIn
//
// Before a domain's enrollment deadline (our extension) a user who must
// enroll is SignedIn with enrollmentDue() set, and may enroll from there:
// fetchEnrollment() and activate() work in that state too, and signedIn()
// is emitted again once the new tokens are in.
//
// Only one request runs at a time: calls made while busy() are ignored and
// return false, so a double click never sends twice.
//
// A portal that answers 503 (busy) is asked again after its Retry-After,
// with BusyBackoff's jitter and limit, for the steps that carry no passcode
// (sign-in, fetching the enrollment); portalBusy() tells how long until
// then, and cancel() stops the wait. A refresh turned away is tried again
// later, as after any passing failure. A step with a passcode is not
// sent again: by then the code may have expired, so its failure goes to the
// caller, who asks the user for a fresh one.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, EnrollmentRequired, ChallengeRequired, SignedIn };
    Q_ENUM(State)

    explicit Session(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    bool busy() const { return m_busy; }
    const JwtClaims &claims() const { return m_tokens.claims; }
    const QString &accessToken() const { return m_tokens.token; }
    PortalClient *client() const { return m_client.get(); }
    const Clock &clock() const { return m_clock; }
    QDateTime nextRefreshAt() const { return m_nextRefresh; }

    void setLimits(const PortalClient::Limits &limits) { m_limits = limits; }
    // For the next sign-in's connections.
    void setProxy(const QNetworkProxy &proxy) { m_proxy = proxy; }

    bool signIn(const QUrl &portal, const TlsTrust &trust, const ClientCredentials &client, const QString &username,
                QString password);
    // When a grace period's sign-in must set up MFA by; invalid otherwise.
    QDateTime enrollmentDue() const;
    // Whole days until enrollmentDue(), a part day counted as one; 0 when
    // there is no deadline.
    int enrollmentDaysLeft() const;
    bool mayEnroll() const;
    bool fetchEnrollment();
    bool activate(const QString &passcode, QString password);
    // With a temporary access code the portal signs in only to enroll a
    // new phone: the state becomes EnrollmentRequired.
    bool answerChallenge(const QString &passcode, MfaMethod method = MfaMethod::Authenticator);
    // The recovery codes activation gave out, for the user to keep; wiped
    // here as they are taken.
    QStringList takeRecoveryCodes();
    // After signing in with a recovery code: how many are left.
    std::optional<int> recoveryCodesLeft() const { return m_tokens.recoveryCodesLeft; }
    bool refreshNow();
    // Revokes the token at the portal (best effort) and forgets everything.
    void signOut();
    // Stops the request in flight. While signing in, that means signed out.
    void cancel();

signals:
    void stateChanged(pbx::Session::State state);
    void busyChanged(bool busy);
    void signInFailed(const pbx::PortalError &error);
    void enrollmentReady(const pbx::Enrollment &enrollment);
    void enrollmentFailed(const pbx::PortalError &error);
    void activationFailed(const pbx::PortalError &error);
    void challengeFailed(const pbx::PortalError &error);
    void signedIn();
    void refreshFailed(const pbx::PortalError &error);
    // The portal is busy; the step is sent again in this many seconds.
    void portalBusy(int seconds);

private:
    void setState(State state);
    void setBusy(bool busy);
    void adoptTokens(TokenPair tokens);
    void scheduleRefresh();
    void forget();
    void retireClient();
    void sendPasswordGrant();
    void sendEnrollmentRequest();
    // After a busy answer: schedules `again` and says so, if BusyBackoff
    // allows another try.
    bool retryWhenBusy(const PortalError &error, void (Session::*again)());

    const Clock &m_clock;
    PortalClient::Limits m_limits;
    QNetworkProxy m_proxy{QNetworkProxy::DefaultProxy};
    std::unique_ptr<PortalClient> m_client;
    ClientCredentials m_credentials;
    QString m_username;
    QString m_password; // held only while a challenge needs it
    TokenPair m_tokens;
    QStringList m_recoveryCodes;
    State m_state = State::SignedOut;
    bool m_busy = false;
    quint64 m_generation = 0; // bumped whenever in-flight answers stop mattering
    QTimer m_refreshTimer;
    QTimer m_busyRetryTimer;
    BusyBackoff m_backoff;
    QDateTime m_nextRefresh;
};

} // namespace pbx
