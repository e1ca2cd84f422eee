#pragma once

#include "common/result.h"
#include "portal_error.h"
#include "portal_types.h"

#include <QByteArray>

// Pure functions from response bytes to typed values. They trust nothing:
// every field is type-checked, and anything unusable is a Protocol error,
// except in user records: there only `user` and `domain` are required, and
// another field of an unexpected type is left empty with a warning in the
// log (its name, never its value).
// (They are also what the fuzz targets exercise.)
namespace pbx::parse {

Result<JwtClaims, PortalError> jwtClaims(const QString &token);
Result<JwtClaims, PortalError> claimsObject(const QJsonObject &object);
Result<TokenPair, PortalError> tokenPair(const QByteArray &body);
Result<Enrollment, PortalError> enrollment(const QByteArray &body);
Result<QList<PortalDomain>, PortalError> domains(const QByteArray &body);
Result<QList<PortalUser>, PortalError> users(const QByteArray &body);
Result<PortalUser, PortalError> user(const QByteArray &body);
Result<int, PortalError> count(const QByteArray &body);
Result<QList<AuditEvent>, PortalError> auditEvents(const QByteArray &body);
// GET /domains/{domain}/mfa-summary, and the array of GET /mfa-summary.
Result<MfaSummary, PortalError> mfaSummary(const QByteArray &body);
Result<QList<MfaSummary>, PortalError> mfaSummaries(const QByteArray &body);
// {"recovery-codes": [...]} of a replacement.
Result<QStringList, PortalError> recoveryCodes(const QByteArray &body);
// {"code", "expires-datetime"} of a temporary access code.
Result<TemporaryAccessCode, PortalError> temporaryAccessCode(const QByteArray &body);
// {"affected": N} of a policy change.
Result<int, PortalError> policyAffected(const QByteArray &body);
// The "message" of an {"code", "message"} error body, if there is one.
QString errorMessage(const QByteArray &body);
// Whether the error body sets this flag to true (e.g. "step-up-required").
bool errorFlag(const QByteArray &body, const char *name);
// Retry-After as delta-seconds or an HTTP date; clamped to [1, 86400].
int retryAfterSeconds(const QByteArray &header, const QDateTime &now);

} // namespace pbx::parse
