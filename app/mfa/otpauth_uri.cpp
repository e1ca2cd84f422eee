#include "otpauth_uri.h"

#include "base32.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pbx::mfa {

QString describe(OtpauthError error)
{
    const char *text = "";
    switch (error) {
    case OtpauthError::TooLong: text = QT_TRANSLATE_NOOP("pbx::mfa", "The key URI is too long."); break;
    case OtpauthError::NotOtpauthScheme: text = QT_TRANSLATE_NOOP("pbx::mfa", "This is not an otpauth:// key URI."); break;
    case OtpauthError::HotpNotSupported: text = QT_TRANSLATE_NOOP("pbx::mfa", "Counter-based (HOTP) keys are not supported; only time-based (TOTP) keys are."); break;
    case OtpauthError::UnknownType: text = QT_TRANSLATE_NOOP("pbx::mfa", "The key type is neither totp nor hotp."); break;
    case OtpauthError::MissingLabel: text = QT_TRANSLATE_NOOP("pbx::mfa", "The key URI has no account label."); break;
    case OtpauthError::LabelTooLong: text = QT_TRANSLATE_NOOP("pbx::mfa", "The account label is too long."); break;
    case OtpauthError::BadPercentEncoding: text = QT_TRANSLATE_NOOP("pbx::mfa", "The key URI contains invalid percent-encoding."); break;
    case OtpauthError::EmptyAccount: text = QT_TRANSLATE_NOOP("pbx::mfa", "The account name is empty."); break;
    case OtpauthError::EmptyIssuer: text = QT_TRANSLATE_NOOP("pbx::mfa", "The issuer is empty."); break;
    case OtpauthError::IssuerMismatch: text = QT_TRANSLATE_NOOP("pbx::mfa", "The issuer in the label differs from the issuer parameter."); break;
    case OtpauthError::ColonInIssuer: text = QT_TRANSLATE_NOOP("pbx::mfa", "The issuer must not contain a colon."); break;
    case OtpauthError::DuplicateParameter: text = QT_TRANSLATE_NOOP("pbx::mfa", "A parameter appears more than once."); break;
    case OtpauthError::MissingSecret: text = QT_TRANSLATE_NOOP("pbx::mfa", "The key URI has no secret."); break;
    case OtpauthError::SecretNotBase32: text = QT_TRANSLATE_NOOP("pbx::mfa", "The secret is not valid base32."); break;
    case OtpauthError::SecretTooShort: text = QT_TRANSLATE_NOOP("pbx::mfa", "The secret is shorter than 128 bits."); break;
    case OtpauthError::SecretTooLong: text = QT_TRANSLATE_NOOP("pbx::mfa", "The secret is longer than 1024 bits."); break;
    case OtpauthError::UnsupportedAlgorithm: text = QT_TRANSLATE_NOOP("pbx::mfa", "The algorithm must be SHA1, SHA256 or SHA512."); break;
    case OtpauthError::UnsupportedDigits: text = QT_TRANSLATE_NOOP("pbx::mfa", "The code length must be 6 or 8 digits."); break;
    case OtpauthError::UnsupportedPeriod: text = QT_TRANSLATE_NOOP("pbx::mfa", "The period must be between 10 and 300 seconds."); break;
    case OtpauthError::UnexpectedPart: text = QT_TRANSLATE_NOOP("pbx::mfa", "The key URI has parts an authenticator does not expect (user, port or fragment)."); break;
    }
    return QCoreApplication::translate("pbx::mfa", text);
}

namespace {

// Strict percent-decoding: QUrl::fromPercentEncoding lets "%zz" through.
std::optional<QString> percentDecode(const QString &raw)
{
    const QByteArray bytes = raw.toUtf8();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '%')
            continue;
        if (i + 2 >= bytes.size() || !isxdigit(quint8(bytes[i + 1])) || !isxdigit(quint8(bytes[i + 2])))
            return std::nullopt;
    }
    const QByteArray decoded = QByteArray::fromPercentEncoding(bytes);
    const QString text = QString::fromUtf8(decoded);
    if (text.toUtf8() != decoded) // not valid UTF-8
        return std::nullopt;
    return text;
}

bool parseBoundedInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max || text.startsWith(QLatin1Char('+')))
        return false;
    *out = v;
    return true;
}

} // namespace

Result<OtpauthUri, OtpauthError> OtpauthUri::parse(const QString &uri)
{
    if (uri.size() > MaxUriLength)
        return OtpauthError::TooLong;
    const qsizetype schemeEnd = uri.indexOf(u"://");
    if (schemeEnd < 0 || uri.left(schemeEnd).compare(u"otpauth", Qt::CaseInsensitive) != 0)
        return OtpauthError::NotOtpauthScheme;

    const QString rest = uri.mid(schemeEnd + 3);
    if (rest.contains(QLatin1Char('#')))
        return OtpauthError::UnexpectedPart;
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString type = (slash < 0 ? rest.section(QLatin1Char('?'), 0, 0) : rest.left(slash)).toLower();
    if (type == u"hotp")
        return OtpauthError::HotpNotSupported;
    if (type != u"totp")
        return type.contains(QLatin1Char('@')) || type.contains(QLatin1Char(':')) ? OtpauthError::UnexpectedPart
                                                                                 : OtpauthError::UnknownType;
    if (slash < 0)
        return OtpauthError::MissingLabel;

    const QString afterType = rest.mid(slash + 1);
    const qsizetype q = afterType.indexOf(QLatin1Char('?'));
    const QString rawLabel = q < 0 ? afterType : afterType.left(q);
    const QString rawQuery = q < 0 ? QString() : afterType.mid(q + 1);
    if (rawLabel.isEmpty())
        return OtpauthError::MissingLabel;

    // Split issuer and account on the raw label, before percent-decoding, at
    // a literal or encoded colon: a decoded colon inside the account name
    // must not move the split.
    QString rawIssuer, rawAccount = rawLabel;
    const qsizetype colon = rawLabel.indexOf(QLatin1Char(':'));
    const qsizetype encodedColon = rawLabel.indexOf(u"%3A", 0, Qt::CaseInsensitive);
    qsizetype splitAt = -1, sepLen = 0;
    if (colon >= 0 && (encodedColon < 0 || colon < encodedColon))
        splitAt = colon, sepLen = 1;
    else if (encodedColon >= 0)
        splitAt = encodedColon, sepLen = 3;
    if (splitAt >= 0) {
        rawIssuer = rawLabel.left(splitAt);
        rawAccount = rawLabel.mid(splitAt + sepLen);
    }
    const auto labelIssuer = percentDecode(rawIssuer);
    const auto account = percentDecode(rawAccount);
    if (!labelIssuer || !account)
        return OtpauthError::BadPercentEncoding;
    OtpauthUri out;
    out.account = account->trimmed();
    if (out.account.isEmpty())
        return OtpauthError::EmptyAccount;
    if (splitAt >= 0 && labelIssuer->trimmed().isEmpty())
        return OtpauthError::EmptyIssuer;

    QSet<QString> seen;
    std::optional<QString> issuerParam, secretParam, algorithmParam, digitsParam, periodParam;
    const QStringList pairs = rawQuery.isEmpty() ? QStringList() : rawQuery.split(QLatin1Char('&'));
    for (const QString &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const QString rawKey = pair.section(QLatin1Char('='), 0, 0);
        const auto key = percentDecode(rawKey);
        const auto value = percentDecode(pair.mid(rawKey.size() + 1).replace(QLatin1Char('+'), u"%20"_s));
        if (!key || !value)
            return OtpauthError::BadPercentEncoding;
        const QString k = key->toLower();
        if (seen.contains(k))
            return OtpauthError::DuplicateParameter;
        seen.insert(k);
        if (k == u"secret")
            secretParam = *value;
        else if (k == u"issuer")
            issuerParam = *value;
        else if (k == u"algorithm")
            algorithmParam = *value;
        else if (k == u"digits")
            digitsParam = *value;
        else if (k == u"period")
            periodParam = *value;
        // Other parameters (image, counter, ...) are ignored, as apps do.
    }

    if (issuerParam) {
        if (issuerParam->trimmed().isEmpty())
            return OtpauthError::EmptyIssuer;
        // The Key URI Format forbids it: in the label it would be read as
        // the separator.
        if (issuerParam->contains(u':'))
            return OtpauthError::ColonInIssuer;
        if (splitAt >= 0 && issuerParam->trimmed() != labelIssuer->trimmed())
            return OtpauthError::IssuerMismatch;
        out.issuer = issuerParam->trimmed();
    } else {
        out.issuer = labelIssuer->trimmed();
    }

    if (!secretParam || secretParam->isEmpty())
        return OtpauthError::MissingSecret;
    const auto secret = base32Decode(secretParam->toLatin1());
    if (!secret || secretParam->contains(QLatin1Char(' ')) || secretParam->toLatin1() != secretParam->toUtf8())
        return OtpauthError::SecretNotBase32;
    if (secret->size() < MinSecretBytes)
        return OtpauthError::SecretTooShort;
    if (secret->size() > MaxSecretBytes)
        return OtpauthError::SecretTooLong;
    out.secret = *secret;

    if (algorithmParam) {
        const auto algorithm = algorithmFromName(*algorithmParam);
        if (!algorithm)
            return OtpauthError::UnsupportedAlgorithm;
        out.parameters.algorithm = *algorithm;
    }
    if (digitsParam) {
        int digits = 0;
        if (!parseBoundedInt(*digitsParam, 6, 8, &digits) || digits == 7)
            return OtpauthError::UnsupportedDigits;
        out.parameters.digits = digits;
    }
    if (periodParam && !parseBoundedInt(*periodParam, MinPeriod, MaxPeriod, &out.parameters.period))
        return OtpauthError::UnsupportedPeriod;
    // The label as the canonical form writes it: issuer (wherever it came
    // from) and account. Only what that form can express within the limits
    // is accepted; percent-encoding can make it longer.
    if (out.issuer.size() + out.account.size() > MaxLabelLength)
        return OtpauthError::LabelTooLong;
    if (out.toString().size() > MaxUriLength)
        return OtpauthError::TooLong;
    return out;
}

QString OtpauthUri::toString() const
{
    // '@' stays literal in the label for readability; ':' and everything
    // else outside the unreserved set is encoded.
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s, "@")); };
    QString uri = u"otpauth://totp/"_s;
    if (!issuer.isEmpty())
        uri += enc(issuer) + QLatin1Char(':');
    uri += enc(account) + u"?secret="_s + QString::fromLatin1(secretBase32());
    if (!issuer.isEmpty())
        uri += u"&issuer="_s + enc(issuer);
    uri += u"&algorithm="_s + algorithmName(parameters.algorithm) + u"&digits="_s
        + QString::number(parameters.digits) + u"&period="_s + QString::number(parameters.period);
    return uri;
}

QByteArray OtpauthUri::secretBase32() const
{
    return base32Encode(secret);
}

} // namespace pbx::mfa
