#pragma once

#include "common/result.h"
#include "totp_parameters.h"

#include <QByteArray>
#include <QString>

namespace pbx::mfa {

// Why an otpauth URI was refused; each reason is one an authenticator app
// would also refuse on.
enum class OtpauthError {
    TooLong,
    NotOtpauthScheme,
    HotpNotSupported,
    UnknownType,
    MissingLabel,
    LabelTooLong,
    BadPercentEncoding,
    EmptyAccount,
    EmptyIssuer,
    IssuerMismatch,
    ColonInIssuer,
    DuplicateParameter,
    MissingSecret,
    SecretNotBase32,
    SecretTooShort,
    SecretTooLong,
    UnsupportedAlgorithm,
    UnsupportedDigits,
    UnsupportedPeriod,
    UnexpectedPart,
};

QString describe(OtpauthError error);

// A TOTP key as carried by an otpauth:// URI (Google's Key URI Format).
struct OtpauthUri
{
    static constexpr int MaxUriLength = 2048;
    static constexpr int MaxLabelLength = 256;
    // 128 bits: RFC 4226 §4 requires at least that (160 recommended).
    static constexpr int MinSecretBytes = 16;
    static constexpr int MaxSecretBytes = 128;
    static constexpr int MinPeriod = 10;
    static constexpr int MaxPeriod = 300;

    QString issuer;
    QString account;
    QByteArray secret; // raw key bytes
    TotpParameters parameters;

    static Result<OtpauthUri, OtpauthError> parse(const QString &uri);
    QString toString() const;
    QByteArray secretBase32() const;
};

} // namespace pbx::mfa
