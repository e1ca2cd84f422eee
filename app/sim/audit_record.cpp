#include "audit_record.h"

using namespace Qt::StringLiterals;

namespace pbx::sim {

AuditParty AuditParty::of(const SimStore &store, const QString &key)
{
    if (const auto user = store.get(u"user"_s, key))
        return {user->value(u"user"_s).toString(), user->value(u"domain"_s).toString()};
    return {key, {}};
}

SimStore::Op auditRecord(const QDateTime &at, quint64 sequence, const QString &action, const AuditParty &by,
                         const AuditParty &target, const QString &remote, const QString &host,
                         const QJsonObject &details)
{
    const QString id = auditKeyFrom(at.toMSecsSinceEpoch()) + u'-' + u"%1"_s.arg(sequence, 12, 10, QLatin1Char('0'));
    const QJsonObject event{{u"timestamp-datetime"_s, at.toString(Qt::ISODate)},
                            {u"action-type"_s, action},
                            {u"by-user"_s, by.user},
                            {u"by-domain"_s, by.domain},
                            {u"by-ip"_s, remote},
                            {u"by-client"_s, QString()},
                            {u"target-user"_s, target.user},
                            {u"target-domain"_s, target.domain},
                            {u"target-host"_s, host},
                            {u"target-object"_s, u"user"_s},
                            {u"auditlog-details"_s, details}};
    return {u"audit"_s, id, event};
}

QString auditKeyFrom(qint64 msecs)
{
    // Events before 1970 do not happen here; a query from before starts at
    // the first event.
    return u"%1"_s.arg(std::max<qint64>(msecs, 0), 14, 10, QLatin1Char('0'));
}

} // namespace pbx::sim
