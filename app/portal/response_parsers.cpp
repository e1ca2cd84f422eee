#include "response_parsers.h"

#include "common/logging.h"
#include "common/utc.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace pbx::parse {

namespace {

constexpr int MaxTokenLength = 16 * 1024;

PortalError protocol(const QString &detail)
{
    return PortalError::make(ErrorKind::Protocol, detail);
}

std::optional<QJsonDocument> json(const QByteArray &body)
{
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

// Optional string field: absent or null is empty; another type is an error.
bool str(const QJsonObject &o, const char *key, QString *out, bool required = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return !required;
    }
    if (!v.isString())
        return false;
    *out = v.toString();
    return !required || !out->isEmpty();
}

// Booleans arrive as JSON booleans or, in NetSapiens style, "yes"/"no".
bool boolean(const QJsonObject &o, const char *key, bool *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        *out = false;
        return true;
    }
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    if (v.isString() && (v.toString() == u"yes" || v.toString() == u"no")) {
        *out = v.toString() == u"yes";
        return true;
    }
    return false;
}

bool integer(const QJsonObject &o, const char *key, qint64 *out, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return !required;
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    // Range first: converting an out-of-range double to an integer is
    // undefined behaviour (UBSan found an "exp" of 1.9e21).
    if (!(d >= 0 && d <= 1e13) || d != std::floor(d))
        return false;
    *out = qint64(d);
    return true;
}

// A JSON array of at most 100 strings of at most 64 characters (codes).
std::optional<QStringList> stringList(const QJsonValue &v)
{
    if (!v.isArray() || v.toArray().size() > 100)
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 64)
            return std::nullopt;
        out << item.toString();
    }
    return out;
}

QDateTime dateTime(const QString &text)
{
    // Most records leave most dates out; the format fallback below builds a
    // date parser each time, which at 200,000 users was a tenth of a load.
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return utc::assumingUtc(t);
}

Result<QJsonObject, PortalError> object(const QByteArray &body)
{
    const auto doc = json(body);
    if (!doc || !doc->isObject())
        return protocol(QStringLiteral("expected a JSON object"));
    return doc->object();
}

Result<QJsonArray, PortalError> array(const QByteArray &body)
{
    const auto doc = json(body);
    if (!doc || !doc->isArray())
        return protocol(QStringLiteral("expected a JSON array"));
    return doc->array();
}

// A user record. Only `user` and `domain` are required; any other field of
// an unexpected type is left empty (MFA fields: unknown) and its name added
// to *mistyped, so one odd field does not cost the whole record or page.
Result<PortalUser, PortalError> userObject(const QJsonObject &o, QStringList *mistyped)
{
    PortalUser u;
    if (!str(o, "user", &u.user, true) || !str(o, "domain", &u.domain, true))
        return protocol(QStringLiteral("user record without user or domain"));
    const auto text = [&](const char *key, QString *out) {
        if (!str(o, key, out))
            *mistyped << QLatin1String(key);
    };
    const auto flag = [&](const char *key, std::optional<bool> *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        bool value = false;
        if (v.isUndefined() || v.isNull())
            out->reset(); // not reported: unknown, not false
        else if (boolean(o, key, &value))
            *out = value;
        else
            *mistyped << QLatin1String(key);
    };
    const auto when = [&](const char *key, QDateTime *out) {
        QString value;
        text(key, &value);
        *out = dateTime(value);
    };
    QString enrolledAt;
    text("name-first-name", &u.firstName);
    text("name-last-name", &u.lastName);
    text("login-username", &u.loginUsername);
    text("email", &u.email);
    text("user-scope", &u.scope);
    flag("mfa-required", &u.mfaRequired);
    flag("mfa-enrolled", &u.mfaEnrolled);
    text("mfa-enrolled-datetime", &enrolledAt);
    u.mfaEnrolledAt = dateTime(enrolledAt);
    qint64 left = 0;
    if (!o.value(QLatin1String("mfa-recovery-codes-left")).isUndefined()) {
        if (integer(o, "mfa-recovery-codes-left", &left, true) && left <= 1000)
            u.recoveryCodesLeft = int(left);
        else
            *mistyped << QStringLiteral("mfa-recovery-codes-left");
    }
    std::optional<bool> locked;
    flag("mfa-locked", &locked);
    u.locked = locked.value_or(false);
    when("mfa-locked-until", &u.lockedUntil);
    when("mfa-enrollment-due", &u.enrollmentDue);
    when("mfa-temporary-access-expires-datetime", &u.temporaryAccessExpires);
    return u;
}

// Says, once per field and without the values, which fields had to be left
// empty.
void warnMistyped(const QStringList &mistyped)
{
    QHash<QString, int> counts;
    for (const QString &field : mistyped)
        ++counts[field];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        qCWarning(lcPortal) << "user records: field" << it.key() << "had an unexpected JSON type in" << it.value()
                            << "record(s); left empty";
}

} // namespace

Result<JwtClaims, PortalError> claimsObject(const QJsonObject &o)
{
    JwtClaims c;
    if (!str(o, "sub", &c.sub, true) || !str(o, "user", &c.user) || !str(o, "domain", &c.domain)
        || !str(o, "territory", &c.territory) || !str(o, "user_scope", &c.userScope, true)
        || !str(o, "displayName", &c.displayName) || !str(o, "user_email", &c.userEmail)
        || !str(o, "jti", &c.jti) || !str(o, "iss", &c.issuer) || !str(o, "mfa_vendor", &c.mfaVendor)
        || !str(o, "mfa_type", &c.mfaType) || !integer(o, "exp", &c.exp, true) || !integer(o, "iat", &c.iat, false)
        || !str(o, "mfa_via", &c.mfaVia))
        return protocol(QStringLiteral("malformed token claims"));
    QString due;
    if (!str(o, "mfa_enrollment_due", &due))
        return protocol(QStringLiteral("malformed mfa_enrollment_due claim"));
    c.mfaEnrollmentDue = dateTime(due);
    const QJsonValue enrolled = o.value(QLatin1String("mfa_enrolled"));
    if (enrolled.isBool())
        c.mfaEnrolled = enrolled.toBool();
    else if (!enrolled.isUndefined() && !enrolled.isNull())
        return protocol(QStringLiteral("malformed mfa_enrolled claim"));
    c.raw = o;
    return c;
}

Result<JwtClaims, PortalError> jwtClaims(const QString &token)
{
    if (token.isEmpty() || token.size() > MaxTokenLength)
        return protocol(QStringLiteral("token missing or too long"));
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return protocol(QStringLiteral("token is not a JWT"));
    const auto payload = QByteArray::fromBase64Encoding(parts[1].toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return protocol(QStringLiteral("token payload is not base64url"));
    const auto doc = json(payload.decoded);
    if (!doc || !doc->isObject())
        return protocol(QStringLiteral("token payload is not a JSON object"));
    return claimsObject(doc->object());
}

Result<TokenPair, PortalError> tokenPair(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    TokenPair pair;
    if (!str(o.value(), "token", &pair.token, true) || !str(o.value(), "refresh", &pair.refresh))
        return protocol(QStringLiteral("token response lacks a token"));
    auto claims = jwtClaims(pair.token);
    if (!claims)
        return claims.error();
    pair.claims = std::move(claims).value();
    // A full session needs a refresh token; a restricted one has none.
    if (!pair.claims.isMfaRestricted() && pair.refresh.isEmpty())
        return protocol(QStringLiteral("token response lacks a refresh token"));
    const QJsonValue codes = o.value().value(QLatin1String("recovery-codes"));
    if (!codes.isUndefined() && !codes.isNull()) {
        const auto list = stringList(codes);
        if (!list)
            return protocol(QStringLiteral("malformed recovery codes"));
        pair.recoveryCodes = *list;
    }
    qint64 left = 0;
    if (!integer(o.value(), "recovery-codes-left", &left, false) || left > 1000)
        return protocol(QStringLiteral("malformed recovery-codes-left"));
    if (o.value().contains(QLatin1String("recovery-codes-left")))
        pair.recoveryCodesLeft = int(left);
    return pair;
}

Result<Enrollment, PortalError> enrollment(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    QString secret, uri, issuer, account, algorithm, expires;
    qint64 digits = 0, period = 0;
    if (!str(o.value(), "secret", &secret, true) || !str(o.value(), "otpauth-uri", &uri, true)
        || !str(o.value(), "issuer", &issuer) || !str(o.value(), "account", &account)
        || !str(o.value(), "algorithm", &algorithm) || !integer(o.value(), "digits", &digits, false)
        || !integer(o.value(), "period", &period, false) || !str(o.value(), "expires-datetime", &expires))
        return protocol(QStringLiteral("malformed enrollment"));
    auto key = mfa::OtpauthUri::parse(uri);
    if (!key)
        return protocol(mfa::describe(key.error()));
    // The fields must agree with the URI the QR code will carry, or the
    // phone and the portal would compute different codes.
    const mfa::OtpauthUri &k = key.value();
    if (QString::fromLatin1(k.secretBase32()) != secret.toUpper().remove(QLatin1Char('='))
        || (digits && digits != k.parameters.digits) || (period && period != k.parameters.period)
        || (!algorithm.isEmpty() && mfa::algorithmFromName(algorithm) != k.parameters.algorithm))
        return protocol(QStringLiteral("enrollment fields disagree with its otpauth URI"));
    Enrollment e{k, uri, dateTime(expires)};
    return e;
}

Result<QList<PortalDomain>, PortalError> domains(const QByteArray &body)
{
    const auto a = array(body);
    if (!a)
        return a.error();
    QList<PortalDomain> out;
    for (const QJsonValue &v : a.value()) {
        PortalDomain d;
        if (!v.isObject() || !str(v.toObject(), "domain", &d.domain, true) || !str(v.toObject(), "reseller", &d.reseller)
            || !str(v.toObject(), "description", &d.description))
            return protocol(QStringLiteral("malformed domain record"));
        out.append(d);
    }
    return out;
}

Result<QList<PortalUser>, PortalError> users(const QByteArray &body)
{
    const auto a = array(body);
    if (!a)
        return a.error();
    QList<PortalUser> out;
    out.reserve(a.value().size());
    QStringList mistyped;
    for (const QJsonValue &v : a.value()) {
        if (!v.isObject())
            return protocol(QStringLiteral("malformed user record"));
        auto u = userObject(v.toObject(), &mistyped);
        if (!u)
            return u.error();
        out.append(std::move(u).value());
    }
    warnMistyped(mistyped);
    return out;
}

Result<PortalUser, PortalError> user(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    QStringList mistyped;
    auto u = userObject(o.value(), &mistyped);
    warnMistyped(mistyped);
    return u;
}

Result<int, PortalError> count(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    qint64 total = -1;
    if (!integer(o.value(), "total", &total, true) || total > std::numeric_limits<int>::max())
        return protocol(QStringLiteral("malformed count"));
    return int(total);
}

namespace {

std::optional<MfaSummary> summaryObject(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    MfaSummary s;
    if (!str(o, "domain", &s.domain, true) || s.domain.isEmpty())
        return std::nullopt;
    const struct { const char *key; int *field; } counts[] = {
        {"users", &s.users},     {"enrolled", &s.enrolled}, {"pending", &s.pending}, {"not-required", &s.notRequired},
        {"overdue", &s.overdue}, {"locked", &s.locked}};
    for (const auto &c : counts) {
        qint64 n = -1;
        if (!integer(o, c.key, &n, true) || n > std::numeric_limits<int>::max())
            return std::nullopt;
        *c.field = int(n);
    }
    // Counts that cannot be true of one domain are a portal's mistake, not
    // something to draw.
    if (qint64(s.enrolled) + s.pending + s.notRequired != s.users || s.overdue > s.pending || s.locked > s.users)
        return std::nullopt;
    return s;
}

} // namespace

Result<MfaSummary, PortalError> mfaSummary(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    const auto s = summaryObject(o.value());
    if (!s)
        return protocol(QStringLiteral("malformed MFA summary"));
    return *s;
}

Result<QList<MfaSummary>, PortalError> mfaSummaries(const QByteArray &body)
{
    const auto a = array(body);
    if (!a)
        return a.error();
    QList<MfaSummary> out;
    out.reserve(a.value().size());
    for (const QJsonValue &v : a.value()) {
        const auto s = summaryObject(v);
        if (!s)
            return protocol(QStringLiteral("malformed MFA summary"));
        out.append(*s);
    }
    return out;
}

Result<QList<AuditEvent>, PortalError> auditEvents(const QByteArray &body)
{
    const auto a = array(body);
    if (!a)
        return a.error();
    QList<AuditEvent> out;
    out.reserve(a.value().size());
    for (const QJsonValue &v : a.value()) {
        const QJsonObject o = v.toObject();
        AuditEvent e;
        QString when;
        if (!v.isObject() || !str(o, "timestamp-datetime", &when, true) || !str(o, "action-type", &e.action, true)
            || !str(o, "by-user", &e.byUser) || !str(o, "by-domain", &e.byDomain) || !str(o, "by-ip", &e.byIp)
            || !str(o, "target-user", &e.targetUser) || !str(o, "target-domain", &e.targetDomain)
            || !str(o, "target-object", &e.targetObject))
            return protocol(QStringLiteral("malformed audit event"));
        e.timestamp = dateTime(when);
        if (!e.timestamp.isValid())
            return protocol(QStringLiteral("malformed audit event time"));
        e.details = o.value(QLatin1String("auditlog-details")).toObject();
        out.append(std::move(e));
    }
    return out;
}

Result<QStringList, PortalError> recoveryCodes(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    const auto list = stringList(o.value().value(QLatin1String("recovery-codes")));
    if (!list || list->isEmpty())
        return protocol(QStringLiteral("malformed recovery codes"));
    return *list;
}

Result<TemporaryAccessCode, PortalError> temporaryAccessCode(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    TemporaryAccessCode c;
    QString expires;
    if (!str(o.value(), "code", &c.code, true) || c.code.size() > 64 || !str(o.value(), "expires-datetime", &expires, true))
        return protocol(QStringLiteral("malformed temporary access code"));
    c.expires = dateTime(expires);
    if (!c.expires.isValid())
        return protocol(QStringLiteral("malformed temporary access code expiry"));
    return c;
}

Result<int, PortalError> policyAffected(const QByteArray &body)
{
    const auto o = object(body);
    if (!o)
        return o.error();
    qint64 affected = 0;
    if (!integer(o.value(), "affected", &affected, true) || affected > std::numeric_limits<int>::max())
        return protocol(QStringLiteral("malformed policy answer"));
    return int(affected);
}

QString errorMessage(const QByteArray &body)
{
    const auto doc = json(body);
    if (!doc || !doc->isObject())
        return {};
    const QJsonValue m = doc->object().value(QLatin1String("message"));
    return m.isString() ? m.toString().left(500) : QString();
}

bool errorFlag(const QByteArray &body, const char *name)
{
    const auto doc = json(body);
    return doc && doc->isObject() && doc->object().value(QLatin1String(name)).toBool();
}

int retryAfterSeconds(const QByteArray &header, const QDateTime &now)
{
    const QByteArray h = header.trimmed();
    bool ok = false;
    qint64 seconds = h.toLongLong(&ok);
    if (!ok) {
        // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
        QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(h), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!at.isValid())
            return 60; // a 429 without a usable value still means "wait"
        seconds = now.secsTo(utc::assumingUtc(at));
    }
    return int(std::clamp<qint64>(seconds, 1, 86400));
}

} // namespace pbx::parse
