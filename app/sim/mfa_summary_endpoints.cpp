// How far along with MFA each domain is: our extension's summaries
// (docs/portal-api.md, "MFA summaries"), counted from each domain's users.
#include "portal_api.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pbx::sim {

QHash<QString, int> PortalApi::lockedByDomain(const QString &only) const
{
    QHash<QString, int> locked;
    const auto &failures = m_store.all(u"failures"_s);
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        if (!lockOf(it.key()))
            continue;
        // Failures of unknown sign-in names belong to no domain.
        const auto user = m_store.get(u"user"_s, it.key());
        if (!user)
            continue;
        const QString domain = user->value(u"domain"_s).toString();
        if (only.isEmpty() || domain == only)
            ++locked[domain];
    }
    return locked;
}

const PortalApi::DomainCounts &PortalApi::countsOf(const QString &domain) const
{
    const quint64 revision = m_store.revisionOf(u"user"_s, domain);
    DomainCounts &counts = m_domainCounts[domain];
    if (counts.revision == revision && revision != 0)
        return counts;
    counts = DomainCounts{revision};
    for (const QString &uid : m_store.keysWhere(u"user"_s, domain)) {
        const QJsonObject user = *m_store.get(u"user"_s, uid);
        ++counts.users;
        // The same states a user's record reports (publicUser()).
        if (user.value(u"mfa-enrolled"_s).toBool())
            ++counts.enrolled;
        else if (user.value(u"mfa-required"_s).toBool())
            ++counts.pending;
        else
            ++counts.notRequired;
    }
    return counts;
}

QJsonObject PortalApi::summaryOf(const QString &domain, int locked) const
{
    const DomainCounts &counts = countsOf(domain);
    // The deadline passes with time, not with a change: read at each ask.
    const QDateTime deadline = QDateTime::fromString(
        m_store.get(u"domain"_s, domain).value_or(QJsonObject()).value(u"mfa-deadline-datetime"_s).toString(),
        Qt::ISODate);
    const bool pastDeadline = deadline.isValid() && deadline.toSecsSinceEpoch() <= m_clock.nowSecs();
    return {{u"domain"_s, domain},
            {u"users"_s, counts.users},
            {u"enrolled"_s, counts.enrolled},
            {u"pending"_s, counts.pending},
            {u"not-required"_s, counts.notRequired},
            {u"overdue"_s, pastDeadline ? counts.pending : 0},
            {u"locked"_s, locked}};
}

ApiResponse PortalApi::domainMfaSummary(const Caller &caller, const QString &domain)
{
    if (!canSeeDomain(caller, domain))
        return errorResponse(403, u"Domain not found or access denied"_s);
    return jsonResponse(200, summaryOf(domain, lockedByDomain(domain).value(domain)));
}

ApiResponse PortalApi::mfaSummaries(const Caller &caller)
{
    QJsonArray out;
    const QHash<QString, int> locked = lockedByDomain();
    const auto &domains = m_store.all(u"domain"_s);
    for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
        if (canSeeDomain(caller, it.key()))
            out.append(summaryOf(it.key(), locked.value(it.key())));
    }
    // As GET /domains: a scope that reaches no domain is refused.
    if (out.isEmpty())
        return errorResponse(403, u"Domain not found or access denied"_s);
    return {200, QJsonDocument(out).toJson(QJsonDocument::Compact), {}};
}

} // namespace pbx::sim
