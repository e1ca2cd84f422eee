#include "portal_client.h"

#include "common/logging.h"
#include "common/secure_wipe.h"
#include "common/wiped_buffer.h"
#include "response_parsers.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace pbx {

namespace {

const QString ApiBase = u"/ns-api/v2"_s;

} // namespace

PortalClient::PortalClient(QUrl portal, TlsTrust trust, const Clock &clock, QObject *parent)
    : QObject(parent), m_portal(std::move(portal)), m_trust(std::move(trust)), m_clock(clock)
{
    m_nam.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    // No disk cache and no cookies: every answer is live and per-token.
    m_nam.setCookieJar(nullptr);
    setProxy(QNetworkProxy::DefaultProxy);
}

void PortalClient::setProxy(const QNetworkProxy &proxy)
{
    m_nam.setProxy(m_portal.scheme() == u"https" ? proxy : QNetworkProxy(QNetworkProxy::NoProxy));
}

PortalClient::~PortalClient()
{
    abortAll();
}

void PortalClient::discardAll()
{
    for (const auto &drop : std::exchange(m_parsing, {}))
        drop(false);
    const auto pending = m_pending;
    for (QNetworkReply *reply : pending) {
        reply->setProperty("pbx-discard", true);
        reply->abort();
    }
}

void PortalClient::abortAll()
{
    for (const auto &drop : std::exchange(m_parsing, {}))
        drop(true);
    const auto pending = m_pending;
    for (QNetworkReply *reply : pending) {
        reply->setProperty("pbx-cancelled", true);
        reply->abort(); // finished() fires synchronously with OperationCanceledError
    }
}

void PortalClient::setAccessToken(const QString &token, bool mfaRestricted)
{
    secureWipe(m_accessToken);
    m_accessToken = token;
    m_accessMfaRestricted = mfaRestricted;
}

QNetworkRequest PortalClient::request(const QString &path, Endpoint endpoint) const
{
    QUrl url = m_portal;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(ApiBase + (q < 0 ? path : path.left(q)), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, "pbx-admin/" PBX_VERSION ""_ba);
    const bool grant = endpoint == Endpoint::Token || endpoint == Endpoint::MfaToken || endpoint == Endpoint::Refresh;
    if (!grant && !m_accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    request.setTransferTimeout(m_limits.idleTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (url.scheme() == u"https")
        request.setSslConfiguration(m_trust.configuration());
    return request;
}

void PortalClient::send(const QByteArray &verb, const QString &path, const QJsonObject *body, Endpoint endpoint,
                        RawCallback done)
{
    // The body may hold a password: it lives in this buffer only, which the
    // reply owns and which is wiped when the reply goes, after finished().
    QNetworkReply *reply = nullptr;
    if (body) {
        auto *payload = new WipedBuffer(QJsonDocument(*body).toJson(QJsonDocument::Compact));
        reply = m_nam.sendCustomRequest(request(path, endpoint), verb, payload);
        payload->setParent(reply);
    } else {
        reply = m_nam.sendCustomRequest(request(path, endpoint), verb);
    }
    m_pending.insert(reply);

    // Why we aborted, if we did: Qt only reports OperationCanceledError.
    auto failure = std::make_shared<std::optional<PortalError>>();
    guardReply(reply, failure);

    // finished() can fire inside abort(), itself inside a network signal.
    // The callback may replace or delete this client, so it always runs
    // from the event loop, and not at all once this client is gone.
    auto deliver = [this, done = std::move(done)](Result<Reply, PortalError> result) {
        QMetaObject::invokeMethod(
            this, [done, result = std::move(result)]() mutable { done(std::move(result)); }, Qt::QueuedConnection);
    };
    // What the token sent was: its 403 is read by it, even if the session
    // has another by the time the answer comes.
    const bool mfaRestricted = m_accessMfaRestricted;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, failure, endpoint, mfaRestricted, done = std::move(deliver), path] {
                m_pending.remove(reply);
                reply->deleteLater();
                if (reply->property("pbx-discard").toBool())
                    return; // its owner no longer wants an answer
                if (failure->has_value())
                    return done(**failure);
                done(outcome(reply, path, endpoint, mfaRestricted));
            });
}

void PortalClient::guardReply(QNetworkReply *reply, const std::shared_ptr<std::optional<PortalError>> &failure)
{
    const QPointer<QNetworkReply> guard(reply);
    // Records why, then aborts at once: after `encrypted` Qt writes the
    // request next, so a pinned portal's impostor must not get that far.
    const auto failWith = [guard, failure](PortalError error) {
        if (!failure->has_value())
            *failure = std::move(error);
        if (guard)
            guard->abort();
    };

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [failWith] { failWith(PortalError::make(ErrorKind::Timeout)); });
    deadline->start(m_limits.totalTimeoutMs);

    connect(reply, &QNetworkReply::sslErrors, this, [this, guard, failWith](const QList<QSslError> &errors) {
        if (!guard)
            return;
        const QSslCertificate peer = guard->sslConfiguration().peerCertificate();
        auto verdict = m_trust.evaluate(errors, peer);
        if (verdict) {
            guard->ignoreSslErrors(verdict.value()); // exactly these, for the pinned certificate
            return;
        }
        qCWarning(lcTls) << "refusing certificate" << CertificateInfo::from(peer).fingerprintText() << "of"
                         << guard->url().host() << ":" << verdict.error().detail;
        failWith(verdict.error());
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, guard, failWith] {
        if (!guard)
            return;
        if (auto problem = m_trust.checkPeer(guard->sslConfiguration().peerCertificate())) {
            qCWarning(lcTls) << "pinned certificate mismatch for" << guard->url().host();
            failWith(*problem);
        }
    });
    connect(reply, &QNetworkReply::redirected, this, [guard, failWith, origin = reply->url()](const QUrl &target) {
        if (!guard)
            return;
        const QUrl resolved = origin.resolved(target);
        // Only same-origin https redirects are followed: a POST with a
        // password must never be replayed to another host or over http.
        if (resolved.scheme() == origin.scheme() && resolved.host() == origin.host()
            && resolved.port(443) == origin.port(443) && origin.scheme() == u"https") {
            emit guard->redirectAllowed();
            return;
        }
        failWith(PortalError::make(ErrorKind::InsecureRedirect, resolved.toDisplayString(QUrl::RemoveUserInfo)));
    });
    const qint64 cap = m_limits.maxResponseBytes;
    const auto checkSize = [guard, failWith, cap](qint64 size) {
        if (guard && size > cap)
            failWith(PortalError::make(ErrorKind::TooLarge, u"response larger than %1 bytes"_s.arg(cap)));
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [guard, checkSize] {
        if (guard)
            checkSize(guard->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [checkSize](qint64 received, qint64) { checkSize(received); });
}

// The path as logged: without its query, which may name users and domains.
static QString withoutQuery(const QString &path)
{
    return path.left(path.indexOf(QLatin1Char('?')));
}

Result<PortalClient::Reply, PortalError> PortalClient::outcome(QNetworkReply *reply, const QString &fullPath,
                                                               Endpoint endpoint, bool mfaRestricted) const
{
    // Path and status only: no header, body or query (passwords, codes and
    // tokens travel in the first two, names in the last).
    const QString path = withoutQuery(fullPath);
    const QNetworkReply::NetworkError error = reply->error();
    // Stopped before the answer was complete, with or without headers:
    // by abortAll() (which marks its own) or by the idle transfer timeout.
    if (error == QNetworkReply::OperationCanceledError)
        return PortalError::make(reply->property("pbx-cancelled").toBool() ? ErrorKind::Cancelled : ErrorKind::Timeout);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return networkError(reply, path); // no HTTP answer at all
    // Headers arrived, then the connection broke (reset, closed early):
    // the body is incomplete, whatever the status said.
    if (error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError) {
        qCWarning(lcPortal) << "connection broke during the answer to" << path << ":" << reply->errorString();
        return PortalError::make(ErrorKind::Network, reply->errorString());
    }
    Reply r;
    r.status = status.toInt();
    r.body = reply->read(m_limits.maxResponseBytes + 1);
    if (r.body.size() > m_limits.maxResponseBytes)
        return PortalError::make(ErrorKind::TooLarge, u"response larger than %1 bytes"_s.arg(m_limits.maxResponseBytes));
    r.retryAfter = reply->rawHeader("Retry-After");
    qCDebug(lcPortal) << reply->operation() << path << "->" << r.status;
    if (r.status >= 200 && r.status < 300)
        return r;
    if (r.status == 429 || r.status == 503) // a portal pacing its clients: expected, not a fault
        qCInfo(lcPortal) << reply->operation() << path << "answered HTTP" << r.status;
    else
        qCWarning(lcPortal) << reply->operation() << path << "answered HTTP" << r.status;
    return httpError(endpoint, r, mfaRestricted);
}

PortalError PortalClient::networkError(QNetworkReply *reply, const QString &path) const
{
    // `path` comes without its query (outcome()).
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
        return PortalError::make(ErrorKind::Timeout);
    case QNetworkReply::SslHandshakeFailedError: {
        PortalError e = PortalError::make(ErrorKind::Tls, reply->errorString());
        e.tlsProblem = TlsProblem::Handshake;
        return e;
    }
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        qCWarning(lcPortal) << "proxy error on" << path << ":" << reply->errorString();
        return PortalError::make(ErrorKind::Proxy, reply->errorString());
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        // Through a manual proxy the proxy is what the user can check (Qt
        // 6.4 reports a refusing proxy as an unknown network error,
        // "Connection to proxy refused").
        if (m_nam.proxy().type() == QNetworkProxy::HttpProxy || m_nam.proxy().type() == QNetworkProxy::Socks5Proxy) {
            qCWarning(lcPortal) << "no connection through the proxy on" << path << ":" << reply->errorString();
            return PortalError::make(ErrorKind::Proxy, reply->errorString());
        }
        break;
    default:
        break;
    }
    qCWarning(lcPortal) << "network error on" << path << ":" << reply->errorString();
    return PortalError::make(ErrorKind::Network, reply->errorString());
}

PortalError PortalClient::httpError(Endpoint endpoint, const Reply &reply, bool mfaRestricted) const
{
    const bool tokenCall = endpoint == Endpoint::Token || endpoint == Endpoint::MfaToken;
    ErrorKind kind = ErrorKind::Protocol;
    switch (reply.status) {
    case 400: kind = ErrorKind::Protocol; break;
    case 401: kind = tokenCall ? ErrorKind::BadCredentials : ErrorKind::SessionExpired; break;
    case 403:
        kind = mfaRestricted                                    ? ErrorKind::MfaRequired
            : parse::errorFlag(reply.body, "step-up-required") ? ErrorKind::StepUpRequired
                                                                : ErrorKind::Forbidden;
        break;
    case 404: kind = endpoint == Endpoint::UserLookUp ? ErrorKind::UnknownUser : ErrorKind::NotFound; break;
    case 409:
        kind = endpoint == Endpoint::Activate || endpoint == Endpoint::Administration ? ErrorKind::WrongPassword
            : endpoint == Endpoint::Reminder                                         ? ErrorKind::AlreadyEnrolled
                                                                                     : ErrorKind::Protocol;
        break;
    case 410: kind = ErrorKind::NoPendingEnrollment; break;
    case 422:
        kind = endpoint == Endpoint::Activate || endpoint == Endpoint::MfaToken || endpoint == Endpoint::Administration
            ? ErrorKind::WrongPasscode
            : ErrorKind::Protocol;
        break;
    case 423: kind = ErrorKind::AccountLocked; break;
    case 429: kind = ErrorKind::RateLimited; break;
    case 503: kind = ErrorKind::Busy; break;
    default: kind = reply.status >= 500 ? ErrorKind::Server : ErrorKind::Protocol; break;
    }
    // A portal that wants MFA set up but has no enrollment endpoint (a
    // stock NetSapiens portal's users enroll in its web portal).
    if (kind == ErrorKind::NotFound && (endpoint == Endpoint::Enrollment || endpoint == Endpoint::Activate)) {
        PortalError e = PortalError::make(
            ErrorKind::EnrollmentElsewhere,
            m_portal.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString());
        e.httpStatus = reply.status;
        return e;
    }
    PortalError e = PortalError::make(kind, u"HTTP %1"_s.arg(reply.status));
    e.httpStatus = reply.status;
    e.serverMessage = parse::errorMessage(reply.body);
    if (kind == ErrorKind::RateLimited)
        e.retryAfterSeconds = parse::retryAfterSeconds(reply.retryAfter, m_clock.now());
    // A busy portal that names no time: BusyBackoff's shortest wait.
    else if (kind == ErrorKind::Busy && !reply.retryAfter.isEmpty())
        e.retryAfterSeconds = parse::retryAfterSeconds(reply.retryAfter, m_clock.now());
    return e;
}

void PortalClient::tokenCall(const QJsonObject &body, Endpoint endpoint, Callback<TokenPair> done)
{
    send("POST", u"/jwt"_s, &body, endpoint, [done = std::move(done)](Result<Reply, PortalError> r) {
        if (!r)
            return done(r.error());
        done(parse::tokenPair(r.value().body));
    });
}

void PortalClient::passwordGrant(const ClientCredentials &client, const QString &username, const QString &password,
                                 Callback<TokenPair> done)
{
    const QJsonObject body{{u"grant_type"_s, u"password"_s},
                           {u"client_id"_s, client.clientId},
                           {u"client_secret"_s, client.clientSecret},
                           {u"username"_s, username},
                           {u"password"_s, password}};
    tokenCall(body, Endpoint::Token, std::move(done));
}

void PortalClient::mfaGrant(const ClientCredentials &client, const QString &username, const QString &password,
                            const QString &passcode, const TokenPair &restricted, Callback<TokenPair> done,
                            MfaMethod method)
{
    const QString type = method == MfaMethod::RecoveryCode      ? u"recovery-code"_s
        : method == MfaMethod::TemporaryAccess                 ? u"temporary-access"_s
        : restricted.claims.mfaType.isEmpty() ? u"authenticator"_s : restricted.claims.mfaType;
    const QJsonObject body{
        {u"grant_type"_s, u"mfa"_s},
        {u"client_id"_s, client.clientId},
        {u"client_secret"_s, client.clientSecret},
        {u"username"_s, username},
        {u"password"_s, password},
        {u"mfa_vendor"_s, restricted.claims.mfaVendor.isEmpty() ? u"google"_s : restricted.claims.mfaVendor},
        {u"mfa_type"_s, type},
        {u"passcode"_s, passcode},
        {u"ns_id_type"_s, u"subscriber"_s},
        {u"access_token"_s, restricted.token}};
    if (method == MfaMethod::Authenticator)
        return tokenCall(body, Endpoint::MfaToken, std::move(done));
    // Not a code from the app: say so when it is refused.
    tokenCall(body, Endpoint::MfaToken, [done = std::move(done)](Result<TokenPair, PortalError> r) {
        if (!r && r.error().kind == ErrorKind::WrongPasscode) {
            PortalError e = r.error();
            e.kind = ErrorKind::CodeNotAccepted;
            return done(e);
        }
        done(std::move(r));
    });
}

void PortalClient::refreshGrant(const ClientCredentials &client, const QString &refreshToken, Callback<TokenPair> done)
{
    const QJsonObject body{{u"grant_type"_s, u"refresh_token"_s},
                           {u"client_id"_s, client.clientId},
                           {u"client_secret"_s, client.clientSecret},
                           {u"refresh"_s, refreshToken}};
    tokenCall(body, Endpoint::Refresh, std::move(done));
}

void PortalClient::revoke(Callback<Done> done)
{
    send("DELETE", u"/jwt"_s, nullptr, Endpoint::Other, [done = std::move(done)](Result<Reply, PortalError> r) {
        if (!r)
            return done(r.error());
        done(Done{});
    });
}

template <typename T, typename Parser>
void PortalClient::call(const QByteArray &verb, const QString &path, const QJsonObject *body, Parser parser, Callback<T> done, Endpoint endpoint)
{
    send(verb, path, body, endpoint, [this, endpoint, parser, done = std::move(done)](Result<Reply, PortalError> r) mutable {
        if (!r)
            return done(r.error());
        // Only listings: answers that carry tokens or codes stay in the
        // buffers that are wiped.
        if (endpoint != Endpoint::Other || r.value().body.size() < ParseOffThreadBytes)
            return done(parser(r.value().body));
        parseOffThread<T>(std::move(r.value().body), std::move(parser), std::move(done));
    });
}

template <typename T, typename Parser>
void PortalClient::parseOffThread(QByteArray body, Parser parser, Callback<T> done)
{
    using Parsed = Result<T, PortalError>;
    auto *watcher = new QFutureWatcher<Parsed>(this);
    auto callback = std::make_shared<Callback<T>>(std::move(done));
    m_parsing.insert(watcher, [watcher, callback](bool notify) {
        // The parse runs to its end on its own; its result goes nowhere.
        watcher->disconnect();
        watcher->deleteLater();
        if (notify)
            (*callback)(PortalError::make(ErrorKind::Cancelled));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, callback] {
        m_parsing.remove(watcher);
        watcher->deleteLater();
        (*callback)(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(QThreadPool::globalInstance(),
                                         [parser, body = std::move(body)] { return Parsed(parser(body)); }));
}

template <typename T, typename Parser>
void PortalClient::getJson(const QString &path, Parser parser, Callback<T> done)
{
    call<T>("GET", path, nullptr, std::move(parser), std::move(done));
}

void PortalClient::currentClaims(Callback<JwtClaims> done)
{
    getJson<JwtClaims>(u"/jwt"_s,
                       [](const QByteArray &body) -> Result<JwtClaims, PortalError> {
                           const QJsonDocument doc = QJsonDocument::fromJson(body);
                           if (!doc.isObject())
                               return PortalError::make(ErrorKind::Protocol, u"expected a JSON object"_s);
                           return parse::claimsObject(doc.object());
                       },
                       std::move(done));
}

void PortalClient::startEnrollment(Callback<Enrollment> done)
{
    send("POST", u"/domains/~/users/~/mfa/enrollment"_s, nullptr, Endpoint::Enrollment,
         [done = std::move(done)](Result<Reply, PortalError> r) {
             if (!r)
                 return done(r.error());
             done(parse::enrollment(r.value().body));
         });
}

void PortalClient::activateEnrollment(const QString &passcode, const QString &password,
                                      Callback<TokenPair> done)
{
    const QJsonObject body{{u"passcode"_s, passcode}, {u"password"_s, password}};
    send("POST", u"/domains/~/users/~/mfa/activate"_s, &body, Endpoint::Activate,
         [done = std::move(done)](Result<Reply, PortalError> r) {
             if (!r)
                 return done(r.error());
             done(parse::tokenPair(r.value().body));
         });
}

static QString pathSegment(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s, "@~"));
}

void PortalClient::domains(int start, int limit, Callback<QList<PortalDomain>> done)
{
    getJson<QList<PortalDomain>>(u"/domains?start=%1&limit=%2"_s.arg(start).arg(limit), &parse::domains,
                                 std::move(done));
}

void PortalClient::mfaSummary(const QString &domain, Callback<MfaSummary> done)
{
    getJson<MfaSummary>(u"/domains/%1/mfa-summary"_s.arg(pathSegment(domain)), &parse::mfaSummary,
                        std::move(done));
}

void PortalClient::mfaSummaries(Callback<QList<MfaSummary>> done)
{
    getJson<QList<MfaSummary>>(u"/mfa-summary"_s, &parse::mfaSummaries, std::move(done));
}

void PortalClient::users(const QString &domain, int start, int limit,
                         Callback<QList<PortalUser>> done)
{
    getJson<QList<PortalUser>>(u"/domains/%1/users?start=%2&limit=%3"_s.arg(pathSegment(domain)).arg(start).arg(limit),
                               &parse::users, std::move(done));
}

void PortalClient::userCount(const QString &domain, Callback<int> done)
{
    getJson<int>(u"/domains/%1/users/count"_s.arg(pathSegment(domain)), &parse::count, std::move(done));
}

void PortalClient::user(const QString &domain, const QString &user, Callback<PortalUser> done)
{
    call<PortalUser>("GET", u"/domains/%1/users/%2"_s.arg(pathSegment(domain), pathSegment(user)), nullptr,
                     &parse::user, std::move(done), Endpoint::UserLookUp);
}

void PortalClient::myUser(Callback<PortalUser> done)
{
    user(u"~"_s, u"~"_s, std::move(done));
}

static QJsonObject withProof(QJsonObject body, const StepUp &proof)
{
    if (!proof.password.isEmpty())
        body.insert(u"password"_s, proof.password);
    if (!proof.passcode.isEmpty())
        body.insert(u"passcode"_s, proof.passcode);
    return body;
}

void PortalClient::setMfaRequired(const QString &domain, const QString &user, bool required,
                                  Callback<PortalUser> done, const StepUp &proof)
{
    const QJsonObject body = withProof({{u"mfa-required"_s, required}}, proof);
    call<PortalUser>("PUT", u"/domains/%1/users/%2/mfa"_s.arg(pathSegment(domain), pathSegment(user)), &body,
                     &parse::user, std::move(done), Endpoint::Administration);
}

void PortalClient::resetMfa(const QString &domain, const QString &user, Callback<PortalUser> done,
                            const StepUp &proof)
{
    const QJsonObject body = withProof({}, proof);
    call<PortalUser>("DELETE", u"/domains/%1/users/%2/mfa"_s.arg(pathSegment(domain), pathSegment(user)),
                     body.isEmpty() ? nullptr : &body, &parse::user, std::move(done), Endpoint::Administration);
}

void PortalClient::unlockAccount(const QString &domain, const QString &user,
                                 Callback<PortalUser> done, const StepUp &proof)
{
    const QJsonObject body = withProof({}, proof);
    call<PortalUser>("DELETE", u"/domains/%1/users/%2/mfa/lockout"_s.arg(pathSegment(domain), pathSegment(user)),
                     body.isEmpty() ? nullptr : &body, &parse::user, std::move(done), Endpoint::Administration);
}

void PortalClient::issueTemporaryAccess(const QString &domain, const QString &user,
                                        int lifetimeMinutes, const QString &reason, Callback<TemporaryAccessCode> done,
                                        const StepUp &proof)
{
    QJsonObject body{{u"lifetime-minutes"_s, lifetimeMinutes}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    body = withProof(body, proof);
    call<TemporaryAccessCode>("POST", u"/domains/%1/users/%2/mfa/temporary-access"_s.arg(pathSegment(domain), pathSegment(user)),
                              &body, &parse::temporaryAccessCode, std::move(done), Endpoint::Administration);
}

void PortalClient::cancelTemporaryAccess(const QString &domain, const QString &user,
                                         Callback<PortalUser> done, const StepUp &proof)
{
    const QJsonObject body = withProof({}, proof);
    call<PortalUser>("DELETE", u"/domains/%1/users/%2/mfa/temporary-access"_s.arg(pathSegment(domain), pathSegment(user)),
                     body.isEmpty() ? nullptr : &body, &parse::user, std::move(done), Endpoint::Administration);
}

void PortalClient::sendReminder(const QString &domain, const QString &user, Callback<Done> done)
{
    call<Done>("POST", u"/domains/%1/users/%2/mfa/reminder"_s.arg(pathSegment(domain), pathSegment(user)), nullptr,
               [](const QByteArray &) -> Result<Done, PortalError> { return Done{}; }, std::move(done), Endpoint::Reminder);
}

void PortalClient::replaceRecoveryCodes(const StepUp &proof, Callback<QStringList> done)
{
    const QJsonObject body = withProof({}, proof);
    call<QStringList>("POST", u"/domains/~/users/~/mfa/recovery-codes"_s, &body, &parse::recoveryCodes,
                      std::move(done), Endpoint::Administration);
}

void PortalClient::setMfaPolicy(const QString &domain, const QStringList &scopes,
                                Callback<int> done)
{
    const QJsonObject body{{u"mfa-required-scopes"_s, QJsonArray::fromStringList(scopes)}};
    call<int>("PUT", u"/domains/%1/mfa-policy"_s.arg(pathSegment(domain)), &body, &parse::policyAffected,
              std::move(done));
}

void PortalClient::setEnrollmentDeadline(const QString &domain, const QDateTime &deadline,
                                         Callback<int> done)
{
    const QJsonObject body{{u"mfa-deadline-datetime"_s,
                            deadline.isValid() ? QJsonValue(deadline.toUTC().toString(Qt::ISODate)) : QJsonValue()}};
    call<int>("PUT", u"/domains/%1/mfa-policy"_s.arg(pathSegment(domain)), &body, &parse::policyAffected,
              std::move(done));
}

void PortalClient::auditLog(const AuditQuery &query, Callback<QList<AuditEvent>> done)
{
    QUrlQuery q;
    if (!query.domain.isEmpty())
        q.addQueryItem(u"target-domain"_s, query.domain);
    if (!query.user.isEmpty())
        q.addQueryItem(u"target-user"_s, query.user);
    if (!query.action.isEmpty())
        q.addQueryItem(u"action-type"_s, query.action);
    // Events have whole-second timestamps and the API takes whole seconds:
    // the first whole second at or after `from` (the date format drops a
    // fraction, which would take in events before it) and the last at or
    // before `to` ask for the same events.
    if (query.from.isValid()) {
        const QDateTime from = query.from.toUTC();
        const int fraction = from.time().msec();
        q.addQueryItem(u"datetime-start"_s, from.addMSecs(fraction ? 1000 - fraction : 0).toString(Qt::ISODate));
    }
    if (query.to.isValid())
        q.addQueryItem(u"datetime-end"_s, query.to.toUTC().toString(Qt::ISODate));
    const QString encoded = q.toString(QUrl::FullyEncoded);
    getJson<QList<AuditEvent>>(u"/auditlog"_s + (encoded.isEmpty() ? QString() : u'?' + encoded),
                               &parse::auditEvents, std::move(done));
}

} // namespace pbx
