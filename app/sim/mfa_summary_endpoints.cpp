// How far along with MFA each domain is: our extension's summaries
// (docs/portal-api.md, "MFA summaries"), counted from each domain's users.
#include "portal_api.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pbx::sim {

QJsonObject PortalApi::summaryOf(const QString &domain) const
{
    const QDateTime deadline = QDateTime::fromString(
        m_store.get(u"domain"_s, domain).value_or(QJsonObject()).value(u"mfa-deadline-datetime"_s).toString(),
        Qt::ISODate);
    const bool pastDeadline = deadline.isValid() && deadline.toSecsSinceEpoch() <= m_clock.nowSecs();
    int users = 0, enrolled = 0, pending = 0, notRequired = 0, overdue = 0, locked = 0;
    for (const QString &uid : m_store.keysWhere(u"user"_s, domain)) {
        const QJsonObject user = *m_store.get(u"user"_s, uid);
        ++users;
        // The same states a user's record reports (publicUser()).
        if (user.value(u"mfa-enrolled"_s).toBool()) {
            ++enrolled;
        } else if (user.value(u"mfa-required"_s).toBool()) {
            ++pending;
            overdue += pastDeadline;
        } else {
            ++notRequired;
        }
        locked += lockOf(uid).has_value();
    }
    return {{u"domain"_s, domain},     {u"users"_s, users},       {u"enrolled"_s, enrolled}, {u"pending"_s, pending},
            {u"not-required"_s, notRequired}, {u"overdue"_s, overdue}, {u"locked"_s, locked}};
}

ApiResponse PortalApi::domainMfaSummary(const Caller &caller, const QString &domain)
{
    if (!canSeeDomain(caller, domain))
        return errorResponse(403, u"Domain not found or access denied"_s);
    return jsonResponse(200, summaryOf(domain));
}

ApiResponse PortalApi::mfaSummaries(const Caller &caller)
{
    QJsonArray out;
    const auto &domains = m_store.all(u"domain"_s);
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        if (canSeeDomain(caller, it.key()))
            out.append(summaryOf(it.key()));
    }
    // As GET /domains: a scope that reaches no domain is refused.
    if (out.isEmpty())
        return errorResponse(403, u"Domain not found or access denied"_s);
    return {200, QJsonDocument(out).toJson(QJsonDocument::Compact), {}};
}

} // namespace pbx::sim
