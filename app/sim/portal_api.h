#pragma once

#include "common/clock.h"
#include "crypto/secret_box.h"
#include "jwt_codec.h"
#include "outbox.h"
#include "rate_limiter.h"
#include "sim_store.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <functional>
#include <optional>
#include <variant>

namespace pbx::sim {

struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
    QString remote;
    quint16 remotePort = 0; // with remote, tells connections apart
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// A password (or client secret) to check against a stored slow hash, and
// the answer once a worker thread has computed it.
struct SlowHashCheck
{
    QByteArray secret;
    QByteArray storedHash;
    bool matches = false;
};

// The portal's behaviour: NetSapiens API v2 sign-in, our MFA extension and
// directory reads (docs/portal-api.md), over the durable SimStore. No HTTP
// here: PortalHttpServer feeds it requests.
class PortalApi
{
public:
    // What handle() gives back when a request needs a slow hash checked
    // first: the check, to run on a worker thread and hand back to handle().
    struct NeedsSlowHash
    {
        SlowHashCheck check;
    };
    struct Options
    {
        QString issuer = QStringLiteral("PBX Demo Portal");
        qint64 accessTokenSecs = 3600;
        qint64 restrictedTokenSecs = 600;
        qint64 refreshTokenSecs = 86400;
        qint64 enrollmentSecs = 600;
        // A sign-in's absolute lifetime: refreshes stop after this long and
        // the user signs in again.
        qint64 sessionLifetimeSecs = 12 * 3600;
        // Keys the digests that stand for login names no account has, in
        // the failure records and the audit log. Empty: a random key for
        // this process.
        QByteArray unknownLoginKey;
        // Off: answer 404 to the MFA administration extension, as a stock
        // portal would.
        bool mfaAdministration = true;
        // Off: answer 404 to GET /auditlog, as a portal that does not
        // expose its audit log to the API.
        bool auditLog = true;
        // Only what the published NetSapiens API documents: no extension
        // paths (404), no mfa-* user fields, no mfa_enrolled claim; enrolled
        // users get the documented challenge, others a full token
        // (docs/portal-api.md, "A stock NetSapiens portal").
        bool netsapiensStrict = false;
        // Keys the digests that stand for temporary access and recovery
        // codes in the store. Empty: a random key for this process.
        QByteArray codeDigestKey;
        // Where notices to users go; none: not sent.
        Outbox *outbox = nullptr;
    };

    PortalApi(SimStore &store, const JwtCodec &jwt, const crypto::SecretBox &box, const Clock &clock, Options options);

    // Answers the request, or, as soon as it meets a slow hash that is not
    // among `computed`, stops (before changing anything) and asks for it:
    // no slow hash is ever computed here, on the serving thread. Re-run
    // with the answers added; state may have moved on meanwhile, which the
    // re-run sees like any other request.
    std::variant<ApiResponse, NeedsSlowHash> handle(const ApiRequest &request,
                                                    const QList<SlowHashCheck> &computed = {});

private:
    struct Caller
    {
        QJsonObject claims;
        QString uid;
        QJsonObject user;
        bool restricted = false;
    };
    using Outcome = std::optional<ApiResponse>;
    // One request on its way to an endpoint (portal_api.cpp's table).
    struct Call;

    // Authentication (auth_endpoints.cpp)
    ApiResponse postJwt(const ApiRequest &request);
    ApiResponse passwordGrant(const QJsonObject &body, const QString &remote);
    ApiResponse mfaGrant(const QJsonObject &body, const QString &remote);
    ApiResponse refreshGrant(const QJsonObject &body, const QString &remote);
    ApiResponse deleteJwt(const Caller &caller);
    ApiResponse startEnrollment(const Caller &caller, const QString &remote);
    ApiResponse activate(const Caller &caller, const ApiRequest &request);
    // Whether this sign-in may enroll (or, after a temporary access code,
    // replace its factor); the refusal otherwise.
    std::optional<ApiResponse> refuseEnrollment(const Caller &caller) const;

    // Directory (directory_endpoints.cpp)
    ApiResponse listDomains(const Caller &caller, const QUrlQuery &query);
    ApiResponse listUsers(const Caller &caller, const QString &domain, const QUrlQuery &query);
    ApiResponse countUsers(const Caller &caller, const QString &domain);
    // GET /domains/{domain}/users/{user}: one's own record, or one in a
    // domain the caller's scope reaches.
    ApiResponse lookUpUser(const Caller &caller, const QString &domain, const QString &user);
    bool canSeeDomain(const Caller &caller, const QString &domain) const;

    // MFA administration (mfa_admin_endpoints.cpp)
    ApiResponse setMfaRequired(const Caller &caller, const QString &domain, const QString &user, const ApiRequest &request);
    ApiResponse resetMfa(const Caller &caller, const QString &domain, const QString &user, const ApiRequest &request);
    ApiResponse unlockAccount(const Caller &caller, const QString &domain, const QString &user, const ApiRequest &request);
    ApiResponse setMfaPolicy(const Caller &caller, const QString &domain, const ApiRequest &request);
    ApiResponse auditLog(const Caller &caller, const QUrlQuery &query);

    // How far a domain's users are along with MFA (mfa_summary_endpoints.cpp)
    ApiResponse domainMfaSummary(const Caller &caller, const QString &domain);
    ApiResponse mfaSummaries(const Caller &caller);
    // Locked users count from the failure records (few, and a lock ends
    // with time); the other figures are kept per domain (DomainCounts).
    QJsonObject summaryOf(const QString &domain, int locked) const;
    QHash<QString, int> lockedByDomain(const QString &only = {}) const;

    // Getting users enrolled and back in (help_desk_endpoints.cpp)
    ApiResponse issueTemporaryAccess(const Caller &caller, const QString &domain, const QString &user,
                                     const ApiRequest &request);
    ApiResponse cancelTemporaryAccess(const Caller &caller, const QString &domain, const QString &user,
                                      const ApiRequest &request);
    ApiResponse sendReminder(const Caller &caller, const QString &domain, const QString &user, const ApiRequest &request);
    ApiResponse replaceRecoveryCodes(const Caller &caller, const ApiRequest &request);
    // A new code: CodeLength characters of an alphabet without look-alikes.
    static QString newCode();
    // What the store keeps of a code: a keyed digest of it, normalized.
    QString codeDigest(const QString &code) const;
    // Ten new recovery codes: their digests go into the record, the codes
    // to the user, once.
    QStringList newRecoveryCodes(QJsonObject &user) const;
    // The domain's enrollment deadline, for a user who must enroll and has
    // not; nullopt otherwise.
    std::optional<QDateTime> enrollmentDeadline(const QJsonObject &user) const;
    // Before that deadline, such a user signs in fully and may enroll.
    bool inEnrollmentGrace(const QJsonObject &user) const;
    // Locked after failed attempts: the verdict that says until when.
    std::optional<RateLimiter::Verdict> lockOf(const QString &uid) const;
    // Queues a notice to the user, sent once the change is stored.
    void notify(const QJsonObject &user, const QString &subject, const QString &body) const;
    bool canManageDomain(const Caller &caller, const QString &domain) const;
    // The target account of an administration call, once the caller may
    // act on it: strictly above it in scope, or the account itself or an
    // administrator's with the caller's password and current code in the
    // body. Otherwise the refusal to send.
    struct Administered
    {
        QJsonObject record;               // the target, to change and store
        QList<SimStore::Op> proofOps;     // what the step-up changed (the caller's code step, failures)
    };
    // The target account, if the caller's scope is strictly above it (or it
    // is the caller's own); the refusal otherwise. No step-up.
    std::variant<QJsonObject, ApiResponse> userInScope(const Caller &caller, const QString &domain,
                                                       const QString &user) const;
    std::variant<Administered, ApiResponse> administeredUser(const Caller &caller, const QString &domain,
                                                           const QString &user, const ApiRequest &request);
    // The caller's password (and current code, when the caller has a
    // factor) from the request body: the changes to store on success.
    std::variant<QList<SimStore::Op>, ApiResponse> stepUp(const Caller &caller, const ApiRequest &request);
    // A code for the account's active factor: its step when accepted,
    // nullopt when wrong or replayed, or an internal error.
    struct CodeCheck
    {
        enum Outcome { Accepted, Refused, Broken } outcome;
        quint64 step;
    };
    // The endpoint the request names, run.
    ApiResponse route(const ApiRequest &request);
    CodeCheck acceptCode(const QString &uid, const QJsonObject &user, const QString &passcode) const;

    // Shared helpers (portal_api.cpp)
    std::variant<Caller, ApiResponse> authenticate(const ApiRequest &request);
    std::optional<QString> uidForLogin(const QString &login) const;
    static bool isCurrentGeneration(const QJsonObject &claims, const QJsonObject &user);
    // The client's credentials; nullopt when they pass, else the refusal
    // (401, or 429 while this client ID or address is throttled).
    std::optional<ApiResponse> checkClient(const QJsonObject &body, const QString &remote);
    // Whether a password or client secret matches its PBKDF2 hash (600,000
    // rounds), if handle() was given that check; if not, nullopt, and the
    // check is noted: the endpoint then returns deferred() at once, before
    // it changes anything, and the request is run again with the answer.
    std::optional<bool> verifySlowHash(const QByteArray &secret, const QByteArray &storedHash);
    // What an endpoint returns for a deferred check; never sent.
    static ApiResponse deferred();
    std::optional<ApiResponse> admit(const QJsonObject &body, const QString &remote);
    // The key of a login's failure record: the account's id, or for a name
    // no account has, a keyed digest of it (a password typed into the
    // username field must not reach the disk).
    QString failureKey(const QString &login) const;
    QString unknownLoginName(const QString &login) const;
    std::optional<ApiResponse> lockedOut(const QString &key);
    // The failure recorded against the account, and the audit event of
    // the lock it starts, if it starts one.
    QList<SimStore::Op> failureOps(const QString &key, const QString &remote) const;
    // Ends every sign-in of the account: its tokens stop working.
    static void endSessions(QJsonObject &user);
    SimStore::Op auditOp(const QString &action, const QString &actor, const QString &target,
                         const QString &remote, const QJsonObject &extra = {}) const;
    struct Issued
    {
        QJsonObject body;
        QList<SimStore::Op> ops;
    };
    // authTime: when the user signed in (a refresh keeps the original).
    Issued issueFullTokens(const QString &uid, const QJsonObject &user, qint64 authTime);
    // viaTemporaryAccess: the sign-in used a temporary access code and
    // must enroll a new factor, which replaces the old one.
    QString issueRestrictedToken(const QString &uid, const QJsonObject &user, bool enrolled, qint64 authTime,
                                 bool viaTemporaryAccess = false);
    SimStore::Op revokeOp(const QJsonObject &claims) const;
    // Stores the changes, then sends the notices queued for them.
    ApiResponse commit(const QList<SimStore::Op> &ops, ApiResponse success);
    QJsonObject publicUser(const QJsonObject &user) const;
    QString territoryOf(const QString &domain) const;

    SimStore &m_store;
    const JwtCodec &m_jwt;
    const crypto::SecretBox &m_box;
    const Clock &m_clock;
    Options m_options;
    QByteArray m_dummyHash; // verified against for unknown users, so timing reveals nothing
    // Client secrets are long random strings sent with every grant. Once one
    // has passed its slow hash, a keyed digest of it (key never leaves this
    // process) stands in, so each sign-in pays the slow hash only for the
    // user's password. Stored per client with the hash it was checked against.
    QByteArray m_clientCacheKey;
    mutable QHash<QString, QPair<QString, QByteArray>> m_verifiedClients;
    // Recent client-credential failures per client ID and per address
    // ("id:..."/"ip:..."), in memory: each costs a slow hash.
    QHash<QString, QList<qint64>> m_clientFailures;
    QByteArray m_unknownLoginKey;
    QByteArray m_codeDigestKey;
    // Notices of the request under way, sent by commit() once it is stored.
    mutable QList<Notice> m_pendingNotices;
    // While handle() runs: the answers known so far, and the check it
    // stopped at.
    const QList<SlowHashCheck> *m_computed = nullptr;
    std::optional<SlowHashCheck> m_deferredCheck;
    mutable quint64 m_auditSequence;
    // Each domain's users by MFA state, as of the store's revision of that
    // domain's users: a summary of 200,000 users then reads only the
    // domains changed since the last one, as a production portal keeps
    // counters rather than scanning its directory.
    struct DomainCounts
    {
        quint64 revision = 0;
        int users = 0, enrolled = 0, pending = 0, notRequired = 0;
    };
    mutable QHash<QString, DomainCounts> m_domainCounts;
    const DomainCounts &countsOf(const QString &domain) const;
};

ApiResponse jsonResponse(int status, const QJsonObject &body);
ApiResponse errorResponse(int status, const QString &message);

} // namespace pbx::sim
