#include "session.h"

#include "common/logging.h"
#include "common/secure_wipe.h"
#include "common/utc.h"

#include <QCoreApplication>

namespace pbx {

namespace {
constexpr qint64 RefreshMarginSecs = 60;
constexpr qint64 MinRefreshDelaySecs = 5;
constexpr qint64 RetryRefreshSecs = 30;
} // namespace

Session::Session(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Session::refreshNow);
    m_busyRetryTimer.setSingleShot(true);
}

Session::~Session()
{
    // Nobody is left to hear "Cancelled": answers in flight go nowhere.
    if (m_client)
        m_client->discardAll();
    forget();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    qCInfo(lcSession) << "state" << m_state << "->" << state;
    m_state = state;
    emit stateChanged(state);
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void Session::forget()
{
    ++m_generation;
    m_refreshTimer.stop();
    m_busyRetryTimer.stop();
    m_busyRetryTimer.disconnect();
    m_nextRefresh = {};
    if (m_client) {
        m_client->abortAll();
        m_client->setAccessToken({}, false);
    }
    secureWipe(m_password);
    secureWipe(m_tokens.token);
    secureWipe(m_tokens.refresh);
    secureWipe(m_credentials.clientSecret);
    for (QString &code : m_recoveryCodes)
        secureWipe(code);
    m_recoveryCodes.clear();
    m_tokens = {};
}

void Session::retireClient()
{
    if (!m_client)
        return;
    // This may run inside one of the client's own callbacks: it is deleted
    // from the event loop, and its pending answers go nowhere.
    m_client->discardAll();
    m_client.release()->deleteLater();
}

bool Session::signIn(const QUrl &portal, const TlsTrust &trust, const ClientCredentials &client,
                     const QString &username, QString password)
{
    WipeOnExit wipe(password);
    if (m_busy || m_state != State::SignedOut)
        return false;
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        emit signInFailed(PortalError::make(
            ErrorKind::InvalidInput, QCoreApplication::translate("pbx::Session", "Enter your username and password.")));
        return false;
    }
    retireClient();
    m_client = std::make_unique<PortalClient>(portal, trust, m_clock);
    m_client->setLimits(m_limits);
    m_client->setProxy(m_proxy);
    m_credentials = client;
    m_username = username.trimmed();
    setState(State::SigningIn);
    setBusy(true);
    m_password = password; // kept until we know whether a challenge needs it
    m_backoff.reset();
    sendPasswordGrant();
    return true;
}

bool Session::retryWhenBusy(const PortalError &error, void (Session::*again)())
{
    const auto delay = m_backoff.next(error);
    if (!delay)
        return false;
    qCInfo(lcSession) << "portal busy; trying again in" << *delay << "ms";
    m_busyRetryTimer.disconnect();
    connect(&m_busyRetryTimer, &QTimer::timeout, this, again);
    m_busyRetryTimer.start(*delay);
    emit portalBusy((*delay + 999) / 1000);
    return true;
}

void Session::sendPasswordGrant()
{
    m_client->passwordGrant(m_credentials, m_username, m_password, [this, gen = m_generation](Result<TokenPair, PortalError> r) {
        if (gen != m_generation)
            return; // abandoned: signed out or cancelled meanwhile
        if (!r && retryWhenBusy(r.error(), &Session::sendPasswordGrant))
            return; // still signing in
        setBusy(false);
        if (!r) {
            forget();
            setState(State::SignedOut);
            emit signInFailed(r.error());
            return;
        }
        adoptTokens(std::move(r).value());
        if (m_tokens.claims.needsEnrollment()) {
            secureWipe(m_password); // activation asks for it again
            setState(State::EnrollmentRequired);
        } else if (m_tokens.claims.needsChallenge()) {
            setState(State::ChallengeRequired);
        } else {
            secureWipe(m_password);
            setState(State::SignedIn);
            emit signedIn();
        }
    });
}

void Session::adoptTokens(TokenPair tokens)
{
    secureWipe(m_tokens.token);
    secureWipe(m_tokens.refresh);
    m_tokens = std::move(tokens);
    // Kept apart from the tokens, until the user has them.
    if (!m_tokens.recoveryCodes.isEmpty())
        m_recoveryCodes = std::exchange(m_tokens.recoveryCodes, {});
    if (m_client)
        m_client->setAccessToken(m_tokens.token, m_tokens.claims.isMfaRestricted());
    scheduleRefresh();
}

void Session::scheduleRefresh()
{
    m_refreshTimer.stop();
    m_nextRefresh = {};
    if (m_tokens.refresh.isEmpty())
        return; // restricted tokens are not refreshed; MFA must finish first
    const qint64 now = m_clock.nowSecs();
    const qint64 at = std::max(now + MinRefreshDelaySecs, m_tokens.claims.exp - RefreshMarginSecs);
    m_nextRefresh = utc::fromSecs(at);
    m_refreshTimer.start(std::chrono::seconds(at - now));
}

QDateTime Session::enrollmentDue() const
{
    return m_state == State::SignedIn ? m_tokens.claims.mfaEnrollmentDue : QDateTime();
}

int Session::enrollmentDaysLeft() const
{
    const QDateTime due = enrollmentDue();
    if (!due.isValid())
        return 0;
    const qint64 secs = due.toSecsSinceEpoch() - m_clock.nowSecs();
    return secs <= 0 ? 0 : int((secs + 86399) / 86400);
}

bool Session::mayEnroll() const
{
    return m_state == State::EnrollmentRequired || enrollmentDue().isValid();
}

bool Session::fetchEnrollment()
{
    if (m_busy || !mayEnroll())
        return false;
    setBusy(true);
    m_backoff.reset();
    sendEnrollmentRequest();
    return true;
}

void Session::sendEnrollmentRequest()
{
    m_client->startEnrollment([this, gen = m_generation](Result<Enrollment, PortalError> r) {
        if (gen != m_generation)
            return; // abandoned: signed out or cancelled meanwhile
        if (!r && retryWhenBusy(r.error(), &Session::sendEnrollmentRequest))
            return;
        setBusy(false);
        if (r)
            emit enrollmentReady(r.value());
        else
            emit enrollmentFailed(r.error());
    });
}

bool Session::activate(const QString &passcode, QString password)
{
    WipeOnExit wipe(password);
    if (m_busy || !mayEnroll())
        return false;
    setBusy(true);
    m_client->activateEnrollment(passcode, password, [this, gen = m_generation](Result<TokenPair, PortalError> r) {
        if (gen != m_generation)
            return; // abandoned: signed out or cancelled meanwhile
        setBusy(false);
        if (!r) {
            emit activationFailed(r.error());
            return;
        }
        adoptTokens(std::move(r).value());
        setState(State::SignedIn);
        emit signedIn();
    });
    return true;
}

bool Session::answerChallenge(const QString &passcode, MfaMethod method)
{
    if (m_busy || m_state != State::ChallengeRequired)
        return false;
    setBusy(true);
    m_client->mfaGrant(
        m_credentials, m_username, m_password, passcode, m_tokens,
        [this, gen = m_generation](Result<TokenPair, PortalError> r) {
            if (gen != m_generation)
                return; // abandoned: signed out or cancelled meanwhile
            setBusy(false);
            if (!r) {
                emit challengeFailed(r.error());
                return;
            }
            secureWipe(m_password);
            adoptTokens(std::move(r).value());
            // A temporary access code opens only the enrollment of a new phone.
            if (m_tokens.claims.needsEnrollment()) {
                setState(State::EnrollmentRequired);
                return;
            }
            setState(State::SignedIn);
            emit signedIn();
        },
        method);
    return true;
}

QStringList Session::takeRecoveryCodes()
{
    return std::exchange(m_recoveryCodes, {});
}

bool Session::refreshNow()
{
    if (m_busy || m_state != State::SignedIn || m_tokens.refresh.isEmpty())
        return false;
    setBusy(true);
    m_client->refreshGrant(m_credentials, m_tokens.refresh, [this, gen = m_generation](Result<TokenPair, PortalError> r) {
        if (gen != m_generation)
            return; // abandoned: signed out or cancelled meanwhile
        setBusy(false);
        if (r) {
            adoptTokens(std::move(r).value());
            return;
        }
        const PortalError &e = r.error();
        const bool transient = e.kind == ErrorKind::Network || e.kind == ErrorKind::Timeout
            || e.kind == ErrorKind::Server || e.kind == ErrorKind::RateLimited || e.kind == ErrorKind::Busy;
        if (transient && m_tokens.claims.exp > m_clock.nowSecs() + RetryRefreshSecs) {
            m_refreshTimer.start(std::chrono::seconds(RetryRefreshSecs));
            m_nextRefresh = m_clock.now().addSecs(RetryRefreshSecs);
            return;
        }
        qCInfo(lcSession) << "refresh failed:" << errorKindName(e.kind);
        forget();
        setState(State::SignedOut);
        emit refreshFailed(e);
    });
    return true;
}

void Session::signOut()
{
    if (m_client && !m_tokens.token.isEmpty()) {
        m_client->abortAll();
        // Fire and forget: the local session ends now whatever the portal
        // says. The client outlives this call until its reply is done.
        PortalClient *client = m_client.release();
        client->revoke([client](Result<Done, PortalError>) { client->deleteLater(); });
    }
    forget();
    retireClient();
    setBusy(false);
    setState(State::SignedOut);
}

void Session::cancel()
{
    if (!m_busy)
        return;
    if (m_state == State::SigningIn) {
        forget();
        setBusy(false);
        setState(State::SignedOut);
        return;
    }
    if (m_busyRetryTimer.isActive()) {
        // Waiting to ask a busy portal again: nothing is in flight.
        m_busyRetryTimer.stop();
        setBusy(false);
        if (mayEnroll())
            emit enrollmentFailed(PortalError::make(ErrorKind::Cancelled));
        return;
    }
    m_client->abortAll(); // the callback reports Cancelled and clears busy
}

} // namespace pbx
