#pragma once

#include "sim_store.h"

#include <QDateTime>
#include <QJsonObject>

namespace pbx::sim {

// Who did or underwent an audited action: the user and domain of a record,
// or, for an account the directory does not hold, the name as given.
struct AuditParty
{
    QString user, domain;
    static AuditParty of(const SimStore &store, const QString &key);
};

// One event of GET /auditlog as the store keeps it: the API description's
// Auditlog fields, keyed so that keys sort in the order events happened,
// also within one millisecond (`sequence` counts the events written).
SimStore::Op auditRecord(const QDateTime &at, quint64 sequence, const QString &action, const AuditParty &by,
                         const AuditParty &target, const QString &remote, const QString &host,
                         const QJsonObject &details = {});

// Where the keys of events at or after `msecs` since the epoch start: what
// a query for a time range seeks to instead of reading every event.
QString auditKeyFrom(qint64 msecs);

} // namespace pbx::sim
