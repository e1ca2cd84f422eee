#include "portal_error.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace pbx {

QString PortalError::message() const
{
    switch (kind) {
    case ErrorKind::BadCredentials:
        return tr("The username or password is incorrect.");
    case ErrorKind::MfaRequired:
        return tr("Multi-factor authentication must be completed first.");
    case ErrorKind::WrongPasscode:
        return tr("The code was not accepted. Enter the current code from your authenticator app; if it keeps "
                  "failing, turn on automatic date and time on your phone.");
    case ErrorKind::WrongPassword:
        return tr("The password is incorrect.");
    case ErrorKind::CodeNotAccepted:
        return tr("The code was not accepted: it is wrong, has expired or has been used already.");
    case ErrorKind::NoPendingEnrollment:
        return tr("The setup has expired. Start again to get a new code to scan.");
    case ErrorKind::EnrollmentElsewhere:
        return tr("Your portal requires multi-factor authentication for this account, but it does not let this "
                  "application set it up. Set it up in your provider's web portal (%1), then sign in again.")
            .arg(detail);
    case ErrorKind::RateLimited:
        return tr("Too many attempts. Try again in %n second(s).", nullptr, retryAfterSeconds);
    case ErrorKind::Busy:
        return tr("The portal is busy. Try again in %n second(s).", nullptr, std::max(1, retryAfterSeconds));
    case ErrorKind::AccountLocked:
        return tr("This account is locked after too many failed attempts. Ask your administrator to unlock it.");
    case ErrorKind::StepUpRequired:
        return tr("This change needs your password and, if your account uses multi-factor authentication, a new code "
                  "from your authenticator app.");
    case ErrorKind::AlreadyEnrolled:
        return tr("This user has already set up multi-factor authentication.");
    case ErrorKind::Tls:
        switch (tlsProblem) {
        case TlsProblem::Untrusted:
            return tr("The portal's certificate is not trusted (SHA-256 fingerprint %1).")
                .arg(certificate.fingerprintText());
        case TlsProblem::Expired:
            return tr("The portal's certificate expired on %1.")
                .arg(QLocale().toString(certificate.notAfter.toLocalTime(), QLocale::ShortFormat));
        case TlsProblem::NotYetValid:
            return tr("The portal's certificate is not valid until %1. Check this computer's date and time.")
                .arg(QLocale().toString(certificate.notBefore.toLocalTime(), QLocale::ShortFormat));
        case TlsProblem::HostMismatch:
            return tr("The portal's certificate was issued for another host name (%1).").arg(certificate.subject);
        case TlsProblem::PinMismatch:
            return tr("The portal presented a different certificate from the one you trusted (now %1). "
                      "Someone may be intercepting the connection.")
                .arg(certificate.fingerprintText());
        case TlsProblem::Handshake:
            return tr("A secure connection could not be set up (the portal may only offer outdated TLS versions).");
        case TlsProblem::None:
        case TlsProblem::Other:
            break;
        }
        return tr("The secure connection to the portal failed: %1").arg(detail);
    case ErrorKind::Network:
        return tr("The portal cannot be reached. Check the address and your network connection.");
    case ErrorKind::Timeout:
        return tr("The portal did not answer in time. Try again.");
    case ErrorKind::Server:
        return tr("The portal had an internal problem (HTTP %1). Try again later.").arg(httpStatus);
    case ErrorKind::Protocol:
        return tr("The portal sent a response this application does not understand.");
    case ErrorKind::TooLarge:
        return tr("The portal's answer is larger than this application accepts.");
    case ErrorKind::Forbidden:
        return tr("You do not have permission to do this.");
    case ErrorKind::NotFound:
        return tr("The portal does not offer this function.");
    case ErrorKind::UnknownUser:
        return tr("There is no such user in that domain.");
    case ErrorKind::SessionExpired:
        return tr("Your session has ended. Sign in again.");
    case ErrorKind::InvalidInput:
        return detail;
    case ErrorKind::InsecureRedirect:
        return tr("The portal tried to send this request to another or insecure address (%1); it was stopped.")
            .arg(detail);
    case ErrorKind::Proxy:
        return tr("The proxy could not be used (%1). Check the proxy under Advanced.").arg(detail);
    case ErrorKind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

const char *errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadCredentials: return "bad-credentials";
    case ErrorKind::MfaRequired: return "mfa-required";
    case ErrorKind::WrongPasscode: return "wrong-passcode";
    case ErrorKind::WrongPassword: return "wrong-password";
    case ErrorKind::CodeNotAccepted: return "code-not-accepted";
    case ErrorKind::NoPendingEnrollment: return "no-pending-enrollment";
    case ErrorKind::EnrollmentElsewhere: return "enrollment-elsewhere";
    case ErrorKind::RateLimited: return "rate-limited";
    case ErrorKind::Busy: return "busy";
    case ErrorKind::AccountLocked: return "account-locked";
    case ErrorKind::StepUpRequired: return "step-up-required";
    case ErrorKind::AlreadyEnrolled: return "already-enrolled";
    case ErrorKind::Tls: return "tls";
    case ErrorKind::Network: return "network";
    case ErrorKind::Timeout: return "timeout";
    case ErrorKind::Server: return "server";
    case ErrorKind::Protocol: return "protocol";
    case ErrorKind::TooLarge: return "too-large";
    case ErrorKind::Forbidden: return "forbidden";
    case ErrorKind::NotFound: return "not-found";
    case ErrorKind::UnknownUser: return "unknown-user";
    case ErrorKind::SessionExpired: return "session-expired";
    case ErrorKind::InvalidInput: return "invalid-input";
    case ErrorKind::InsecureRedirect: return "insecure-redirect";
    case ErrorKind::Proxy: return "proxy";
    case ErrorKind::Cancelled: return "cancelled";
    }
    return "unknown";
}

} // namespace pbx
