// Sign-in, MFA challenge, refresh, sign-out and MFA enrollment endpoints.
#include "portal_api.h"

#include "common/logging.h"
#include "common/utc.h"
#include "crypto/hmac.h"
#include "crypto/random_bytes.h"
#include "mfa/otpauth_uri.h"
#include "mfa/totp.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pbx::sim {

namespace {

constexpr int SecretBytes = 20; // 160 bits, as RFC 4226 recommends

// The string fields a grant needs, or nullopt if one is missing or not a string.
std::optional<QJsonObject> requireStrings(const QJsonObject &body, std::initializer_list<const char16_t *> names)
{
    for (const char16_t *n : names) {
        const QJsonValue v = body.value(QString::fromUtf16(n));
        if (!v.isString() || v.toString().isEmpty())
            return std::nullopt;
    }
    return body;
}

QByteArray sealingContext(const QString &uid, const char *what)
{
    return uid.toUtf8() + '|' + what;
}

mfa::TotpParameters paramsOf(const QJsonObject &o)
{
    mfa::TotpParameters p;
    p.algorithm = mfa::algorithmFromName(o.value(u"algorithm"_s).toString()).value_or(mfa::HashAlgorithm::Sha1);
    p.digits = o.value(u"digits"_s).toInt(6);
    p.period = o.value(u"period"_s).toInt(30);
    return p;
}

} // namespace

ApiResponse PortalApi::postJwt(const ApiRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return errorResponse(400, u"The request body must be a JSON object"_s);
    const QJsonObject body = doc.object();
    const QString grant = body.value(u"grant_type"_s).toString();
    if (grant == u"password")
        return passwordGrant(body, request.remote);
    if (grant == u"mfa")
        return mfaGrant(body, request.remote);
    if (grant == u"refresh_token")
        return refreshGrant(body, request.remote);
    return errorResponse(400, u"Unsupported grant_type"_s);
}

std::optional<ApiResponse> PortalApi::admit(const QJsonObject &body, const QString &remote)
{
    // The client first, then the account's lockout: a locked account is
    // answered 429 (423 when locked for good) before any password or
    // passcode is looked at.
    if (auto refused = checkClient(body, remote))
        return refused;
    return lockedOut(failureKey(body.value(u"username"_s).toString()));
}

ApiResponse PortalApi::passwordGrant(const QJsonObject &body, const QString &remote)
{
    if (!requireStrings(body, {u"client_id", u"client_secret", u"username", u"password"}))
        return errorResponse(400, u"client_id, client_secret, username and password are required"_s);
    if (auto refused = admit(body, remote))
        return *refused;
    const QString login = body.value(u"username"_s).toString();
    const auto uid = uidForLogin(login);
    const auto user = uid ? m_store.get(u"user"_s, *uid) : std::nullopt;
    const QString key = uid.value_or(unknownLoginName(login));
    const QString storedHash = user ? user->value(u"password-hash"_s).toString() : QString();
    // Unknown users cost the same hash as known ones.
    const auto verified = verifySlowHash(body.value(u"password"_s).toString().toUtf8(),
                                         storedHash.isEmpty() ? m_dummyHash : storedHash.toLatin1());
    if (!verified)
        return deferred();
    const bool passwordOk = *verified && !storedHash.isEmpty();
    if (!passwordOk) {
        qCInfo(lcSim) << "sign-in refused for an account";
        QList<SimStore::Op> ops = failureOps(key, remote);
        ops.append(auditOp(u"signin.failed"_s, key, key, remote));
        return commit(ops, errorResponse(401, u"Invalid username or password"_s));
    }

    const qint64 now = m_clock.nowSecs();
    const bool enrolled = user->value(u"mfa-enrolled"_s).toBool();
    // A stock portal challenges enrolled users only: the others enroll in
    // its web portal, so they sign in here without MFA.
    // Before the domain's enrollment deadline, such a user signs in fully
    // (the token says by when to enroll); after it, only to enroll.
    const bool mustEnroll = !m_options.netsapiensStrict && user->value(u"mfa-required"_s).toBool() && !inEnrollmentGrace(*user);
    if (enrolled || mustEnroll) {
        const QString token = issueRestrictedToken(*uid, *user, enrolled, now);
        return commit({auditOp(enrolled ? u"signin.mfa-challenge"_s : u"signin.mfa-enrollment-required"_s, *uid, *uid, remote)},
                      jsonResponse(200, {{u"token"_s, token}}));
    }
    Issued issued = issueFullTokens(*uid, *user, now);
    issued.ops.append({u"failures"_s, key, std::nullopt});
    issued.ops.append(auditOp(u"signin.success"_s, *uid, *uid, remote));
    return commit(issued.ops, jsonResponse(200, issued.body));
}

ApiResponse PortalApi::mfaGrant(const QJsonObject &body, const QString &remote)
{
    if (!requireStrings(body, {u"client_id", u"client_secret", u"username", u"password", u"mfa_vendor", u"mfa_type",
                               u"passcode", u"ns_id_type", u"access_token"}))
        return errorResponse(400, u"All fields of the MFA grant are required"_s);
    const QString method = body.value(u"mfa_type"_s).toString();
    if (method != u"authenticator" && (m_options.netsapiensStrict || (method != u"temporary-access" && method != u"recovery-code")))
        return errorResponse(400, u"Unsupported mfa_type"_s);
    if (auto refused = admit(body, remote))
        return *refused;
    const QString login = body.value(u"username"_s).toString();
    const auto uid = uidForLogin(login);
    const auto claims = m_jwt.verify(body.value(u"access_token"_s).toString());
    const qint64 now = m_clock.nowSecs();
    if (!uid || !claims || claims->value(u"sub"_s).toString() != *uid
        || claims->value(u"user_scope"_s).toString() != u"mfa_required"
        || qint64(claims->value(u"exp"_s).toDouble()) <= now
        || m_store.get(u"revoked"_s, claims->value(u"jti"_s).toString()))
        return errorResponse(401, u"The MFA token is invalid or expired; sign in again"_s);
    QJsonObject user = *m_store.get(u"user"_s, *uid);
    if (!isCurrentGeneration(*claims, user))
        return errorResponse(401, u"The MFA token is invalid or expired; sign in again"_s);
    const auto verified = verifySlowHash(body.value(u"password"_s).toString().toUtf8(),
                                         user.value(u"password-hash"_s).toString().toLatin1());
    if (!verified)
        return deferred();
    if (!*verified)
        return commit(failureOps(*uid, remote) << auditOp(u"mfa.challenge.failed"_s, *uid, *uid, remote, {{u"reason"_s, u"password"_s}}),
                      errorResponse(401, u"Invalid username or password"_s));
    const qint64 authTime = qint64(claims->value(u"auth_time"_s).toDouble(double(now)));
    const QString passcode = body.value(u"passcode"_s).toString();

    // A temporary access code from the help desk: single use, and it only
    // lets the user enroll a new authenticator, which replaces the old one.
    if (method == u"temporary-access") {
        const QJsonObject access = user.value(u"mfa-temporary-access"_s).toObject();
        if (access.isEmpty() || qint64(access.value(u"expires"_s).toDouble()) <= now
            || !crypto::constantTimeEquals(access.value(u"digest"_s).toString().toLatin1(), codeDigest(passcode).toLatin1()))
            return commit(failureOps(*uid, remote) << auditOp(u"mfa.challenge.failed"_s, *uid, *uid, remote, {{u"reason"_s, u"temporary-access"_s}}),
                          errorResponse(422, u"The temporary access code is wrong, expired or already used"_s));
        user.remove(u"mfa-temporary-access"_s);
        const QString token = issueRestrictedToken(*uid, user, false, authTime, true);
        notify(user, u"A temporary access code was used to sign in"_s,
               u"Your temporary access code was just used to sign in to your account, which now sets up a new "
               "authenticator app. If this was not you, tell your help desk at once."_s);
        return commit({{u"user"_s, *uid, user}, revokeOp(*claims), {u"failures"_s, *uid, std::nullopt},
                       auditOp(u"mfa.temporary-access.used"_s, *uid, *uid, remote)},
                      jsonResponse(200, {{u"token"_s, token}}));
    }
    if (!user.value(u"mfa-enrolled"_s).toBool())
        return errorResponse(403, u"Multi-factor authentication is not set up for this user"_s);

    // A recovery code: single use, in place of the authenticator.
    if (method == u"recovery-code") {
        QJsonArray codes = user.value(u"mfa-recovery-codes"_s).toArray();
        const QByteArray digest = codeDigest(passcode).toLatin1();
        qsizetype match = -1;
        for (qsizetype i = 0; i < codes.size(); ++i)
            if (crypto::constantTimeEquals(codes.at(i).toString().toLatin1(), digest))
                match = i;
        if (match < 0)
            return commit(failureOps(*uid, remote) << auditOp(u"mfa.challenge.failed"_s, *uid, *uid, remote, {{u"reason"_s, u"recovery-code"_s}}),
                          errorResponse(422, u"The recovery code is wrong or already used"_s));
        codes.removeAt(match);
        user.insert(u"mfa-recovery-codes"_s, codes);
        Issued issued = issueFullTokens(*uid, user, authTime);
        issued.body.insert(u"recovery-codes-left"_s, int(codes.size()));
        issued.ops.append({u"user"_s, *uid, user});
        issued.ops.append(revokeOp(*claims));
        issued.ops.append({u"failures"_s, *uid, std::nullopt});
        issued.ops.append(auditOp(u"mfa.recovery-code.used"_s, *uid, *uid, remote, {{u"remaining"_s, int(codes.size())}}));
        notify(user, u"A recovery code was used to sign in"_s,
               u"One of your recovery codes was just used to sign in to your account; %1 are left. If this was not you, "
               "tell your help desk at once."_s.arg(codes.size()));
        return commit(issued.ops, jsonResponse(200, issued.body));
    }

    const CodeCheck code = acceptCode(*uid, user, passcode);
    if (code.outcome == CodeCheck::Broken)
        return errorResponse(500, u"Internal error"_s);
    if (code.outcome == CodeCheck::Refused)
        return commit(failureOps(*uid, remote) << auditOp(u"mfa.challenge.failed"_s, *uid, *uid, remote, {{u"reason"_s, u"passcode"_s}}),
                      errorResponse(422, u"The passcode is wrong, expired or already used"_s));

    user.insert(u"mfa-last-step"_s, double(code.step));
    Issued issued = issueFullTokens(*uid, user, authTime);
    issued.ops.append({u"user"_s, *uid, user});
    issued.ops.append(revokeOp(*claims));
    issued.ops.append({u"failures"_s, *uid, std::nullopt});
    issued.ops.append(auditOp(u"mfa.challenge.passed"_s, *uid, *uid, remote));
    return commit(issued.ops, jsonResponse(200, issued.body));
}

PortalApi::CodeCheck PortalApi::acceptCode(const QString &uid, const QJsonObject &user, const QString &passcode) const
{
    const auto secret = m_box.open(user.value(u"mfa-secret"_s).toString().toLatin1(), sealingContext(uid, "active"));
    if (!secret) {
        qCCritical(lcSim) << "stored MFA secret cannot be decrypted for an account";
        return {CodeCheck::Broken, 0};
    }
    const auto step = mfa::verifyTotp(*secret, passcode, m_clock.nowSecs(), paramsOf(user.value(u"mfa-params"_s).toObject()));
    // Each code counts once: a step at or before the last accepted one is a replay.
    if (!step || qint64(*step) <= qint64(user.value(u"mfa-last-step"_s).toDouble()))
        return {CodeCheck::Refused, 0};
    return {CodeCheck::Accepted, *step};
}

std::variant<QList<SimStore::Op>, ApiResponse> PortalApi::stepUp(const Caller &caller, const ApiRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool enrolled = caller.user.value(u"mfa-enrolled"_s).toBool();
    // Without a factor of their own, the password is all a caller can give.
    if (!body.value(u"password"_s).isString() || (enrolled && !body.value(u"passcode"_s).isString()))
    {
        ApiResponse r = errorResponse(403, enrolled ? u"This change needs your password and a current code from your authenticator app"_s
                                                    : u"This change needs your password"_s);
        QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        answer.insert(u"step-up-required"_s, true);
        r.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
        return r;
    }
    if (auto locked = lockedOut(caller.uid))
        return *locked;
    const auto verified = verifySlowHash(body.value(u"password"_s).toString().toUtf8(),
                                         caller.user.value(u"password-hash"_s).toString().toLatin1());
    if (!verified)
        return deferred();
    if (!*verified)
        return commit(failureOps(caller.uid, request.remote)
                          << auditOp(u"mfa.step-up.failed"_s, caller.uid, caller.uid, request.remote, {{u"reason"_s, u"password"_s}}),
                      errorResponse(409, u"Conflict: the password is incorrect"_s));
    if (!enrolled)
        return QList<SimStore::Op>{{u"failures"_s, caller.uid, std::nullopt}};
    const CodeCheck code = acceptCode(caller.uid, caller.user, body.value(u"passcode"_s).toString());
    if (code.outcome == CodeCheck::Broken)
        return errorResponse(500, u"Internal error"_s);
    if (code.outcome == CodeCheck::Refused)
        return commit(failureOps(caller.uid, request.remote)
                          << auditOp(u"mfa.step-up.failed"_s, caller.uid, caller.uid, request.remote, {{u"reason"_s, u"passcode"_s}}),
                      errorResponse(422, u"The passcode is wrong, expired or already used"_s));
    QJsonObject user = caller.user;
    user.insert(u"mfa-last-step"_s, double(code.step));
    return QList<SimStore::Op>{{u"user"_s, caller.uid, user}, {u"failures"_s, caller.uid, std::nullopt}};
}

ApiResponse PortalApi::refreshGrant(const QJsonObject &body, const QString &remote)
{
    // A stolen refresh token alone is not enough: the client proves itself too.
    if (!requireStrings(body, {u"client_id", u"client_secret", u"refresh"}))
        return errorResponse(400, u"client_id, client_secret and refresh are required"_s);
    if (auto refused = checkClient(body, remote))
        return *refused;
    const auto claims = m_jwt.verify(body.value(u"refresh"_s).toString());
    const qint64 now = m_clock.nowSecs();
    const QString jti = claims ? claims->value(u"jti"_s).toString() : QString();
    if (!claims || claims->value(u"token_use"_s).toString() != u"refresh"
        || qint64(claims->value(u"exp"_s).toDouble()) <= now || !m_store.get(u"refresh"_s, jti))
        return errorResponse(401, u"Invalid or expired refresh token"_s);
    const QString uid = claims->value(u"sub"_s).toString();
    const auto user = m_store.get(u"user"_s, uid);
    if (!user || !isCurrentGeneration(*claims, *user))
        return errorResponse(401, u"Invalid or expired refresh token"_s);
    // The sign-in's absolute lifetime (tokens from before auth_time existed
    // count from when they were issued).
    const qint64 authTime = qint64(claims->value(u"auth_time"_s).toDouble(claims->value(u"iat"_s).toDouble()));
    if (now >= authTime + m_options.sessionLifetimeSecs)
        return errorResponse(401, u"The sign-in has expired; sign in again"_s);
    // The enrollment deadline has passed: the next sign-in enrolls. (A
    // stock portal has no such rule: its users enroll in its web portal.)
    if (!m_options.netsapiensStrict && user->value(u"mfa-required"_s).toBool() && !user->value(u"mfa-enrolled"_s).toBool()
        && !inEnrollmentGrace(*user))
        return errorResponse(401, u"Multi-factor authentication must be set up; sign in again"_s);
    Issued issued = issueFullTokens(uid, *user, authTime);
    issued.ops.append({u"refresh"_s, jti, std::nullopt}); // single use
    return commit(issued.ops, jsonResponse(200, issued.body));
}

ApiResponse PortalApi::deleteJwt(const Caller &caller)
{
    QList<SimStore::Op> ops{revokeOp(caller.claims)};
    const QString sid = caller.claims.value(u"sid"_s).toString();
    const qint64 now = m_clock.nowSecs();
    const auto &refresh = m_store.all(u"refresh"_s);
    for (auto it = refresh.cbegin(); it != refresh.cend(); ++it) {
        if ((!sid.isEmpty() && it->value(u"sid"_s).toString() == sid) || qint64(it->value(u"exp"_s).toDouble()) <= now)
            ops.append({u"refresh"_s, it.key(), std::nullopt});
    }
    // Revocations only matter until the token would have expired anyway.
    const auto &revoked = m_store.all(u"revoked"_s);
    for (auto it = revoked.cbegin(); it != revoked.cend(); ++it) {
        if (qint64(it->value(u"exp"_s).toDouble()) <= now)
            ops.append({u"revoked"_s, it.key(), std::nullopt});
    }
    return commit(ops, jsonResponse(202, {{u"code"_s, 202}, {u"message"_s, u"Accepted"_s}}));
}

std::optional<ApiResponse> PortalApi::refuseEnrollment(const Caller &caller) const
{
    // After a temporary access code the old factor stays until the new one
    // is activated.
    const bool replacing = caller.restricted && caller.claims.value(u"mfa_via"_s) == u"temporary-access"_s;
    if (caller.user.value(u"mfa-enrolled"_s).toBool() && !replacing)
        return errorResponse(409, u"Multi-factor authentication is already set up"_s);
    const bool toEnroll = caller.restricted && caller.claims.value(u"mfa_enrolled"_s) == QJsonValue(false);
    // Before the domain's deadline, a user who must enroll does it from a
    // full sign-in.
    const bool inGrace = !caller.restricted && inEnrollmentGrace(caller.user);
    if (!toEnroll && !inGrace)
        return errorResponse(403, u"This sign-in has no MFA enrollment to complete"_s);
    return std::nullopt;
}

ApiResponse PortalApi::startEnrollment(const Caller &caller, const QString &remote)
{
    if (auto refused = refuseEnrollment(caller))
        return *refused;

    QJsonObject user = caller.user;
    const qint64 now = m_clock.nowSecs();
    QJsonObject pending = user.value(u"mfa-pending"_s).toObject();
    // A pending key belongs to the sign-in that asked for it: another
    // sign-in of the same account gets a key of its own, which replaces it,
    // so a key seen by one sign-in never activates through another.
    const QString sid = caller.claims.value(u"sid"_s).toString();
    std::optional<QByteArray> secret;
    QList<SimStore::Op> ops;
    if (!pending.isEmpty() && qint64(pending.value(u"expires"_s).toDouble()) > now && !sid.isEmpty()
        && pending.value(u"sid"_s).toString() == sid)
        secret = m_box.open(pending.value(u"secret"_s).toString().toLatin1(), sealingContext(caller.uid, "pending"));
    if (!secret) {
        // A new key only when none is pending for this sign-in: asking
        // again after a typo must not force the user to scan again.
        secret = crypto::randomBytes(SecretBytes);
        pending = {{u"secret"_s, QString::fromLatin1(m_box.seal(*secret, sealingContext(caller.uid, "pending")))},
                   {u"sid"_s, sid},
                   {u"expires"_s, double(now + m_options.enrollmentSecs)},
                   {u"algorithm"_s, u"SHA1"_s},
                   {u"digits"_s, 6},
                   {u"period"_s, 30}};
        user.insert(u"mfa-pending"_s, pending);
        ops = {{u"user"_s, caller.uid, user}, auditOp(u"mfa.enrollment.started"_s, caller.uid, caller.uid, remote)};
    }
    mfa::OtpauthUri key;
    key.issuer = m_options.issuer;
    key.account = user.value(u"login-username"_s).toString();
    key.secret = *secret;
    key.parameters = paramsOf(pending);
    const QJsonObject body{
        {u"secret"_s, QString::fromLatin1(key.secretBase32())},
        {u"otpauth-uri"_s, key.toString()},
        {u"issuer"_s, key.issuer},
        {u"account"_s, key.account},
        {u"algorithm"_s, mfa::algorithmName(key.parameters.algorithm)},
        {u"digits"_s, key.parameters.digits},
        {u"period"_s, key.parameters.period},
        {u"expires-datetime"_s, utc::fromSecs(qint64(pending.value(u"expires"_s).toDouble())).toString(Qt::ISODate)}};
    return commit(ops, jsonResponse(201, body));
}

ApiResponse PortalApi::activate(const Caller &caller, const ApiRequest &request)
{
    if (auto refused = refuseEnrollment(caller))
        return *refused;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (!requireStrings(body, {u"passcode", u"password"}))
        return errorResponse(400, u"passcode and password are required"_s);
    QJsonObject user = caller.user;
    if (auto locked = lockedOut(caller.uid))
        return *locked;

    const qint64 now = m_clock.nowSecs();
    const QJsonObject pending = user.value(u"mfa-pending"_s).toObject();
    if (pending.isEmpty() || qint64(pending.value(u"expires"_s).toDouble()) <= now
        || pending.value(u"sid"_s).toString() != caller.claims.value(u"sid"_s).toString())
        return errorResponse(410, u"No MFA enrollment is pending; start again"_s);
    const auto secret = m_box.open(pending.value(u"secret"_s).toString().toLatin1(), sealingContext(caller.uid, "pending"));
    if (!secret)
        return errorResponse(410, u"No MFA enrollment is pending; start again"_s);

    const auto verified = verifySlowHash(body.value(u"password"_s).toString().toUtf8(),
                                         user.value(u"password-hash"_s).toString().toLatin1());
    if (!verified)
        return deferred();
    if (!*verified)
        return commit(failureOps(caller.uid, request.remote) << auditOp(u"mfa.activate.failed"_s, caller.uid, caller.uid, request.remote, {{u"reason"_s, u"password"_s}}),
                      errorResponse(409, u"Conflict: the password is incorrect"_s));
    const mfa::TotpParameters params = paramsOf(pending);
    const auto step = mfa::verifyTotp(*secret, body.value(u"passcode"_s).toString(), now, params);
    if (!step)
        return commit(failureOps(caller.uid, request.remote) << auditOp(u"mfa.activate.failed"_s, caller.uid, caller.uid, request.remote, {{u"reason"_s, u"passcode"_s}}),
                      errorResponse(422, u"The passcode is wrong or expired"_s));

    const bool replaced = user.value(u"mfa-enrolled"_s).toBool();
    user.remove(u"mfa-pending"_s);
    user.remove(u"mfa-temporary-access"_s);
    user.insert(u"mfa-enrolled"_s, true);
    user.insert(u"mfa-enrolled-datetime"_s, m_clock.now().toString(Qt::ISODate));
    user.insert(u"mfa-secret"_s, QString::fromLatin1(m_box.seal(*secret, sealingContext(caller.uid, "active"))));
    user.insert(u"mfa-params"_s, QJsonObject{{u"algorithm"_s, mfa::algorithmName(params.algorithm)},
                                              {u"digits"_s, params.digits},
                                              {u"period"_s, params.period}});
    user.insert(u"mfa-last-step"_s, double(*step)); // the activation code cannot sign in again
    // Ten single-use codes for the day the phone is lost, shown this once.
    const QStringList recovery = newRecoveryCodes(user);
    Issued issued = issueFullTokens(caller.uid, user, qint64(caller.claims.value(u"auth_time"_s).toDouble(double(now))));
    issued.body.insert(u"recovery-codes"_s, QJsonArray::fromStringList(recovery));
    notify(user, replaced ? u"A new authenticator app was set up for your account"_s
                          : u"Multi-factor authentication was set up for your account"_s,
           replaced ? u"A new authenticator app now gives the codes for your account; the previous one no longer "
                      "works. If this was not you, tell your help desk at once."_s
                    : u"Your account now asks for a code from your authenticator app at every sign-in. If this was "
                      "not you, tell your help desk at once."_s);
    issued.ops.append({u"user"_s, caller.uid, user});
    issued.ops.append(revokeOp(caller.claims));
    issued.ops.append({u"failures"_s, caller.uid, std::nullopt});
    issued.ops.append(auditOp(u"mfa.enrolled"_s, caller.uid, caller.uid, request.remote,
                              replaced ? QJsonObject{{u"replaced"_s, true}} : QJsonObject{}));
    return commit(issued.ops, jsonResponse(200, issued.body));
}

} // namespace pbx::sim
