// Getting users enrolled and back in: temporary access codes, reminders and
// recovery codes (docs/portal-api.md, "Help desk").
#include "portal_api.h"

#include "common/utc.h"
#include "crypto/hmac.h"
#include "crypto/random_bytes.h"
#include "portal/portal_types.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pbx::sim {

namespace {

// No 0/O, 1/I/L: read out over the phone, a code must not be misheard.
constexpr char CodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int AlphabetSize = sizeof(CodeAlphabet) - 1;
// 12 characters of 31: 59 bits, for codes that are used once.
constexpr int CodeLength = 12;
constexpr int RecoveryCodeCount = 10;
constexpr int DefaultLifetimeMinutes = TemporaryAccessCode::DefaultLifetimeMinutes;
constexpr int MinLifetimeMinutes = TemporaryAccessCode::MinLifetimeMinutes;
constexpr int MaxLifetimeMinutes = TemporaryAccessCode::MaxLifetimeMinutes;

QString expiry(qint64 secs)
{
    return utc::fromSecs(secs).toString(Qt::ISODate);
}

} // namespace

QString PortalApi::newCode()
{
    QString code;
    while (code.size() < CodeLength) {
        // Rejection sampling: bytes past the last whole multiple of the
        // alphabet would favour its first letters.
        for (const char b : crypto::randomBytes(CodeLength * 2)) {
            const auto v = static_cast<unsigned char>(b);
            if (v < (256 / AlphabetSize) * AlphabetSize && code.size() < CodeLength)
                code += QLatin1Char(CodeAlphabet[v % AlphabetSize]);
        }
    }
    return code;
}

QString PortalApi::codeDigest(const QString &code) const
{
    // As people type it: any case, with spaces or dashes between groups.
    QString normalized = code.toUpper();
    normalized.remove(u' ').remove(u'-');
    // The codes are random and short-lived or single use: a keyed digest,
    // whose key is not in the store, keeps them out of it without the slow
    // hash a password needs.
    return QString::fromLatin1(crypto::hmac(crypto::HashAlgorithm::Sha256, m_codeDigestKey, normalized.toUtf8()).toHex());
}

QStringList PortalApi::newRecoveryCodes(QJsonObject &user) const
{
    QStringList codes;
    QJsonArray digests;
    for (int i = 0; i < RecoveryCodeCount; ++i) {
        codes << newCode();
        digests.append(codeDigest(codes.last()));
    }
    user.insert(u"mfa-recovery-codes"_s, digests);
    return codes;
}

ApiResponse PortalApi::issueTemporaryAccess(const Caller &caller, const QString &domain, const QString &user,
                                            const ApiRequest &request)
{
    const QString uid = user + u'@' + domain;
    // The help desk gives users a way in; nobody gives one to themselves.
    if (uid == caller.uid)
        return errorResponse(403, u"Nobody can issue a temporary access code for their own account"_s);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QJsonValue lifetime = body.value(u"lifetime-minutes"_s);
    const double minutes = lifetime.isUndefined() ? DefaultLifetimeMinutes : lifetime.toDouble(-1);
    if (!(minutes >= MinLifetimeMinutes && minutes <= MaxLifetimeMinutes) || minutes != qint64(minutes))
        return errorResponse(400, u"lifetime-minutes must be a whole number from %1 to %2"_s.arg(MinLifetimeMinutes)
                                       .arg(MaxLifetimeMinutes));
    const QJsonValue reason = body.value(u"reason"_s);
    if (!reason.isUndefined() && (!reason.isString() || reason.toString().size() > 500))
        return errorResponse(400, u"reason must be text of at most 500 characters"_s);
    auto target = administeredUser(caller, domain, user, request);
    if (auto *refused = std::get_if<ApiResponse>(&target))
        return *refused;
    auto [record, ops] = std::get<Administered>(std::move(target));
    const QString code = newCode();
    const qint64 expires = m_clock.nowSecs() + qint64(minutes) * 60;
    // A new code replaces the one before.
    record.insert(u"mfa-temporary-access"_s, QJsonObject{{u"digest"_s, codeDigest(code)},
                                                         {u"expires"_s, double(expires)},
                                                         {u"issued-by"_s, caller.uid}});
    ops.append({u"user"_s, uid, record});
    QJsonObject details{{u"lifetime-minutes"_s, int(minutes)}, {u"expires-datetime"_s, expiry(expires)}};
    if (!reason.toString().isEmpty())
        details.insert(u"reason"_s, reason.toString());
    ops.append(auditOp(u"mfa.temporary-access.issued"_s, caller.uid, uid, request.remote, details));
    notify(record, u"A temporary access code was issued for your account"_s,
           u"Your help desk issued a temporary access code for your account, valid until %1. With it you can sign "
           "in once and set up a new authenticator app. The help desk gives you the code itself; nobody else will ask "
           "you for it. If you did not ask for one, tell your help desk."_s.arg(expiry(expires)));
    return commit(ops, jsonResponse(201, {{u"code"_s, code}, {u"expires-datetime"_s, expiry(expires)}}));
}

ApiResponse PortalApi::cancelTemporaryAccess(const Caller &caller, const QString &domain, const QString &user,
                                             const ApiRequest &request)
{
    const QString uid = user + u'@' + domain;
    if (uid == caller.uid)
        return errorResponse(403, u"Nobody can issue a temporary access code for their own account"_s);
    auto target = administeredUser(caller, domain, user, request);
    if (auto *refused = std::get_if<ApiResponse>(&target))
        return *refused;
    auto [record, ops] = std::get<Administered>(std::move(target));
    if (record.contains(u"mfa-temporary-access"_s)) {
        record.remove(u"mfa-temporary-access"_s);
        ops.append({u"user"_s, uid, record});
        ops.append(auditOp(u"mfa.temporary-access.cancelled"_s, caller.uid, uid, request.remote));
    }
    return commit(ops, jsonResponse(200, publicUser(record)));
}

ApiResponse PortalApi::sendReminder(const Caller &caller, const QString &domain, const QString &user,
                                    const ApiRequest &request)
{
    // A reminder changes nothing: the scope rule, without a step-up.
    auto target = userInScope(caller, domain, user);
    if (auto *refused = std::get_if<ApiResponse>(&target))
        return *refused;
    const QJsonObject record = std::get<QJsonObject>(std::move(target));
    if (user + u'@' + domain == caller.uid)
        return errorResponse(403, u"Reminders are for other users"_s);
    if (record.value(u"mfa-enrolled"_s).toBool())
        return errorResponse(409, u"This user has already set up multi-factor authentication"_s);
    const auto deadline = enrollmentDeadline(record);
    notify(record, u"Reminder: set up multi-factor authentication"_s,
           (deadline ? u"Your account must be protected by multi-factor authentication by %1. "_s.arg(deadline->toString(Qt::ISODate))
                     : u"Your account must be protected by multi-factor authentication. "_s)
               + u"At your next sign-in you will be shown a QR code to scan with an authenticator app on your phone, "
                 "such as Google Authenticator, Microsoft Authenticator or FreeOTP."_s);
    return commit({auditOp(u"mfa.reminder"_s, caller.uid, user + u'@' + domain, request.remote)}, jsonResponse(202, {{u"code"_s, 202}, {u"message"_s, u"Accepted"_s}}));
}

ApiResponse PortalApi::replaceRecoveryCodes(const Caller &caller, const ApiRequest &request)
{
    if (!caller.user.value(u"mfa-enrolled"_s).toBool())
        return errorResponse(409, u"Multi-factor authentication is not set up for this account"_s);
    auto proof = stepUp(caller, request);
    if (auto *refused = std::get_if<ApiResponse>(&proof))
        return *refused;
    QList<SimStore::Op> ops = std::get<QList<SimStore::Op>>(std::move(proof));
    QJsonObject record = caller.user;
    for (const SimStore::Op &op : ops)
        if (op.kind == u"user")
            record = *op.value; // with the code's step, so it cannot be used again
    const QStringList codes = newRecoveryCodes(record);
    ops.removeIf([](const SimStore::Op &op) { return op.kind == u"user"; });
    ops.append({u"user"_s, caller.uid, record});
    ops.append(auditOp(u"mfa.recovery-codes.replaced"_s, caller.uid, caller.uid, request.remote));
    return commit(ops, jsonResponse(200, {{u"recovery-codes"_s, QJsonArray::fromStringList(codes)}}));
}

} // namespace pbx::sim
