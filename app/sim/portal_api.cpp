#include "portal_api.h"

#include "audit_record.h"
#include "common/logging.h"
#include "crypto/hmac.h"
#include "crypto/password_hash.h"
#include "crypto/random_bytes.h"
#include "rate_limiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace pbx::sim {

ApiResponse jsonResponse(int status, const QJsonObject &body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
}

ApiResponse errorResponse(int status, const QString &message)
{
    return jsonResponse(status, {{u"code"_s, status}, {u"message"_s, message}});
}

PortalApi::PortalApi(SimStore &store, const JwtCodec &jwt, const crypto::SecretBox &box, const Clock &clock,
                     Options options)
    : m_store(store), m_jwt(jwt), m_box(box), m_clock(clock), m_options(std::move(options)),
      m_dummyHash(crypto::PasswordHash::create(crypto::randomHex(16))),
      m_clientCacheKey(crypto::randomBytes(32)),
      m_unknownLoginKey(m_options.unknownLoginKey.isEmpty() ? crypto::randomBytes(32) : m_options.unknownLoginKey),
      m_codeDigestKey(m_options.codeDigestKey.isEmpty() ? crypto::randomBytes(32) : m_options.codeDigestKey),
      m_auditSequence(quint64(store.all(u"audit"_s).size()))
{
    // Directory pages and domain-wide changes go through each domain's users.
    m_store.indexBy(u"user"_s, u"domain"_s);
    // The MFA summaries' figures, counted here once rather than at the
    // first GET /mfa-summary (about a second at 200,000 users).
    const auto &domains = m_store.all(u"domain"_s);
    for (auto it = domains.cbegin(); it != domains.cend(); ++it)
        countsOf(it.key());
}

namespace {
// Thrown by verifySlowHash() to leave an endpoint before it changes
// anything; caught in handleDeferringSlowHashes().
struct DeferSlowHash
{
    SlowHashCheck check;
};
} // namespace

bool PortalApi::verifySlowHash(const QByteArray &secret, const QByteArray &storedHash) const
{
    if (m_computed) {
        for (const SlowHashCheck &c : *m_computed) {
            if (c.storedHash == storedHash && crypto::constantTimeEquals(c.secret, secret))
                return c.matches;
        }
    }
    if (m_deferSlowHashes)
        throw DeferSlowHash{{secret, storedHash, false}};
    return crypto::PasswordHash::verify(secret, storedHash);
}

std::variant<ApiResponse, PortalApi::NeedsSlowHash>
PortalApi::handleDeferringSlowHashes(const ApiRequest &request, const QList<SlowHashCheck> &computed)
{
    m_computed = &computed;
    m_deferSlowHashes = true;
    const auto reset = qScopeGuard([this] {
        m_computed = nullptr;
        m_deferSlowHashes = false;
    });
    try {
        return handle(request);
    } catch (const DeferSlowHash &d) {
        return NeedsSlowHash{d.check};
    }
}

namespace {

// The portal's paths below /ns-api/v2 ('*' matches one segment), each once.
enum class Route {
    Jwt, Enrollment, Activate, RecoveryCodes, UserMfa, Lockout, TemporaryAccess, Reminder, Policy, DomainSummary,
    Summary, AuditLog, Domains, Users, UserCount, User
};
struct RouteSpec
{
    Route route;
    std::initializer_list<const char16_t *> pattern;
    bool extension; // ours, not in the published API: 404 in strict mode
    bool administration; // MFA administration: 404 when it is switched off
};
const RouteSpec Routes[] = {
    {Route::Jwt, {u"jwt"}, false, false},
    {Route::Enrollment, {u"domains", u"~", u"users", u"~", u"mfa", u"enrollment"}, true, false},
    {Route::Activate, {u"domains", u"~", u"users", u"~", u"mfa", u"activate"}, true, false},
    {Route::RecoveryCodes, {u"domains", u"~", u"users", u"~", u"mfa", u"recovery-codes"}, true, false},
    {Route::UserMfa, {u"domains", u"*", u"users", u"*", u"mfa"}, true, true},
    {Route::Lockout, {u"domains", u"*", u"users", u"*", u"mfa", u"lockout"}, true, true},
    {Route::TemporaryAccess, {u"domains", u"*", u"users", u"*", u"mfa", u"temporary-access"}, true, true},
    {Route::Reminder, {u"domains", u"*", u"users", u"*", u"mfa", u"reminder"}, true, true},
    {Route::Policy, {u"domains", u"*", u"mfa-policy"}, true, true},
    {Route::DomainSummary, {u"domains", u"*", u"mfa-summary"}, true, true},
    {Route::Summary, {u"mfa-summary"}, true, true},
    {Route::AuditLog, {u"auditlog"}, false, false},
    {Route::Domains, {u"domains"}, false, false},
    {Route::Users, {u"domains", u"*", u"users"}, false, false},
    // Before User: "count" is not a user.
    {Route::UserCount, {u"domains", u"*", u"users", u"count"}, false, false},
    {Route::User, {u"domains", u"*", u"users", u"*"}, false, false},
};

const RouteSpec *routeOf(const QStringList &segments)
{
    for (const RouteSpec &r : Routes) {
        if (qsizetype(r.pattern.size()) != segments.size())
            continue;
        qsizetype i = 0;
        bool matches = true;
        for (const char16_t *p : r.pattern) {
            const QStringView want(p);
            matches = matches && (want == u"*" || segments[i] == want);
            ++i;
        }
        if (matches)
            return &r;
    }
    return nullptr;
}

ApiResponse methodNotAllowed()
{
    return errorResponse(405, u"Method not allowed"_s);
}

} // namespace

ApiResponse PortalApi::handle(const ApiRequest &request)
{
    static const QString base = u"/ns-api/v2"_s;
    if (!request.path.startsWith(base + u'/'))
        return errorResponse(404, u"Not found"_s);
    QStringList segments = request.path.mid(base.size() + 1).split(u'/');
    if (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast(); // tolerate a trailing slash
    const QByteArray &m = request.method;
    m_pendingNotices.clear(); // a request re-run after a slow hash starts over
    const RouteSpec *spec = routeOf(segments);
    if (!spec || (spec->extension && m_options.netsapiensStrict)
        || (spec->administration && !m_options.mfaAdministration) || (spec->route == Route::AuditLog && !m_options.auditLog))
        return errorResponse(404, u"Not found"_s);
    const Route route = spec->route;

    if (route == Route::Jwt && m == "POST")
        return postJwt(request);

    // Everything else needs a valid bearer token.
    auto auth = authenticate(request);
    if (auto *failure = std::get_if<ApiResponse>(&auth))
        return *failure;
    const Caller &caller = std::get<Caller>(auth);

    switch (route) {
    case Route::Jwt:
        if (m == "GET")
            return jsonResponse(200, caller.claims);
        return m == "DELETE" ? deleteJwt(caller) : methodNotAllowed();
    case Route::Enrollment:
        return m == "POST" ? startEnrollment(caller, request.remote) : methodNotAllowed();
    case Route::Activate:
        return m == "POST" ? activate(caller, request) : methodNotAllowed();
    default:
        break;
    }
    // A restricted token opens nothing but MFA.
    if (caller.restricted)
        return errorResponse(403, u"Multi-factor authentication must be completed first"_s);
    const auto domainOf = [&](const QString &segment) {
        return segment == u"~" ? caller.user.value(u"domain"_s).toString() : segment;
    };
    const auto userOf = [&](const QString &segment) {
        return segment == u"~" ? caller.user.value(u"user"_s).toString() : segment;
    };
    switch (route) {
    case Route::UserMfa:
        if (m == "PUT")
            return setMfaRequired(caller, domainOf(segments[1]), userOf(segments[3]), request);
        return m == "DELETE" ? resetMfa(caller, domainOf(segments[1]), userOf(segments[3]), request) : methodNotAllowed();
    case Route::Lockout:
        return m == "DELETE" ? unlockAccount(caller, domainOf(segments[1]), userOf(segments[3]), request)
                             : methodNotAllowed();
    case Route::TemporaryAccess:
        if (m == "POST")
            return issueTemporaryAccess(caller, domainOf(segments[1]), userOf(segments[3]), request);
        return m == "DELETE" ? cancelTemporaryAccess(caller, domainOf(segments[1]), userOf(segments[3]), request)
                             : methodNotAllowed();
    case Route::Reminder:
        return m == "POST" ? sendReminder(caller, domainOf(segments[1]), userOf(segments[3]), request) : methodNotAllowed();
    case Route::RecoveryCodes:
        return m == "POST" ? replaceRecoveryCodes(caller, request) : methodNotAllowed();
    case Route::Policy:
        return m == "PUT" ? setMfaPolicy(caller, domainOf(segments[1]), request) : methodNotAllowed();
    default:
        break;
    }
    if (m != "GET")
        return methodNotAllowed();
    switch (route) {
    case Route::AuditLog:
        return auditLog(caller, request.query);
    case Route::DomainSummary:
        return domainMfaSummary(caller, domainOf(segments[1]));
    case Route::Summary:
        return mfaSummaries(caller);
    case Route::Domains:
        return listDomains(caller, request.query);
    case Route::Users:
        return listUsers(caller, domainOf(segments[1]), request.query);
    case Route::UserCount:
        return countUsers(caller, domainOf(segments[1]));
    case Route::User:
        return lookUpUser(caller, domainOf(segments[1]), userOf(segments[3]));
    default:
        return errorResponse(404, u"Not found"_s);
    }
}

std::variant<PortalApi::Caller, ApiResponse> PortalApi::authenticate(const ApiRequest &request)
{
    const QByteArray &header = request.authorization;
    if (!header.startsWith("Bearer "))
        return errorResponse(401, u"Authentication required"_s);
    const auto claims = m_jwt.verify(QString::fromLatin1(header.mid(7).trimmed()));
    const qint64 now = m_clock.nowSecs();
    if (!claims || claims->value(u"token_use"_s).toString() != u"access"
        || qint64(claims->value(u"exp"_s).toDouble()) <= now
        || m_store.get(u"revoked"_s, claims->value(u"jti"_s).toString()))
        return errorResponse(401, u"Invalid or expired token"_s);
    Caller caller;
    caller.claims = *claims;
    caller.uid = claims->value(u"sub"_s).toString();
    const auto user = m_store.get(u"user"_s, caller.uid);
    if (!user || !isCurrentGeneration(*claims, *user))
        return errorResponse(401, u"Invalid or expired token"_s);
    caller.user = *user;
    caller.restricted = claims->value(u"user_scope"_s).toString() == u"mfa_required";
    return caller;
}

bool PortalApi::isCurrentGeneration(const QJsonObject &claims, const QJsonObject &user)
{
    // Resetting a user's MFA bumps the generation: every token issued before
    // answers 401 from then on.
    return claims.value(u"gen"_s).toInt() == user.value(u"token-generation"_s).toInt();
}

std::optional<QString> PortalApi::uidForLogin(const QString &login) const
{
    const QString wanted = login.trimmed().toCaseFolded();
    const auto &users = m_store.all(u"user"_s);
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it->value(u"login-username"_s).toString().toCaseFolded() == wanted)
            return it.key();
    }
    return std::nullopt;
}

namespace {
// Client-credential failures allowed per client ID and per address in a
// minute before further tries are refused without a slow hash.
constexpr int MaxClientFailures = 20;
constexpr qint64 ClientFailureWindowSecs = 60;
constexpr qsizetype MaxClientFailureKeys = 10000;
} // namespace

std::optional<ApiResponse> PortalApi::checkClient(const QJsonObject &body, const QString &remote)
{
    const QString clientId = body.value(u"client_id"_s).toString();
    const QByteArray secret = body.value(u"client_secret"_s).toString().toUtf8();
    const auto client = m_store.get(u"client"_s, clientId);
    const QString storedHash = client ? client->value(u"secret-hash"_s).toString() : QString();
    const QByteArray digest = crypto::hmac(crypto::HashAlgorithm::Sha256, m_clientCacheKey, secret);
    const auto cached = m_verifiedClients.constFind(clientId);
    // A secret that has passed before costs nothing and is never throttled,
    // so a flood of wrong secrets cannot lock the real client out.
    if (client && cached != m_verifiedClients.cend() && cached->first == storedHash
        && crypto::constantTimeEquals(cached->second, digest))
        return std::nullopt;

    const qint64 now = m_clock.nowSecs();
    const QStringList keys{u"id:"_s + clientId, u"ip:"_s + remote};
    qint64 wait = 0;
    for (const QString &key : keys) {
        QList<qint64> &times = m_clientFailures[key];
        times.removeIf([now](qint64 t) { return t <= now - ClientFailureWindowSecs; });
        if (times.size() >= MaxClientFailures)
            wait = std::max(wait, times.first() + ClientFailureWindowSecs - now);
        if (times.isEmpty())
            m_clientFailures.remove(key);
    }
    if (wait > 0) {
        ApiResponse r = errorResponse(429, u"Too many failed client credentials; try again later"_s);
        r.headers.append({"Retry-After", QByteArray::number(std::max<qint64>(1, wait))});
        return r;
    }
    if (client && verifySlowHash(secret, storedHash.toLatin1())) {
        m_verifiedClients.insert(clientId, {storedHash, digest});
        return std::nullopt;
    }
    for (const QString &key : keys)
        m_clientFailures[key].append(now);
    // Addresses that never come back must not grow the table for ever.
    if (m_clientFailures.size() > MaxClientFailureKeys)
        m_clientFailures.removeIf([now](const auto &entry) {
            return entry.value().isEmpty() || entry.value().last() <= now - ClientFailureWindowSecs;
        });
    qCInfo(lcSim) << "client credentials refused";
    return errorResponse(401, u"Invalid client credentials"_s);
}

QString PortalApi::unknownLoginName(const QString &login) const
{
    const QByteArray digest = crypto::hmac(crypto::HashAlgorithm::Sha256, m_unknownLoginKey,
                                           login.trimmed().toCaseFolded().toUtf8());
    return u"unknown:"_s + QString::fromLatin1(digest.left(16).toHex());
}

QString PortalApi::failureKey(const QString &login) const
{
    return uidForLogin(login).value_or(unknownLoginName(login));
}

std::optional<ApiResponse> PortalApi::lockedOut(const QString &key)
{
    const auto record = m_store.get(u"failures"_s, key);
    if (!record)
        return std::nullopt;
    const RateLimiter::Verdict verdict = RateLimiter::check(*record, m_clock.nowSecs());
    if (verdict.hardLocked)
        return errorResponse(423, u"This account is locked after too many failed attempts; an administrator must unlock it"_s);
    if (verdict.retryAfter == 0)
        return std::nullopt;
    ApiResponse r = errorResponse(429, u"Too many failed attempts; try again later"_s);
    r.headers.append({"Retry-After", QByteArray::number(verdict.retryAfter)});
    return r;
}

QList<SimStore::Op> PortalApi::failureOps(const QString &key, const QString &remote) const
{
    const QJsonObject previous = m_store.get(u"failures"_s, key).value_or(QJsonObject());
    bool lockStarted = false;
    const QJsonObject record = RateLimiter::withFailure(previous, m_clock.nowSecs(), &lockStarted);
    QList<SimStore::Op> ops{{u"failures"_s, key, record}};
    if (lockStarted) {
        const bool hard = record.value(u"hard"_s).toBool();
        QJsonObject details{{u"consecutive-failures"_s, record.value(u"consecutive"_s)}, {u"hard"_s, hard}};
        if (!hard)
            details.insert(u"locked-until-datetime"_s,
                           QDateTime::fromSecsSinceEpoch(RateLimiter::lockedUntil(record), Qt::UTC).toString(Qt::ISODate));
        ops.append(auditOp(u"account.locked"_s, key, key, remote, details));
        if (const auto user = m_store.get(u"user"_s, key))
            notify(*user, u"Your account was locked after failed sign-in attempts"_s,
                   hard ? u"After many failed attempts to sign in, your account is locked until an administrator "
                          "unlocks it. If these attempts were not yours, tell your help desk."_s
                        : u"After several failed attempts to sign in, your account is locked until %1. If these "
                          "attempts were not yours, tell your help desk."_s
                              .arg(details.value(u"locked-until-datetime"_s).toString()));
        qCInfo(lcSim) << "account locked after" << record.value(u"consecutive"_s).toInt() << "consecutive failures";
    }
    return ops;
}

void PortalApi::endSessions(QJsonObject &user)
{
    // Every token carries the generation it was issued under.
    user.insert(u"token-generation"_s, user.value(u"token-generation"_s).toInt() + 1);
}

SimStore::Op PortalApi::auditOp(const QString &action, const QString &actor, const QString &target,
                                const QString &remote, const QJsonObject &extra) const
{
    return auditRecord(m_clock.now(), ++m_auditSequence, action, AuditParty::of(m_store, actor),
                       AuditParty::of(m_store, target), remote, m_options.issuer, extra);
}

static QString displayName(const QJsonObject &user)
{
    return QString(user.value(u"name-first-name"_s).toString() + u' ' + user.value(u"name-last-name"_s).toString()).trimmed();
}

QString PortalApi::territoryOf(const QString &domain) const
{
    return m_store.get(u"domain"_s, domain).value_or(QJsonObject()).value(u"reseller"_s).toString();
}

QString PortalApi::issueRestrictedToken(const QString &uid, const QJsonObject &user, bool enrolled, qint64 authTime,
                                        bool viaTemporaryAccess)
{
    const qint64 now = m_clock.nowSecs();
    QJsonObject claims{{u"aud"_s, u"ns"_s},
                       {u"iss"_s, m_options.issuer},
                       {u"sub"_s, uid},
                       {u"user"_s, user.value(u"user"_s)},
                       {u"domain"_s, user.value(u"domain"_s)},
                       {u"territory"_s, territoryOf(user.value(u"domain"_s).toString())},
                       {u"user_scope"_s, u"mfa_required"_s},
                       {u"displayName"_s, displayName(user)},
                       {u"user_email"_s, user.value(u"email"_s)},
                       {u"mfa_vendor"_s, u"google"_s},
                       {u"mfa_type"_s, u"authenticator"_s},
                       {u"token_use"_s, u"access"_s},
                       {u"gen"_s, user.value(u"token-generation"_s).toInt()},
                       // This sign-in, to which a pending enrollment is bound.
                       {u"sid"_s, QString::fromLatin1(crypto::randomHex(16))},
                       {u"auth_time"_s, double(authTime)},
                       {u"iat"_s, double(now)},
                       {u"exp"_s, double(now + m_options.restrictedTokenSecs)},
                       {u"jti"_s, QString::fromLatin1(crypto::randomHex(20))}};
    if (!m_options.netsapiensStrict)
        claims.insert(u"mfa_enrolled"_s, enrolled); // our extension: enroll, or answer the challenge
    if (viaTemporaryAccess)
        claims.insert(u"mfa_via"_s, u"temporary-access"_s);
    return m_jwt.sign(claims);
}

PortalApi::Issued PortalApi::issueFullTokens(const QString &uid, const QJsonObject &user, qint64 authTime)
{
    const qint64 now = m_clock.nowSecs();
    const QString sid = QString::fromLatin1(crypto::randomHex(16));
    const QString refreshJti = QString::fromLatin1(crypto::randomHex(20));
    // No token outlives the sign-in's absolute lifetime.
    const qint64 endOfSession = authTime + m_options.sessionLifetimeSecs;
    const qint64 refreshExp = std::min(now + m_options.refreshTokenSecs, endOfSession);
    const qint64 accessExp = std::min(now + m_options.accessTokenSecs, endOfSession);
    QJsonObject access{{u"aud"_s, u"ns"_s},
                             {u"iss"_s, m_options.issuer},
                             {u"sub"_s, uid},
                             {u"user"_s, user.value(u"user"_s)},
                             {u"domain"_s, user.value(u"domain"_s)},
                             {u"territory"_s, territoryOf(user.value(u"domain"_s).toString())},
                             {u"user_scope"_s, user.value(u"user-scope"_s)},
                             {u"displayName"_s, displayName(user)},
                             {u"user_email"_s, user.value(u"email"_s)},
                             {u"token_use"_s, u"access"_s},
                             {u"gen"_s, user.value(u"token-generation"_s).toInt()},
                             {u"sid"_s, sid},
                             {u"auth_time"_s, double(authTime)},
                             {u"iat"_s, double(now)},
                             {u"exp"_s, double(accessExp)},
                             {u"jti"_s, QString::fromLatin1(crypto::randomHex(20))}};
    // Before the domain's deadline, a user who must enroll signs in fully,
    // and the token says by when to enroll.
    if (inEnrollmentGrace(user))
        access.insert(u"mfa_enrollment_due"_s, enrollmentDeadline(user)->toString(Qt::ISODate));
    const QJsonObject refresh{{u"iss"_s, m_options.issuer},
                              {u"sub"_s, uid},
                              {u"token_use"_s, u"refresh"_s},
                              {u"gen"_s, user.value(u"token-generation"_s).toInt()},
                              {u"sid"_s, sid},
                              {u"auth_time"_s, double(authTime)},
                              {u"iat"_s, double(now)},
                              {u"exp"_s, double(refreshExp)},
                              {u"jti"_s, refreshJti}};
    // Only the refresh token's id is stored, never the token itself.
    return {QJsonObject{{u"token"_s, m_jwt.sign(access)}, {u"refresh"_s, m_jwt.sign(refresh)}},
            {{u"refresh"_s, refreshJti, QJsonObject{{u"sub"_s, uid}, {u"sid"_s, sid}, {u"exp"_s, double(refreshExp)}}}}};
}

SimStore::Op PortalApi::revokeOp(const QJsonObject &claims) const
{
    return {u"revoked"_s, claims.value(u"jti"_s).toString(), QJsonObject{{u"exp"_s, claims.value(u"exp"_s)}}};
}

ApiResponse PortalApi::commit(const QList<SimStore::Op> &ops, ApiResponse success)
{
    const QList<Notice> notices = std::exchange(m_pendingNotices, {});
    // Nothing is acknowledged that is not on disk.
    if (!m_store.apply(ops))
        return errorResponse(503, u"The portal could not save the change; try again"_s);
    // Told only of what happened.
    if (m_options.outbox)
        for (const Notice &n : notices)
            m_options.outbox->deliver(n, m_clock.now());
    return success;
}

void PortalApi::notify(const QJsonObject &user, const QString &subject, const QString &body) const
{
    const QString name = displayName(user);
    m_pendingNotices.append({name, user.value(u"email"_s).toString(), subject,
                             (name.isEmpty() ? u"Hello,"_s : u"Hello %1,"_s.arg(name)) + u"\n\n"_s + body
                                 + u"\n\n-- \n%1\n"_s.arg(m_options.issuer)});
}

std::optional<QDateTime> PortalApi::enrollmentDeadline(const QJsonObject &user) const
{
    if (!user.value(u"mfa-required"_s).toBool() || user.value(u"mfa-enrolled"_s).toBool())
        return std::nullopt;
    const QString deadline = m_store.get(u"domain"_s, user.value(u"domain"_s).toString())
                                 .value_or(QJsonObject())
                                 .value(u"mfa-deadline-datetime"_s)
                                 .toString();
    const QDateTime at = QDateTime::fromString(deadline, Qt::ISODate);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

bool PortalApi::inEnrollmentGrace(const QJsonObject &user) const
{
    if (m_options.netsapiensStrict)
        return false; // deadlines are our extension
    const auto deadline = enrollmentDeadline(user);
    return deadline && deadline->toSecsSinceEpoch() > m_clock.nowSecs();
}

QJsonObject PortalApi::publicUser(const QJsonObject &user) const
{
    // The API description's User fields that the records carry (the demo
    // seed gives them realistic values); never the password hash, the
    // sealed secret or the other bookkeeping.
    static const char16_t *const documented[] = {
        u"user", u"domain", u"name-first-name", u"name-last-name", u"login-username", u"email", u"user-scope",
        u"department", u"site", u"time-zone", u"language-token", u"dial-plan", u"dial-policy",
        u"directory-name-number-dtmf-mapping", u"caller-id-name", u"caller-id-number", u"area-code",
        u"voicemail-enabled", u"email-send-alert-new-voicemail-enabled", u"ring-no-answer-timeout-seconds",
        u"account-status", u"created-datetime", u"last-modified-datetime"};
    QJsonObject out;
    for (const char16_t *f : documented) {
        const QString key = QString::fromUtf16(f);
        if (user.contains(key))
            out.insert(key, user.value(key));
    }
    if (m_options.netsapiensStrict)
        return out; // the MFA fields are our extension
    const bool enrolled = user.value(u"mfa-enrolled"_s).toBool();
    out.insert(u"mfa-required"_s, user.value(u"mfa-required"_s).toBool());
    out.insert(u"mfa-enrolled"_s, enrolled);
    if (enrolled) {
        out.insert(u"mfa-enrolled-datetime"_s, user.value(u"mfa-enrolled-datetime"_s));
        out.insert(u"mfa-recovery-codes-left"_s, int(user.value(u"mfa-recovery-codes"_s).toArray().size()));
    }
    if (const auto deadline = enrollmentDeadline(user))
        out.insert(u"mfa-enrollment-due"_s, deadline->toString(Qt::ISODate));
    const QJsonObject access = user.value(u"mfa-temporary-access"_s).toObject();
    if (qint64(access.value(u"expires"_s).toDouble()) > m_clock.nowSecs())
        out.insert(u"mfa-temporary-access-expires-datetime"_s,
                   QDateTime::fromSecsSinceEpoch(qint64(access.value(u"expires"_s).toDouble()), Qt::UTC).toString(Qt::ISODate));
    // Locked after failed attempts: until when, or (absent) until unlocked.
    const QString uid = user.value(u"user"_s).toString() + u'@' + user.value(u"domain"_s).toString();
    if (const auto lock = lockOf(uid)) {
        out.insert(u"mfa-locked"_s, true);
        if (!lock->hardLocked)
            out.insert(u"mfa-locked-until"_s, QDateTime::fromSecsSinceEpoch(m_clock.nowSecs() + lock->retryAfter, Qt::UTC)
                                                  .toString(Qt::ISODate));
    }
    return out;
}

std::optional<RateLimiter::Verdict> PortalApi::lockOf(const QString &uid) const
{
    const auto failures = m_store.get(u"failures"_s, uid);
    if (!failures)
        return std::nullopt;
    const RateLimiter::Verdict verdict = RateLimiter::check(*failures, m_clock.nowSecs());
    return verdict.hardLocked || verdict.retryAfter > 0 ? std::optional(verdict) : std::nullopt;
}

} // namespace pbx::sim
