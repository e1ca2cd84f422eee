#include "portal_api.h"

#include "audit_record.h"
#include "common/logging.h"
#include "common/utc.h"
#include "crypto/hmac.h"
#include "crypto/password_hash.h"
#include "crypto/random_bytes.h"
#include "rate_limiter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>

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

ApiResponse PortalApi::deferred()
{
    return ApiResponse{}; // status 0: handle() takes it back
}

std::optional<bool> PortalApi::verifySlowHash(const QByteArray &secret, const QByteArray &storedHash)
{
    if (m_computed) {
        for (const SlowHashCheck &c : *m_computed) {
            if (c.storedHash == storedHash && crypto::constantTimeEquals(c.secret, secret))
                return c.matches;
        }
    }
    m_deferredCheck = SlowHashCheck{secret, storedHash, false};
    return std::nullopt;
}

std::variant<ApiResponse, PortalApi::NeedsSlowHash> PortalApi::handle(const ApiRequest &request,
                                                                     const QList<SlowHashCheck> &computed)
{
    m_computed = &computed;
    m_deferredCheck.reset();
    const auto reset = qScopeGuard([this] {
        m_computed = nullptr;
        m_deferredCheck.reset();
    });
    ApiResponse response = route(request);
    if (m_deferredCheck)
        return NeedsSlowHash{*m_deferredCheck};
    return response;
}

namespace {

ApiResponse methodNotAllowed()
{
    return errorResponse(405, u"Method not allowed"_s);
}

bool matches(std::initializer_list<const char16_t *> pattern, const QStringList &segments)
{
    if (qsizetype(pattern.size()) != segments.size())
        return false;
    qsizetype i = 0;
    for (const char16_t *p : pattern) {
        const QStringView want(p);
        if (want != u"*" && segments[i] != want)
            return false;
        ++i;
    }
    return true;
}

} // namespace

struct PortalApi::Call
{
    const ApiRequest &request;
    const Caller *caller; // null for the one endpoint that needs no token
    const QStringList &segments;

    // "~" in /domains/{domain}/users/{user} means the caller's own.
    QString domain() const
    {
        return segments[1] == u"~" ? caller->user.value(u"domain"_s).toString() : segments[1];
    }
    QString user() const { return segments[3] == u"~" ? caller->user.value(u"user"_s).toString() : segments[3]; }
};

ApiResponse PortalApi::route(const ApiRequest &request)
{
    enum Flags : unsigned {
        Public = 1,          // no token (signing in)
        WhileRestricted = 2, // open to a restricted token: MFA's own steps
        Extension = 4,       // ours, not in the published API: 404 in strict mode
        Administration = 8,  // MFA administration: 404 when it is switched off
        AuditLogFlag = 16,   // 404 when the audit log is not exposed
    };
    struct Endpoint
    {
        const char *method;
        std::initializer_list<const char16_t *> path; // below /ns-api/v2; '*' is one segment
        unsigned flags;
        ApiResponse (*answer)(PortalApi &api, const Call &call);
    };
    // Every endpoint, once. A path's flags are the same for each method;
    // where two paths match, the first listed wins ("count" is not a user).
    static const Endpoint Endpoints[] = {
        {"POST", {u"jwt"}, Public | WhileRestricted, [](PortalApi &a, const Call &c) { return a.postJwt(c.request); }},
        {"GET", {u"jwt"}, WhileRestricted, [](PortalApi &, const Call &c) { return jsonResponse(200, c.caller->claims); }},
        {"DELETE", {u"jwt"}, WhileRestricted, [](PortalApi &a, const Call &c) { return a.deleteJwt(*c.caller); }},
        {"POST", {u"domains", u"~", u"users", u"~", u"mfa", u"enrollment"}, WhileRestricted | Extension,
         [](PortalApi &a, const Call &c) { return a.startEnrollment(*c.caller, c.request.remote); }},
        {"POST", {u"domains", u"~", u"users", u"~", u"mfa", u"activate"}, WhileRestricted | Extension,
         [](PortalApi &a, const Call &c) { return a.activate(*c.caller, c.request); }},
        {"POST", {u"domains", u"~", u"users", u"~", u"mfa", u"recovery-codes"}, Extension,
         [](PortalApi &a, const Call &c) { return a.replaceRecoveryCodes(*c.caller, c.request); }},
        {"PUT", {u"domains", u"*", u"users", u"*", u"mfa"}, Extension | Administration,
         [](PortalApi &a, const Call &c) { return a.setMfaRequired(*c.caller, c.domain(), c.user(), c.request); }},
        {"DELETE", {u"domains", u"*", u"users", u"*", u"mfa"}, Extension | Administration,
         [](PortalApi &a, const Call &c) { return a.resetMfa(*c.caller, c.domain(), c.user(), c.request); }},
        {"DELETE", {u"domains", u"*", u"users", u"*", u"mfa", u"lockout"}, Extension | Administration,
         [](PortalApi &a, const Call &c) { return a.unlockAccount(*c.caller, c.domain(), c.user(), c.request); }},
        {"POST", {u"domains", u"*", u"users", u"*", u"mfa", u"temporary-access"}, Extension | Administration,
         [](PortalApi &a, const Call &c) { return a.issueTemporaryAccess(*c.caller, c.domain(), c.user(), c.request); }},
        {"DELETE", {u"domains", u"*", u"users", u"*", u"mfa", u"temporary-access"}, Extension | Administration,
         [](PortalApi &a, const Call &c) { return a.cancelTemporaryAccess(*c.caller, c.domain(), c.user(), c.request); }},
        {"POST", {u"domains", u"*", u"users", u"*", u"mfa", u"reminder"}, Extension | Administration,
         [](PortalApi &a, const Call &c) { return a.sendReminder(*c.caller, c.domain(), c.user(), c.request); }},
        {"PUT", {u"domains", u"*", u"mfa-policy"}, Extension | Administration,
         [](PortalApi &a, const Call &c) { return a.setMfaPolicy(*c.caller, c.domain(), c.request); }},
        {"GET", {u"domains", u"*", u"mfa-summary"}, Extension | Administration,
         [](PortalApi &a, const Call &c) { return a.domainMfaSummary(*c.caller, c.domain()); }},
        {"GET", {u"mfa-summary"}, Extension | Administration,
         [](PortalApi &a, const Call &c) { return a.mfaSummaries(*c.caller); }},
        {"GET", {u"auditlog"}, AuditLogFlag, [](PortalApi &a, const Call &c) { return a.auditLog(*c.caller, c.request.query); }},
        {"GET", {u"domains"}, 0, [](PortalApi &a, const Call &c) { return a.listDomains(*c.caller, c.request.query); }},
        {"GET", {u"domains", u"*", u"users"}, 0,
         [](PortalApi &a, const Call &c) { return a.listUsers(*c.caller, c.domain(), c.request.query); }},
        {"GET", {u"domains", u"*", u"users", u"count"}, 0,
         [](PortalApi &a, const Call &c) { return a.countUsers(*c.caller, c.domain()); }},
        {"GET", {u"domains", u"*", u"users", u"*"}, 0,
         [](PortalApi &a, const Call &c) { return a.lookUpUser(*c.caller, c.domain(), c.user()); }},
    };

    static const QString base = u"/ns-api/v2"_s;
    if (!request.path.startsWith(base + u'/'))
        return errorResponse(404, u"Not found"_s);
    QStringList segments = request.path.mid(base.size() + 1).split(u'/');
    if (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast(); // tolerate a trailing slash
    m_pendingNotices.clear(); // a request re-run after a slow hash starts over

    // The path decides what exists; the method, which endpoint.
    const auto samePath = [](const Endpoint &a, const Endpoint &b) {
        return std::equal(a.path.begin(), a.path.end(), b.path.begin(), b.path.end(),
                          [](const char16_t *x, const char16_t *y) { return QStringView(x) == QStringView(y); });
    };
    const Endpoint *path = nullptr, *endpoint = nullptr;
    for (const Endpoint &e : Endpoints) {
        if (path ? !samePath(e, *path) : !matches(e.path, segments))
            continue;
        if (!path)
            path = &e;
        if (request.method == e.method) {
            endpoint = &e;
            break;
        }
    }
    if (!path || ((path->flags & Extension) && m_options.netsapiensStrict)
        || ((path->flags & Administration) && !m_options.mfaAdministration)
        || ((path->flags & AuditLogFlag) && !m_options.auditLog))
        return errorResponse(404, u"Not found"_s);
    if (endpoint && (endpoint->flags & Public))
        return endpoint->answer(*this, Call{request, nullptr, segments});

    // Everything else needs a valid bearer token.
    auto auth = authenticate(request);
    if (auto *failure = std::get_if<ApiResponse>(&auth))
        return *failure;
    const Caller &caller = std::get<Caller>(auth);
    // A restricted token opens nothing but MFA.
    if (caller.restricted && !(path->flags & WhileRestricted))
        return errorResponse(403, u"Multi-factor authentication must be completed first"_s);
    if (!endpoint)
        return methodNotAllowed();
    return endpoint->answer(*this, Call{request, &caller, segments});
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
    if (client) {
        const auto verified = verifySlowHash(secret, storedHash.toLatin1());
        if (!verified)
            return deferred();
        if (*verified) {
            m_verifiedClients.insert(clientId, {storedHash, digest});
            return std::nullopt;
        }
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
                           utc::fromSecs(RateLimiter::lockedUntil(record)).toString(Qt::ISODate));
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
                   utc::fromSecs(qint64(access.value(u"expires"_s).toDouble())).toString(Qt::ISODate));
    // Locked after failed attempts: until when, or (absent) until unlocked.
    const QString uid = user.value(u"user"_s).toString() + u'@' + user.value(u"domain"_s).toString();
    if (const auto lock = lockOf(uid)) {
        out.insert(u"mfa-locked"_s, true);
        if (!lock->hardLocked)
            out.insert(u"mfa-locked-until"_s, utc::fromSecs(m_clock.nowSecs() + lock->retryAfter)
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
