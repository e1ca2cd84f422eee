// Read-only directory endpoints: domains and users, with scope checks.
#include "portal_api.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pbx::sim {

namespace {

// start/limit as the API description defines them (limit 1..1000, default 100).
bool pageOf(const QUrlQuery &query, qsizetype *start, qsizetype *limit)
{
    bool ok = true;
    *start = query.hasQueryItem(u"start"_s) ? query.queryItemValue(u"start"_s).toLongLong(&ok) : 0;
    if (!ok || *start < 0)
        return false;
    *limit = query.hasQueryItem(u"limit"_s) ? query.queryItemValue(u"limit"_s).toLongLong(&ok) : 100;
    return ok && *limit >= 1 && *limit <= 1000;
}

ApiResponse arrayResponse(const QJsonArray &items)
{
    return {200, QJsonDocument(items).toJson(QJsonDocument::Compact), {}};
}

} // namespace

bool PortalApi::canSeeDomain(const Caller &caller, const QString &domain) const
{
    const QString scope = caller.user.value(u"user-scope"_s).toString();
    const QString own = caller.user.value(u"domain"_s).toString();
    if (scope == u"Super User")
        return m_store.get(u"domain"_s, domain).has_value();
    if (scope == u"Reseller")
        return territoryOf(domain) == territoryOf(own) && !territoryOf(domain).isEmpty();
    if (scope == u"Office Manager" || scope == u"Site Manager" || scope == u"Call Center Supervisor")
        return domain == own;
    return false;
}

ApiResponse PortalApi::listDomains(const Caller &caller, const QUrlQuery &query)
{
    qsizetype start = 0, limit = 0;
    if (!pageOf(query, &start, &limit))
        return errorResponse(400, u"start must be 0 or more and limit between 1 and 1000"_s);
    QJsonArray out;
    qsizetype index = 0;
    const auto &domains = m_store.all(u"domain"_s);
    for (auto it = domains.cbegin(); it != domains.cend() && out.size() < limit; ++it) {
        if (!canSeeDomain(caller, it.key()))
            continue;
        if (index++ >= start)
            out.append(it.value());
    }
    if (out.isEmpty() && index == 0)
        return errorResponse(403, u"Domain not found or access denied"_s);
    return arrayResponse(out);
}

ApiResponse PortalApi::listUsers(const Caller &caller, const QString &domain, const QUrlQuery &query)
{
    if (!canSeeDomain(caller, domain))
        return errorResponse(403, u"Domain not found or access denied"_s);
    qsizetype start = 0, limit = 0;
    if (!pageOf(query, &start, &limit))
        return errorResponse(400, u"start must be 0 or more and limit between 1 and 1000"_s);
    // The domain's users in key order, kept by the store: a page costs its
    // own size however large the directory is.
    const QStringList &uids = m_store.keysWhere(u"user"_s, domain);
    QJsonArray out;
    for (qsizetype i = start; i < uids.size() && i < start + limit; ++i)
        out.append(publicUser(*m_store.get(u"user"_s, uids.at(i))));
    return arrayResponse(out);
}

ApiResponse PortalApi::countUsers(const Caller &caller, const QString &domain)
{
    if (!canSeeDomain(caller, domain))
        return errorResponse(403, u"Domain not found or access denied"_s);
    return jsonResponse(200, {{u"total"_s, int(m_store.keysWhere(u"user"_s, domain).size())}});
}

ApiResponse PortalApi::lookUpUser(const Caller &caller, const QString &domain, const QString &user)
{
    const QString uid = user + u'@' + domain;
    if (uid != caller.uid && !canSeeDomain(caller, domain))
        return errorResponse(403, u"Domain not found or access denied"_s);
    const auto record = m_store.get(u"user"_s, uid);
    if (!record)
        return errorResponse(404, u"User not found"_s);
    return jsonResponse(200, publicUser(*record));
}

} // namespace pbx::sim
