#pragma once

#include "mfa/otpauth_uri.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pbx {

// Claims of a NetSapiens JWT (JwtResponse in the API description), plus the
// MFA claims the portal adds to a restricted token.
struct JwtClaims
{
    QString sub, user, domain, territory, userScope, displayName, userEmail, jti, issuer;
    qint64 exp = 0;
    qint64 iat = 0;
    QString mfaVendor, mfaType;
    std::optional<bool> mfaEnrolled;
    // Our extension: "temporary-access" when this sign-in used a temporary
    // access code and must enroll a new factor.
    QString mfaVia;
    // Our extension: MFA must be set up by then (a full sign-in before the
    // domain's deadline).
    QDateTime mfaEnrollmentDue;
    QJsonObject raw;

    bool isMfaRestricted() const { return userScope == u"mfa_required"; }
    bool needsEnrollment() const { return isMfaRestricted() && mfaEnrolled == false; }
    bool needsChallenge() const { return isMfaRestricted() && !needsEnrollment(); }
};

struct TokenPair
{
    QString token;
    QString refresh; // empty for an MFA-restricted token
    JwtClaims claims;
    // Our extension: the recovery codes activation gives out, once; and
    // how many are left after signing in with one.
    QStringList recoveryCodes;
    std::optional<int> recoveryCodesLeft;
};

// How the user answers the portal's MFA challenge.
enum class MfaMethod {
    Authenticator,   // the current code from the app
    RecoveryCode,    // one of the recovery codes (our extension)
    TemporaryAccess, // a code from the help desk, to enroll a new phone (our extension)
};

// A temporary access code as the portal issued it (shown once).
struct TemporaryAccessCode
{
    QString code;
    QDateTime expires;

    // How long a code may be valid, in minutes, as the portal accepts it
    // (docs/portal-api.md), and what is asked for unless said otherwise.
    static constexpr int MinLifetimeMinutes = 5;
    static constexpr int MaxLifetimeMinutes = 1440;
    static constexpr int DefaultLifetimeMinutes = 60;
};

// A pending TOTP enrollment as the portal describes it.
struct Enrollment
{
    mfa::OtpauthUri key;   // parsed and checked against the other fields
    QString otpauthUri;
    QDateTime expires;
};

struct PortalDomain
{
    QString domain, reseller, description;
};

// What a users table shows of a user (and what identifies one): a row of
// the help-desk console holds this and no more, so 200,000 rows stay small.
struct ListedUser
{
    QString user, domain, firstName, lastName, loginUsername, email, scope;
    // Our extension's mfa-required and mfa-enrolled: nullopt when the
    // portal does not report them (a stock NetSapiens portal), which is not
    // the same as false.
    std::optional<bool> mfaRequired;
    std::optional<bool> mfaEnrolled;
    QDateTime mfaEnrolledAt;
};

struct PortalUser : ListedUser
{
    // The help desk's fields of our extension; absent: none or not reported.
    std::optional<int> recoveryCodesLeft;
    bool locked = false;
    QDateTime lockedUntil;            // invalid: until an administrator unlocks
    QDateTime enrollmentDue;
    QDateTime temporaryAccessExpires; // a code is pending until then
};

// How far a domain's users are along with MFA: our extension's summary
// (docs/portal-api.md), or the client's count from the listing.
struct MfaSummary
{
    QString domain;
    int users = 0;
    int enrolled = 0;
    int pending = 0;     // required, not enrolled
    int notRequired = 0;
    int overdue = 0;     // pending past the domain's deadline
    int locked = 0;
    // Counted from a listing whose records carry no MFA state (a stock
    // portal): these users are in none of the counts above.
    int unknown = 0;

    friend bool operator==(const MfaSummary &, const MfaSummary &) = default;
};

// One entry of GET /auditlog (the API description's Auditlog).
struct AuditEvent
{
    QDateTime timestamp;
    QString action, byUser, byDomain, byIp, targetUser, targetDomain, targetObject;
    QJsonObject details;
};

struct AuditQuery
{
    QString domain, user, action;
    QDateTime from, to;
};

} // namespace pbx
