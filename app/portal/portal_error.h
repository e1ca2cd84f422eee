#pragma once

#include "certificate_info.h"

#include <QCoreApplication>
#include <QString>

namespace pbx {

// What went wrong, as a value the UI and the CLI can act on.
enum class ErrorKind {
    BadCredentials,      // username, password or client credentials refused
    MfaRequired,         // the token only allows completing MFA
    WrongPasscode,       // TOTP code wrong, expired or already used
    CodeNotAccepted,     // a recovery or temporary access code wrong, expired or used
    WrongPassword,       // password refused while activating MFA (409)
    NoPendingEnrollment, // enrollment expired or never started (410)
    EnrollmentElsewhere, // MFA must be set up but the portal has no enrollment endpoint; detail: its address
    RateLimited,         // too many attempts; see retryAfterSeconds
    Busy,                // 503: the portal turned the request away unread; see retryAfterSeconds
    AccountLocked,       // 423: locked after too many failures, until an administrator unlocks it
    StepUpRequired,      // 403: this change needs the caller's password (and a current code)
    AlreadyEnrolled,     // 409 to a reminder: the user has set up MFA already
    Tls,                 // see tlsProblem and certificate
    Network,             // unreachable, refused, reset
    Timeout,
    Server,              // 5xx
    Protocol,            // the portal answered something we cannot use
    TooLarge,            // an answer over PortalClient::Limits::maxResponseBytes, refused unread
    Forbidden,           // 403 for other reasons
    NotFound,            // 404: the portal does not offer this
    UnknownUser,         // 404 from the user look-up: no such user in that domain
    SessionExpired,      // 401 on an authenticated call
    InvalidInput,        // refused before anything was sent
    InsecureRedirect,    // a redirect to http or to another host was refused
    Proxy,               // the proxy refused, was unreachable or wants a password
    Cancelled,
};

enum class TlsProblem {
    None,
    Untrusted,    // self-signed or unknown CA
    Expired,
    NotYetValid,
    HostMismatch,
    PinMismatch,  // a pinned portal presented another certificate
    Handshake,    // e.g. the server offers only TLS 1.0/1.1
    Other,
};

struct PortalError
{
    Q_DECLARE_TR_FUNCTIONS(pbx::PortalError)

public:
    ErrorKind kind = ErrorKind::Protocol;
    int httpStatus = 0;
    // The portal's own "message", kept for the log and the tests; not shown
    // (message() says in our words what happened).
    QString serverMessage;
    // What message() quotes for some kinds (a portal's address, a redirect
    // target, Qt's words for a proxy or TLS failure, an input check's own
    // sentence for InvalidInput); technical detail for the log otherwise.
    // Shown to users, so never a secret.
    QString detail;
    int retryAfterSeconds = 0;
    TlsProblem tlsProblem = TlsProblem::None;
    CertificateInfo certificate;

    // One sentence in plain words, translated, saying what happened and,
    // where it helps, what to do.
    QString message() const;

    static PortalError make(ErrorKind kind, QString detail = {})
    {
        PortalError e;
        e.kind = kind;
        e.detail = std::move(detail);
        return e;
    }
};

const char *errorKindName(ErrorKind kind);

} // namespace pbx
