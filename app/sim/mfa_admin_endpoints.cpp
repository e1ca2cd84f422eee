// Help-desk MFA administration: require or stop requiring MFA, reset a
// user's factor, a domain's policy, and the audit log.
#include "audit_record.h"
#include "common/utc.h"
#include "portal/user_scopes.h"
#include "portal_api.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pbx::sim {

namespace {

// Office managers manage their own domain, resellers their territory
// (lowest first).
const QStringList &ManagingScopes = scopes::managers();

QDateTime parseQueryDate(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = utc::at(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    return utc::assumingUtc(t);
}

} // namespace

bool PortalApi::canManageDomain(const Caller &caller, const QString &domain) const
{
    return ManagingScopes.contains(caller.user.value(u"user-scope"_s).toString()) && canSeeDomain(caller, domain);
}

namespace {
// Super User above Reseller, above Office Manager, above everyone else.
int scopeRank(const QJsonObject &user)
{
    const QString scope = user.value(u"user-scope"_s).toString();
    const qsizetype i = ManagingScopes.indexOf(scope);
    return i < 0 ? 0 : int(i) + 1;
}
} // namespace

std::variant<QJsonObject, ApiResponse> PortalApi::userInScope(const Caller &caller, const QString &domain,
                                                              const QString &user) const
{
    const QString uid = user + u'@' + domain;
    const bool self = uid == caller.uid;
    if (!self && !canManageDomain(caller, domain))
        return errorResponse(403, u"Domain not found or access denied"_s);
    auto record = m_store.get(u"user"_s, uid);
    if (!record)
        return errorResponse(404, u"User not found"_s);
    // Nobody administers a peer or a superior: an office manager cannot
    // reset another office manager, a reseller cannot lift a reseller's MFA.
    if (!self && scopeRank(caller.user) <= scopeRank(*record))
        return errorResponse(403, u"Your scope does not allow changing this account's MFA"_s);
    return *record;
}

std::variant<PortalApi::Administered, ApiResponse> PortalApi::administeredUser(const Caller &caller, const QString &domain,
                                                                  const QString &user, const ApiRequest &request)
{
    auto inScope = userInScope(caller, domain, user);
    if (auto *refused = std::get_if<ApiResponse>(&inScope))
        return *refused;
    const bool self = user + u'@' + domain == caller.uid;
    Administered out{std::get<QJsonObject>(std::move(inScope)), {}};
    // One's own factor, and an administrator's, are changed only with the
    // caller's password and current code: a stolen token is not enough.
    if (self || scopeRank(out.record) > 0) {
        auto proof = stepUp(caller, request);
        if (auto *refused = std::get_if<ApiResponse>(&proof))
            return *refused;
        for (SimStore::Op &op : std::get<QList<SimStore::Op>>(proof)) {
            // The caller's own record, with the code's step, is the one to change.
            if (self && op.kind == u"user")
                out.record = *op.value;
            else
                out.proofOps.append(std::move(op));
        }
    }
    return out;
}

ApiResponse PortalApi::setMfaRequired(const Caller &caller, const QString &domain, const QString &user,
                                      const ApiRequest &request)
{
    const QJsonValue required = QJsonDocument::fromJson(request.body).object().value(u"mfa-required"_s);
    if (!required.isBool())
        return errorResponse(400, u"mfa-required must be true or false"_s);
    const QString uid = user + u'@' + domain;
    if (uid == caller.uid && !required.toBool())
        return errorResponse(403, u"Nobody can lift their own MFA requirement"_s);
    auto target = administeredUser(caller, domain, user, request);
    if (auto *refused = std::get_if<ApiResponse>(&target))
        return *refused;
    auto [record, ops] = std::get<Administered>(std::move(target));
    if (record.value(u"mfa-required"_s).toBool() == required.toBool()) {
        if (uid == caller.uid)
            ops.append({u"user"_s, uid, record}); // the code's step, so it cannot be used again
        return commit(ops, jsonResponse(200, publicUser(record))); // nothing to change, nothing to audit
    }
    record.insert(u"mfa-required"_s, required.toBool());
    // A user who must enroll and has not keeps no full sign-in: their
    // tokens and refresh tokens stop working, and the next sign-in enrolls
    // (before the domain's deadline, they keep signing in fully).
    if (required.toBool() && !record.value(u"mfa-enrolled"_s).toBool() && !inEnrollmentGrace(record))
        endSessions(record);
    ops.append({u"user"_s, uid, record});
    ops.append(auditOp(required.toBool() ? u"mfa.required"_s : u"mfa.not-required"_s, caller.uid, uid, request.remote));
    return commit(ops, jsonResponse(200, publicUser(record)));
}

ApiResponse PortalApi::resetMfa(const Caller &caller, const QString &domain, const QString &user, const ApiRequest &request)
{
    auto target = administeredUser(caller, domain, user, request);
    if (auto *refused = std::get_if<ApiResponse>(&target))
        return *refused;
    auto [record, ops] = std::get<Administered>(std::move(target));
    const QString uid = user + u'@' + domain;
    // The factor is gone and the user must enroll again at the next
    // sign-in; every token they hold stops working now.
    for (const QString &key : {u"mfa-secret"_s, u"mfa-params"_s, u"mfa-pending"_s, u"mfa-last-step"_s,
                               u"mfa-enrolled-datetime"_s, u"mfa-recovery-codes"_s, u"mfa-temporary-access"_s})
        record.remove(key);
    record.insert(u"mfa-enrolled"_s, false);
    record.insert(u"mfa-required"_s, true);
    endSessions(record);
    ops.append({u"user"_s, uid, record});
    ops.append(auditOp(u"mfa.reset"_s, caller.uid, uid, request.remote));
    notify(record, u"Multi-factor authentication was reset for your account"_s,
           u"Your help desk reset multi-factor authentication for your account: your authenticator app no longer "
           "gives its codes, and your recovery codes no longer work. You will set it up again at your next sign-in. If "
           "you did not ask for this, tell your help desk at once."_s);
    return commit(ops, jsonResponse(200, publicUser(record)));
}

ApiResponse PortalApi::unlockAccount(const Caller &caller, const QString &domain, const QString &user,
                                     const ApiRequest &request)
{
    const QString uid = user + u'@' + domain;
    // A locked-out user cannot unlock themselves.
    if (uid == caller.uid)
        return errorResponse(403, u"An administrator must unlock this account"_s);
    auto target = administeredUser(caller, domain, user, request);
    if (auto *refused = std::get_if<ApiResponse>(&target))
        return *refused;
    auto [record, ops] = std::get<Administered>(std::move(target));
    if (!m_store.get(u"failures"_s, uid))
        return commit(ops, jsonResponse(200, publicUser(record)));
    ops.append({u"failures"_s, uid, std::nullopt});
    ops.append(auditOp(u"account.unlocked"_s, caller.uid, uid, request.remote));
    // The record as it is once unlocked: the lock is read from the store.
    if (const ApiResponse saved = commit(ops, jsonResponse(200, {})); saved.status != 200)
        return saved;
    return jsonResponse(200, publicUser(record));
}

ApiResponse PortalApi::setMfaPolicy(const Caller &caller, const QString &domain, const ApiRequest &request)
{
    if (!canManageDomain(caller, domain))
        return errorResponse(403, u"Domain not found or access denied"_s);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QJsonObject domainRecord = m_store.get(u"domain"_s, domain).value_or(QJsonObject());
    // Either part may come alone; what is not given stays as it was.
    const QJsonValue scopes = body.contains(u"mfa-required-scopes"_s) ? body.value(u"mfa-required-scopes"_s)
                                                                     : domainRecord.value(u"mfa-required-scopes"_s);
    if (!scopes.isArray() && !(scopes.isUndefined() && body.contains(u"mfa-deadline-datetime"_s)))
        return errorResponse(400, u"mfa-required-scopes must be a list of scopes"_s);
    QStringList required;
    for (const QJsonValue &v : scopes.toArray()) {
        if (!v.isString())
            return errorResponse(400, u"mfa-required-scopes must be a list of scopes"_s);
        required << v.toString();
    }
    if (body.contains(u"mfa-deadline-datetime"_s)) {
        const QJsonValue deadline = body.value(u"mfa-deadline-datetime"_s);
        const QDateTime at = QDateTime::fromString(deadline.toString(), Qt::ISODate);
        if (deadline.isNull())
            domainRecord.remove(u"mfa-deadline-datetime"_s);
        else if (!deadline.isString() || !at.isValid() || at.timeSpec() == Qt::LocalTime)
            return errorResponse(400, u"mfa-deadline-datetime must be an ISO 8601 date and time with its offset, or null"_s);
        else
            domainRecord.insert(u"mfa-deadline-datetime"_s, at.toUTC().toString(Qt::ISODate));
    }
    const bool grace = QDateTime::fromString(domainRecord.value(u"mfa-deadline-datetime"_s).toString(), Qt::ISODate)
                           .toSecsSinceEpoch() > m_clock.nowSecs();
    QList<SimStore::Op> ops;
    for (const QString &uid : m_store.keysWhere(u"user"_s, domain)) {
        QJsonObject changed = *m_store.get(u"user"_s, uid);
        if (changed.value(u"mfa-required"_s).toBool() || !required.contains(changed.value(u"user-scope"_s).toString()))
            continue;
        changed.insert(u"mfa-required"_s, true);
        if (!changed.value(u"mfa-enrolled"_s).toBool() && !grace)
            endSessions(changed);
        ops.append({u"user"_s, uid, changed});
    }
    const int affected = int(ops.size());
    domainRecord.insert(u"mfa-required-scopes"_s, QJsonArray::fromStringList(required));
    ops.append({u"domain"_s, domain, domainRecord});
    QJsonObject details{{u"mfa-required-scopes"_s, QJsonArray::fromStringList(required)}, {u"affected"_s, affected}};
    if (domainRecord.contains(u"mfa-deadline-datetime"_s))
        details.insert(u"mfa-deadline-datetime"_s, domainRecord.value(u"mfa-deadline-datetime"_s));
    SimStore::Op event = auditOp(u"mfa.policy"_s, caller.uid, caller.uid, request.remote, details);
    event.value->insert(u"target-domain"_s, domain); // the domain is the target, not a user
    event.value->insert(u"target-user"_s, QString());
    event.value->insert(u"target-object"_s, u"domain"_s);
    ops.append(event);
    QJsonObject answer{{u"domain"_s, domain},
                       {u"mfa-required-scopes"_s, QJsonArray::fromStringList(required)},
                       {u"affected"_s, affected}};
    if (domainRecord.contains(u"mfa-deadline-datetime"_s))
        answer.insert(u"mfa-deadline-datetime"_s, domainRecord.value(u"mfa-deadline-datetime"_s));
    return commit(ops, jsonResponse(200, answer));
}

ApiResponse PortalApi::auditLog(const Caller &caller, const QUrlQuery &query)
{
    if (!ManagingScopes.contains(caller.user.value(u"user-scope"_s).toString()))
        return errorResponse(403, u"Access denied"_s);
    const QDateTime from = query.hasQueryItem(u"datetime-start"_s) ? parseQueryDate(query.queryItemValue(u"datetime-start"_s)) : QDateTime();
    const QDateTime to = query.hasQueryItem(u"datetime-end"_s) ? parseQueryDate(query.queryItemValue(u"datetime-end"_s)) : QDateTime();
    if ((query.hasQueryItem(u"datetime-start"_s) && !from.isValid()) || (query.hasQueryItem(u"datetime-end"_s) && !to.isValid()))
        return errorResponse(400, u"datetime-start and datetime-end take ISO 8601 dates"_s);
    const QString domain = query.queryItemValue(u"target-domain"_s);
    const QString user = query.queryItemValue(u"target-user"_s);
    const QString action = query.queryItemValue(u"action-type"_s);
    if (!domain.isEmpty() && !canSeeDomain(caller, domain))
        return errorResponse(403, u"Domain not found or access denied"_s);
    QJsonArray out;
    // Keys sort by when events happened (auditRecord()): read only the
    // range asked. Timestamps are whole seconds, so an event counts from
    // the first whole second at or after `from` to the last at or before
    // `to`, as comparing its timestamp would.
    const auto &events = m_store.all(u"audit"_s);
    const qint64 second = 1000;
    const auto first = from.isValid()
        ? events.lowerBound(auditKeyFrom((from.toMSecsSinceEpoch() + second - 1) / second * second))
        : events.cbegin();
    if (from.isValid() && to.isValid() && to < from)
        return {200, "[]", {}};
    const auto end = to.isValid() ? events.lowerBound(auditKeyFrom((to.toMSecsSinceEpoch() / second + 1) * second))
                                  : events.cend();
    for (auto it = first; it != end; ++it) {
        const QJsonObject &e = it.value();
        const QString eventDomain = e.value(u"target-domain"_s).toString();
        // Only what the caller's scope reaches.
        if (eventDomain.isEmpty() || !canSeeDomain(caller, eventDomain))
            continue;
        if ((!domain.isEmpty() && eventDomain != domain) || (!user.isEmpty() && e.value(u"target-user"_s).toString() != user)
            || (!action.isEmpty() && e.value(u"action-type"_s).toString() != action))
            continue;
        out.append(e);
    }
    return {200, QJsonDocument(out).toJson(QJsonDocument::Compact), {}};
}

} // namespace pbx::sim
