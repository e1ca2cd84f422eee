// The core client and session against the portal simulator, over real TLS
// on loopback: every branch of sign-in, MFA enrollment and challenge.
#include "console/mfa_state.h"
#include "crypto/password_hash.h"
#include "mfa/totp.h"
#include "portal/blocking_call.h"
#include "portal/busy_backoff.h"
#include "portal/portal_url.h"
#include "portal/response_parsers.h"
#include "portal/session.h"
#include "sim/certificate_factory.h"
#include "sim/demo_seed.h"
#include "sim/rate_limiter.h"
#include "support/canned_tls_server.h"
#include "support/connect_proxy.h"
#include "support/demo_accounts.h"
#include "support/sim_fixture.h"
#include "support/unsigned_jwt.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

// Checks that an error happened before looking at it: reading an empty
// optional would compare whatever its storage last held.
#define QCOMPARE_ERROR(optionalError, expectedKind)                                                                    \
    do {                                                                                                               \
        const auto &error_ = (optionalError);                                                                          \
        QVERIFY2(error_.has_value(), "expected an error, got success");                                                \
        QCOMPARE(error_->kind, expectedKind);                                                                          \
    } while (false)

namespace {
const ClientCredentials DemoClient = test::demoClient();
const QString Password = test::demoPassword();
constexpr int Timeout = 30000;
} // namespace

class TestPortalFlows : public QObject
{
    Q_OBJECT

    test::SimFixture m_sim;
    QByteArray m_managerSecret; // set once manager@acme.demo has enrolled

    // Runs the event loop until the session is idle again.
    void settle(Session &s) { QTRY_VERIFY_WITH_TIMEOUT(!s.busy(), Timeout); }

    // Signs in and returns the first failure, if any.
    // Signs in (to the simulator unless another portal is given) and
    // returns the failure, if any.
    std::optional<PortalError> signIn(Session &s, const QString &user, const QString &password,
                                      std::optional<TlsTrust> trust = std::nullopt, std::optional<QUrl> portal = std::nullopt)
    {
        std::optional<PortalError> failure;
        QObject ctx;
        connect(&s, &Session::signInFailed, &ctx, [&](const PortalError &e) { failure = e; });
        s.signIn(portal.value_or(m_sim.url()), trust.value_or(m_sim.pinned()), DemoClient, user, password);
        settle(s);
        return failure;
    }

    template <typename T>
    Result<T, PortalError> await(std::function<void(PortalClient::Callback<T>)> call)
    {
        return blockingCall<T>(std::move(call), Timeout);
    }

    std::optional<Enrollment> fetchEnrollment(Session &s)
    {
        std::optional<Enrollment> got;
        QObject ctx;
        connect(&s, &Session::enrollmentReady, &ctx, [&](const Enrollment &e) { got = e; });
        s.fetchEnrollment();
        settle(s);
        return got;
    }

    std::optional<PortalError> activate(Session &s, const QString &code, const QString &password)
    {
        std::optional<PortalError> failure;
        QObject ctx;
        connect(&s, &Session::activationFailed, &ctx, [&](const PortalError &e) { failure = e; });
        s.activate(code, password);
        settle(s);
        return failure;
    }

    std::optional<PortalError> challenge(Session &s, const QString &code)
    {
        std::optional<PortalError> failure;
        QObject ctx;
        connect(&s, &Session::challengeFailed, &ctx, [&](const PortalError &e) { failure = e; });
        s.answerChallenge(code);
        settle(s);
        return failure;
    }

    QString codeAt(const QByteArray &secret, qint64 offsetSecs = 0)
    {
        return mfa::totp(secret, m_sim.clock.nowSecs() + offsetSecs);
    }

    bool auditHas(const QString &action, const QString &user)
    {
        const auto &events = m_sim.simulator->store().all(u"audit"_s);
        return std::any_of(events.begin(), events.end(), [&](const QJsonObject &e) {
            return e.value(u"action-type"_s).toString() == action && e.value(u"target-user"_s).toString() == user;
        });
    }

    static QByteArray busy(int retryAfter)
    {
        return "HTTP/1.1 503 Service Unavailable\r\nRetry-After: " + QByteArray::number(retryAfter)
            + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    }
    static QByteArray okJson(const QByteArray &body)
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
    }
    // A token answer as a portal gives it; the client reads the claims and
    // does not check the signature (the portal does).
    static QByteArray tokenJson(bool challenge, bool enrolled = true)
    {
        QJsonObject claims{{u"sub"_s, u"basic@acme.demo"_s},
                           {u"user"_s, u"basic"_s},
                           {u"domain"_s, u"acme.demo"_s},
                           {u"user_scope"_s, challenge ? u"mfa_required"_s : u"Basic User"_s},
                           {u"exp"_s, double(QDateTime::currentSecsSinceEpoch() + 3600)}};
        if (challenge)
            claims.insert(u"mfa_enrolled"_s, enrolled);
        QJsonObject body{{u"token"_s, QString::fromLatin1(test::unsignedJwt(claims))}};
        if (!challenge)
            body.insert(u"refresh"_s, u"opaque-refresh"_s);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    static QByteArray notFound()
    {
        const QByteArray body = R"({"code":404,"message":"Not found"})";
        return "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private slots:
    void initTestCase()
    {
        m_sim.options.api.enrollmentSecs = 120;
        QVERIFY(m_sim.start());
    }

    // Each test starts outside every rate-limit window of the ones before.
    void init() { m_sim.clock.advance(sim::RateLimiter::WindowSecs + 1); }

    // manager@acme.demo's authenticator secret: enrolled by enrollment(), or
    // here when a function that needs it runs alone.
    QByteArray managerSecret()
    {
        if (!m_managerSecret.isEmpty())
            return m_managerSecret;
        Session s(m_sim.clock);
        if (signIn(s, u"manager@acme.demo"_s, Password) || s.state() != Session::State::EnrollmentRequired)
            return {};
        const auto enrollment = fetchEnrollment(s);
        if (!enrollment || activate(s, codeAt(enrollment->key.secret), Password))
            return {};
        s.signOut();
        m_sim.clock.advance(sim::RateLimiter::WindowSecs + 1); // its code is not the next one's
        return m_managerSecret = enrollment->key.secret;
    }

    void signInWithoutMfa()
    {
        Session s(m_sim.clock);
        QSignalSpy signedIn(&s, &Session::signedIn);
        QCOMPARE(signIn(s, u"basic@acme.demo"_s, Password), std::nullopt);
        QCOMPARE(s.state(), Session::State::SignedIn);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(s.claims().userScope, u"Basic User"_s);
        QCOMPARE(s.claims().domain, u"acme.demo"_s);
        // Refreshed a minute before it expires, by the injected clock.
        QCOMPARE(s.nextRefreshAt().toSecsSinceEpoch(), s.claims().exp - 60);
        const auto me = await<PortalUser>([&](auto cb) { s.client()->myUser(cb); });
        QVERIFY(me.ok());
        QCOMPARE(me.value().loginUsername, u"basic@acme.demo"_s);
        QVERIFY(me.value().mfaRequired == false);
    }

    void badCredentials_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << u"basic@acme.demo"_s << u"DemoPass-2025"_s;
        QTest::newRow("unknown user") << u"nobody@acme.demo"_s << Password;
        QTest::newRow("account without password") << u"ava.tremblay@acme.demo"_s << Password;
    }
    void badCredentials()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        Session s(m_sim.clock);
        const auto failure = signIn(s, user, password);
        QVERIFY(failure.has_value());
        QCOMPARE_ERROR(failure, ErrorKind::BadCredentials);
        QCOMPARE(s.state(), Session::State::SignedOut);
    }

    void emptyInputIsRefusedLocally()
    {
        Session s(m_sim.clock);
        const qint64 before = m_sim.simulator->requestsServed();
        const auto failure = signIn(s, u"basic@acme.demo"_s, QString());
        QCOMPARE_ERROR(failure, ErrorKind::InvalidInput);
        QCOMPARE(s.state(), Session::State::SignedOut);
        QTest::qWait(50);
        QCOMPARE(m_sim.simulator->requestsServed(), before); // nothing was sent
    }

    void untrustedCertificateIsRefusedWithFingerprint()
    {
        Session s(m_sim.clock);
        const qint64 before = m_sim.simulator->requestsServed();
        const auto failure = signIn(s, u"basic@acme.demo"_s, Password, TlsTrust());
        QVERIFY(failure.has_value());
        QCOMPARE_ERROR(failure, ErrorKind::Tls);
        QCOMPARE(failure->tlsProblem, TlsProblem::Untrusted);
        QCOMPARE(failure->certificate.sha256, m_sim.simulator->certificateSha256());
        QVERIFY(failure->message().contains(formatFingerprint(m_sim.simulator->certificateSha256())));
        QCOMPARE(m_sim.simulator->requestsServed(), before); // the password never left
    }

    // A caller may start over from inside the failure callback (the UI does,
    // after "Trust this certificate"): the failed client is still on the
    // stack then, and must not be destroyed under it.
    void retryFromInsideTheFailureCallback()
    {
        Session s(m_sim.clock);
        int failures = 0;
        connect(&s, &Session::signInFailed, this, [&](const PortalError &e) {
            if (++failures == 1 && e.kind == ErrorKind::Tls)
                s.signIn(m_sim.url(), m_sim.pinned(), DemoClient, u"basic@acme.demo"_s, Password);
        });
        s.signIn(m_sim.url(), TlsTrust(), DemoClient, u"basic@acme.demo"_s, Password);
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), Session::State::SignedIn, Timeout);
        QCOMPARE(failures, 1);
    }

    void pinnedToAnotherCertificateIsRefused()
    {
        Session s(m_sim.clock);
        const auto failure = signIn(s, u"basic@acme.demo"_s, Password, TlsTrust::withPin(QByteArray(32, '\x42')));
        QCOMPARE_ERROR(failure, ErrorKind::Tls);
        QCOMPARE(failure->tlsProblem, TlsProblem::PinMismatch);
    }

    void trustedThroughCaFile()
    {
        const auto ca = sim::makeCertificate({u"PBX Test CA"_s, u"Tests"_s, {}, {}, QDateTime::currentDateTimeUtc().addDays(-1),
                                              QDateTime::currentDateTimeUtc().addDays(30), true, {}, {}});
        sim::CertificateSpec leaf;
        leaf.issuerCertificatePem = ca->certificatePem;
        leaf.issuerKeyPem = ca->keyPem;
        const auto server = sim::makeCertificate(leaf);
        QVERIFY(ca && server);
        test::SimFixture other;
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(other.dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(u"ca.pem"_s, ca->certificatePem);
        write(u"server.pem"_s, server->certificatePem);
        write(u"server.key"_s, server->keyPem);
        other.options.certificateFile = other.dir.filePath(u"server.pem"_s);
        other.options.keyFile = other.dir.filePath(u"server.key"_s);
        QVERIFY(other.start());
        const auto trust = TlsTrust::withCaFile(other.dir.filePath(u"ca.pem"_s));
        QVERIFY(trust.ok());
        Session s(other.clock);
        s.signIn(other.url(), trust.value(), DemoClient, u"basic@acme.demo"_s, Password);
        settle(s);
        QCOMPARE(s.state(), Session::State::SignedIn);
    }

    void enrollment()
    {
        Session s(m_sim.clock);
        QCOMPARE(signIn(s, u"manager@acme.demo"_s, Password), std::nullopt);
        QCOMPARE(s.state(), Session::State::EnrollmentRequired);
        QVERIFY(s.claims().needsEnrollment());

        // Nothing else of the portal is reachable with the restricted token.
        const auto domains = await<QList<PortalDomain>>([&](auto cb) { s.client()->domains(0, 1000, cb); });
        QVERIFY(!domains.ok());
        QCOMPARE(domains.error().kind, ErrorKind::MfaRequired);
        QCOMPARE(domains.error().httpStatus, 403);
        const auto users = await<QList<PortalUser>>([&](auto cb) { s.client()->users(u"acme.demo"_s, 0, 10, cb); });
        QVERIFY(!users.ok());
        QCOMPARE(users.error().httpStatus, 403);

        const auto first = fetchEnrollment(s);
        QVERIFY(first.has_value());
        QCOMPARE(first->key.account, u"manager@acme.demo"_s);
        QCOMPARE(first->key.secret.size(), 20); // 160 bits
        // Asking again while it is pending gives the same key: no rescan after a typo.
        const auto second = fetchEnrollment(s);
        QCOMPARE(second->key.secret, first->key.secret);

        const QByteArray secret = first->key.secret;
        auto failure = activate(s, codeAt(secret), u"not-my-password"_s);
        QCOMPARE_ERROR(failure, ErrorKind::WrongPassword);
        QCOMPARE(failure->httpStatus, 409);
        failure = activate(s, codeAt(secret, -120), Password); // an expired code
        QCOMPARE_ERROR(failure, ErrorKind::WrongPasscode);
        QCOMPARE(failure->httpStatus, 422);
        QCOMPARE(s.state(), Session::State::EnrollmentRequired);

        QSignalSpy signedIn(&s, &Session::signedIn);
        QCOMPARE(activate(s, codeAt(secret), Password), std::nullopt);
        QCOMPARE(s.state(), Session::State::SignedIn);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(s.claims().userScope, u"Office Manager"_s);
        QVERIFY(auditHas(u"mfa.enrolled"_s, u"manager"_s));
        QVERIFY(auditHas(u"mfa.activate.failed"_s, u"manager"_s));

        // The portal now opens, within the caller's scope.
        const auto visible = await<QList<PortalDomain>>([&](auto cb) { s.client()->domains(0, 1000, cb); });
        QVERIFY(visible.ok());
        QCOMPARE(visible.value().size(), 1);
        QCOMPARE(visible.value().first().domain, u"acme.demo"_s);
        const auto page = await<QList<PortalUser>>([&](auto cb) { s.client()->users(u"acme.demo"_s, 0, 5, cb); });
        QVERIFY(page.ok());
        QCOMPARE(page.value().size(), 5);
        const auto count = await<int>([&](auto cb) { s.client()->userCount(u"acme.demo"_s, cb); });
        QVERIFY(count.ok());
        QCOMPARE(count.value(), 19);
        const auto foreign = await<int>([&](auto cb) { s.client()->userCount(u"globex.demo"_s, cb); });
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().kind, ErrorKind::Forbidden);
        m_managerSecret = secret;
        s.signOut();
    }

    void challengeAtNextSignIn()
    {
        QVERIFY(!managerSecret().isEmpty());
        Session s(m_sim.clock);
        QCOMPARE(signIn(s, u"manager@acme.demo"_s, Password), std::nullopt);
        QCOMPARE(s.state(), Session::State::ChallengeRequired);
        QCOMPARE(s.claims().mfaVendor, u"google"_s);
        auto failure = challenge(s, u"000000"_s == codeAt(m_managerSecret) ? u"111111"_s : u"000000"_s);
        QCOMPARE_ERROR(failure, ErrorKind::WrongPasscode);
        QCOMPARE(s.state(), Session::State::ChallengeRequired);
        const QString code = codeAt(m_managerSecret);
        QCOMPARE(challenge(s, code), std::nullopt);
        QCOMPARE(s.state(), Session::State::SignedIn);
        s.signOut();

        // The same code again, even within its 30 seconds, is a replay.
        Session again(m_sim.clock);
        QCOMPARE(signIn(again, u"manager@acme.demo"_s, Password), std::nullopt);
        failure = challenge(again, code);
        QCOMPARE_ERROR(failure, ErrorKind::WrongPasscode);
        QCOMPARE(challenge(again, codeAt(m_managerSecret, 30)), std::nullopt); // next step, within the window
        QVERIFY(auditHas(u"mfa.challenge.passed"_s, u"manager"_s));
    }

    // Round trips, counted by the portal: sign-in, enrollment and
    // activation take 3 requests over one TLS connection; a challenge 2.
    void roundTripsPerFlow()
    {
        const QString login = u"roundtrips@acme.demo"_s;
        QVERIFY(m_sim.simulator->store().put(
            u"user"_s, login,
            {{u"user"_s, u"roundtrips"_s}, {u"domain"_s, u"acme.demo"_s}, {u"login-username"_s, login},
             {u"user-scope"_s, u"Basic User"_s}, {u"mfa-required"_s, true},
             {u"password-hash"_s, QString::fromLatin1(crypto::PasswordHash::create(Password.toUtf8()))}}));
        const auto traffic = [&] {
            return std::pair{m_sim.simulator->requestsServed(), m_sim.simulator->connectionsAccepted()};
        };

        auto before = traffic();
        QByteArray secret;
        {
            Session s(m_sim.clock);
            QCOMPARE(signIn(s, login, Password), std::nullopt);
            const auto enrollment = fetchEnrollment(s);
            QVERIFY(enrollment.has_value());
            secret = enrollment->key.secret;
            QCOMPARE(activate(s, codeAt(secret), Password), std::nullopt);
            QCOMPARE(s.state(), Session::State::SignedIn);
            QCOMPARE(traffic().first - before.first, 3);
            QCOMPARE(traffic().second - before.second, 1);
            // Signed in and idle: nothing polls.
            QTest::qWait(1500);
            QCOMPARE(traffic().first - before.first, 3);
        }

        m_sim.clock.advance(30); // a fresh code
        before = traffic();
        Session s(m_sim.clock);
        QCOMPARE(signIn(s, login, Password), std::nullopt);
        QCOMPARE(s.state(), Session::State::ChallengeRequired);
        QCOMPARE(challenge(s, codeAt(secret)), std::nullopt);
        QCOMPARE(s.state(), Session::State::SignedIn);
        QCOMPARE(traffic().first - before.first, 2);
        QCOMPARE(traffic().second - before.second, 1);
    }

    // A manual HTTP proxy carries the whole sign-in (CONNECT, then TLS to
    // the portal through it); a proxy that is not there is said plainly.
    void throughAnHttpProxy()
    {
        test::ConnectProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        {
            Session s(m_sim.clock);
            s.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.serverPort()));
            QCOMPARE(signIn(s, u"basic@acme.demo"_s, Password), std::nullopt);
            QCOMPARE(s.state(), Session::State::SignedIn);
            QCOMPARE(proxy.tunnels(), QStringList{u"127.0.0.1:%1"_s.arg(m_sim.url().port())});
        }
        const quint16 gone = proxy.serverPort();
        proxy.close();
        Session s(m_sim.clock);
        s.setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, gone));
        const auto failure = signIn(s, u"basic@acme.demo"_s, Password);
        QCOMPARE_ERROR(failure, ErrorKind::Proxy);
        QVERIFY(failure->message().contains(u"proxy"_s));
        QCOMPARE(s.state(), Session::State::SignedOut);
    }

    // A plain-http portal (loopback only) never goes through a proxy, even
    // a manual one: the password would leave the machine in clear.
    void plainHttpPortalBypassesTheProxy()
    {
        test::ConnectProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        QTcpServer portal; // answers nothing: only whether it was reached counts
        QVERIFY(portal.listen(QHostAddress::LocalHost));
        int direct = 0;
        connect(&portal, &QTcpServer::newConnection, &portal, [&] {
            ++direct;
            portal.nextPendingConnection()->close();
        });
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(portal.serverPort());
        Session s(m_sim.clock);
        s.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.serverPort()));
        QSignalSpy failed(&s, &Session::signInFailed);
        QVERIFY(s.signIn(url, TlsTrust(), DemoClient, u"basic@acme.demo"_s, Password));
        QVERIFY(failed.wait(Timeout));
        QCOMPARE(proxy.connections(), 0);
        QVERIFY(direct >= 1);
    }

    void expiredEnrollmentIsGone()
    {
        Session s(m_sim.clock);
        QCOMPARE(signIn(s, u"reseller@demo"_s, Password), std::nullopt);
        QCOMPARE(s.state(), Session::State::EnrollmentRequired);
        const auto first = fetchEnrollment(s);
        QVERIFY(first.has_value());
        m_sim.clock.advance(m_sim.options.api.enrollmentSecs + 10);
        const auto failure = activate(s, codeAt(first->key.secret), Password);
        QCOMPARE_ERROR(failure, ErrorKind::NoPendingEnrollment);
        QCOMPARE(failure->httpStatus, 410);
        const auto fresh = fetchEnrollment(s);
        QVERIFY(fresh.has_value());
        QVERIFY(fresh->key.secret != first->key.secret);
        QVERIFY(fresh->expires > m_sim.clock.now());
    }

    void tooManyFailuresAreRateLimited()
    {
        Session s(m_sim.clock);
        for (int i = 0; i < 5; ++i)
            QCOMPARE_ERROR(signIn(s, u"basic@acme.demo"_s, u"wrong"_s), ErrorKind::BadCredentials);
        auto failure = signIn(s, u"basic@acme.demo"_s, Password); // even the right one now
        QCOMPARE_ERROR(failure, ErrorKind::RateLimited);
        QVERIFY(failure->retryAfterSeconds > 0 && failure->retryAfterSeconds <= 300);
        QVERIFY(failure->message().contains(QString::number(failure->retryAfterSeconds)));
        m_sim.clock.advance(failure->retryAfterSeconds);
        QCOMPARE(signIn(s, u"basic@acme.demo"_s, Password), std::nullopt);
    }

    void passcodeFailuresAreRateLimited()
    {
        QVERIFY(!managerSecret().isEmpty());
        Session s(m_sim.clock);
        QCOMPARE(signIn(s, u"manager@acme.demo"_s, Password), std::nullopt);
        const QString wrong = codeAt(m_managerSecret, -3600);
        for (int i = 0; i < 5; ++i)
            QCOMPARE_ERROR(challenge(s, wrong), ErrorKind::WrongPasscode);
        const auto failure = challenge(s, codeAt(m_managerSecret, 60));
        QCOMPARE_ERROR(failure, ErrorKind::RateLimited);
        QCOMPARE(s.state(), Session::State::ChallengeRequired);
    }

    void refreshRotatesAndSignOutRevokes()
    {
        Session s(m_sim.clock);
        QCOMPARE(signIn(s, u"basic@acme.demo"_s, Password), std::nullopt);
        const QString firstToken = s.accessToken();
        QVERIFY(s.refreshNow());
        settle(s);
        QCOMPARE(s.state(), Session::State::SignedIn);
        QVERIFY(s.accessToken() != firstToken);
        PortalClient client(m_sim.url(), m_sim.pinned(), m_sim.clock);
        client.setAccessToken(s.accessToken(), false);
        QVERIFY(await<JwtClaims>([&](auto cb) { client.currentClaims(cb); }).ok());
        s.signOut();
        QCOMPARE(s.state(), Session::State::SignedOut);
        QVERIFY(s.accessToken().isEmpty());
        // The revocation goes out in the background; the token dies with it.
        const auto revoked = [&] {
            const auto r = await<JwtClaims>([&](auto cb) { client.currentClaims(cb); });
            return !r.ok() && r.error().kind == ErrorKind::SessionExpired;
        };
        QVERIFY(QTest::qWaitFor(revoked, Timeout));
    }

    void usedRefreshTokenIsRefused()
    {
        PortalClient client(m_sim.url(), m_sim.pinned(), m_sim.clock);
        const auto pair = await<TokenPair>([&](auto cb) { client.passwordGrant(DemoClient, u"basic@acme.demo"_s, Password, cb); });
        QVERIFY(pair.ok());
        const auto first = await<TokenPair>([&](auto cb) { client.refreshGrant(DemoClient, pair.value().refresh, cb); });
        QVERIFY(first.ok());
        const auto replay = await<TokenPair>([&](auto cb) { client.refreshGrant(DemoClient, pair.value().refresh, cb); });
        QVERIFY(!replay.ok());
        QCOMPARE(replay.error().httpStatus, 401);
    }

    void restartKeepsState()
    {
        QVERIFY(!managerSecret().isEmpty());
        const QByteArray fingerprint = m_sim.simulator->certificateSha256();
        m_sim.stop();
        QVERIFY(m_sim.start());
        QCOMPARE(m_sim.simulator->certificateSha256(), fingerprint); // same certificate, reused
        Session s(m_sim.clock);
        QCOMPARE(signIn(s, u"manager@acme.demo"_s, Password), std::nullopt);
        QCOMPARE(s.state(), Session::State::ChallengeRequired); // still enrolled
        QCOMPARE(challenge(s, codeAt(m_managerSecret)), std::nullopt); // same secret
        QVERIFY(auditHas(u"mfa.enrolled"_s, u"manager"_s));
    }

    void dataDirectoryHoldsNoSecrets()
    {
        QVERIFY(!managerSecret().isEmpty());
        QDir dir(m_sim.dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(sim::DemoSeed::Password), qPrintable(name));
            QVERIFY2(!content.contains(m_managerSecret.toHex()), qPrintable(name));
            QVERIFY2(!content.contains(QByteArray(m_managerSecret).toBase64()), qPrintable(name));
        }
    }

    void plainHttpOnlyToThisComputer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("https") << u"https://pbx.example.com"_s << true << u"https://pbx.example.com"_s;
        QTest::newRow("bare host") << u"pbx.example.com:8443"_s << true << u"https://pbx.example.com:8443"_s;
        QTest::newRow("api path stripped") << u"https://pbx.example.com/ns-api/v2/"_s << true << u"https://pbx.example.com"_s;
        QTest::newRow("http remote") << u"http://pbx.example.com"_s << false << QString();
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << true << u"http://127.0.0.1:8080"_s;
        QTest::newRow("http localhost") << u"http://localhost"_s << true << u"http://localhost"_s;
        QTest::newRow("http 127/8") << u"http://127.1.2.3:8080"_s << true << u"http://127.1.2.3:8080"_s;
        QTest::newRow("http ::1") << u"http://[::1]:8080"_s << true << u"http://[::1]:8080"_s;
        QTest::newRow("http ::1 long form") << u"http://[0:0:0:0:0:0:0:1]"_s << true << u"http://[::1]"_s;
        QTest::newRow("http mapped loopback") << u"http://[::ffff:127.0.0.1]"_s << true << u"http://[::ffff:127.0.0.1]"_s;
        QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1"_s << false << QString();
        QTest::newRow("http 127 as a name") << u"http://127.0.0.1.example.com"_s << false << QString();
        QTest::newRow("http localhost as a name") << u"http://localhost.example.com"_s << false << QString();
        QTest::newRow("http ::2") << u"http://[::2]"_s << false << QString();
        QTest::newRow("http mapped remote") << u"http://[::ffff:10.0.0.1]"_s << false << QString();
        QTest::newRow("ftp") << u"ftp://pbx.example.com"_s << false << QString();
        QTest::newRow("user info") << u"https://eve@pbx.example.com"_s << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void plainHttpOnlyToThisComputer()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QString, normalized);
        const auto url = portalUrl(text);
        QCOMPARE(url.ok(), accepted);
        if (accepted)
            QCOMPARE(url.value().toString(), normalized);
        else
            QVERIFY(!url.error().message().isEmpty());
    }

    // Answers the simulator never gives, from a canned TLS server.
    void hostileAnswers_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("kind");
        QTest::newRow("redirect to http") << QByteArray("HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:9/ns-api/v2/jwt\r\nContent-Length: 0\r\n\r\n")
                                          << int(ErrorKind::InsecureRedirect);
        QTest::newRow("redirect to another host") << QByteArray("HTTP/1.1 308 Permanent Redirect\r\nLocation: https://portal.invalid/ns-api/v2/jwt\r\nContent-Length: 0\r\n\r\n")
                                                  << int(ErrorKind::InsecureRedirect);
        QTest::newRow("50 MB body announced") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{")
                                              << int(ErrorKind::TooLarge);
        QTest::newRow("HTML 502") << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: 22\r\n\r\n<html>Bad Gateway</html")
                                  << int(ErrorKind::Server);
        QTest::newRow("not JSON") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\nhello")
                                  << int(ErrorKind::Protocol);
        const auto ok = [](const QByteArray &body) -> QByteArray {
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\n\r\n" + body;
        };
        QTest::newRow("token that is not a JWT") << ok("{\"token\":\"opaque-session-id\",\"refresh\":\"r\"}") << int(ErrorKind::Protocol);
        QTest::newRow("token of the wrong type") << ok("{\"token\":12345,\"refresh\":\"r\"}") << int(ErrorKind::Protocol);
        QTest::newRow("missing fields") << ok("{}") << int(ErrorKind::Protocol);
        QTest::newRow("JSON array") << ok("[1,2,3]") << int(ErrorKind::Protocol);
        QTest::newRow("truncated JSON") << ok("{\"token\":\"a.b") << int(ErrorKind::Protocol);
        // Busy: asked again after a second or so, a few times, then given up.
        QTest::newRow("503 HTML") << QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n<h1>down</h1>")
                                  << int(ErrorKind::Busy);
        QTest::newRow("500 without body") << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n")
                                          << int(ErrorKind::Server);
    }
    void hostileAnswers()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, kind);
        test::CannedTlsServer server(response);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Session s(m_sim.clock);
        const auto failure = signIn(s, u"basic@acme.demo"_s, Password, TlsTrust::withPin(sha256Fingerprint(server.certificate())), QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
        QVERIFY(failure.has_value());
        QCOMPARE(int(failure->kind), kind);
        QCOMPARE(s.state(), Session::State::SignedOut);
        // The redirect was not followed back here either; only a busy
        // portal is asked again.
        QCOMPARE(server.requests(), kind == int(ErrorKind::Busy) ? 1 + BusyBackoff::MaxAttempts : 1);
        QVERIFY(!failure->message().isEmpty());
    }

    // Each certificate problem is refused with its own message, before any
    // request (so no password) reaches the server.
    void certificateProblems_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<bool>("signedByTrustedCa");
        QTest::addColumn<QDateTime>("notBefore");
        QTest::addColumn<QDateTime>("notAfter");
        QTest::addColumn<QStringList>("dnsNames");
        QTest::addColumn<QString>("says");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QStringList localhost{u"localhost"_s};
        QTest::newRow("expired") << int(TlsProblem::Expired) << true << now.addDays(-30) << now.addDays(-1) << localhost << u"expired"_s;
        QTest::newRow("not yet valid") << int(TlsProblem::NotYetValid) << true << now.addDays(2) << now.addDays(30) << localhost
                                       << u"not valid until"_s;
        QTest::newRow("wrong host") << int(TlsProblem::HostMismatch) << true << now.addDays(-1) << now.addDays(30)
                                    << QStringList{u"portal.example.com"_s} << u"another host name"_s;
        QTest::newRow("unknown CA") << int(TlsProblem::Untrusted) << false << now.addDays(-1) << now.addDays(30) << localhost
                                    << u"not trusted"_s;
    }
    void certificateProblems()
    {
        QFETCH(int, problem);
        QFETCH(bool, signedByTrustedCa);
        QFETCH(QDateTime, notBefore);
        QFETCH(QDateTime, notAfter);
        QFETCH(QStringList, dnsNames);
        QFETCH(QString, says);
        const auto ca = sim::makeCertificate({u"Trusted Test CA"_s, u"Tests"_s, {}, {}, QDateTime::currentDateTimeUtc().addDays(-60),
                                              QDateTime::currentDateTimeUtc().addDays(60), true, {}, {}});
        const auto otherCa = sim::makeCertificate({u"Unknown CA"_s, u"Elsewhere"_s, {}, {}, QDateTime::currentDateTimeUtc().addDays(-60),
                                                   QDateTime::currentDateTimeUtc().addDays(60), true, {}, {}});
        sim::CertificateSpec spec;
        spec.commonName = dnsNames.first(); // Qt also matches the CN, so it must be wrong too
        spec.dnsNames = dnsNames;
        spec.ipAddresses = {};
        spec.notBefore = notBefore;
        spec.notAfter = notAfter;
        spec.issuerCertificatePem = signedByTrustedCa ? ca->certificatePem : otherCa->certificatePem;
        spec.issuerKeyPem = signedByTrustedCa ? ca->keyPem : otherCa->keyPem;
        test::CannedTlsServer server("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", test::CannedTlsServer::Delivery::Whole, spec);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTemporaryDir dir;
        QFile caFile(dir.filePath(u"ca.pem"_s));
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(ca->certificatePem);
        caFile.close();
        const auto trust = TlsTrust::withCaFile(caFile.fileName());
        Session s(m_sim.clock);
        const auto failure = signIn(s, u"basic@acme.demo"_s, Password, trust.value(), QUrl(u"https://localhost:%1"_s.arg(server.serverPort())));
        QCOMPARE_ERROR(failure, ErrorKind::Tls);
        QCOMPARE(int(failure->tlsProblem), problem);
        QVERIFY2(failure->message().contains(says), qPrintable(failure->message()));
        QCOMPARE(failure->certificate.sha256, sha256Fingerprint(server.certificate()));
        QCOMPARE(server.requests(), 0); // the password never left
    }

    void outdatedTlsOnly()
    {
        // A server stuck on TLS 1.1: deprecated on purpose, to see it refused.
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        test::CannedTlsServer server("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", test::CannedTlsServer::Delivery::Whole,
                                     {}, QSsl::TlsV1_1);
        QT_WARNING_POP
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Session s(m_sim.clock);
        const auto failure = signIn(s, u"basic@acme.demo"_s, Password, TlsTrust::withPin(sha256Fingerprint(server.certificate())), QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
        QCOMPARE_ERROR(failure, ErrorKind::Tls);
        QCOMPARE(failure->tlsProblem, TlsProblem::Handshake);
        QVERIFY(failure->message().contains(u"outdated TLS"_s));
        QCOMPARE(server.requests(), 0);
    }

    void retryAfterAsHttpDate()
    {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(120);
        const QByteArray date = QLocale::c().toString(at, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        test::CannedTlsServer server("HTTP/1.1 429 Too Many Requests\r\nRetry-After: " + date
                                     + "\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Session s; // the real clock: the date is absolute
        const auto failure = signIn(s, u"basic@acme.demo"_s, Password, TlsTrust::withPin(sha256Fingerprint(server.certificate())), QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
        QCOMPARE_ERROR(failure, ErrorKind::RateLimited);
        QVERIFY2(failure->retryAfterSeconds > 100 && failure->retryAfterSeconds <= 120, qPrintable(QString::number(failure->retryAfterSeconds)));
    }

    // A body dripped one byte at a time never trips the idle timeout; the
    // total deadline ends it. A reset mid-answer is a network failure.
    void slowAndBrokenAnswers_data()
    {
        QTest::addColumn<int>("delivery");
        QTest::addColumn<int>("kind");
        QTest::newRow("dripped") << int(test::CannedTlsServer::Delivery::Drip) << int(ErrorKind::Timeout);
        QTest::newRow("reset halfway") << int(test::CannedTlsServer::Delivery::ResetHalfway) << int(ErrorKind::Network);
    }
    void slowAndBrokenAnswers()
    {
        QFETCH(int, delivery);
        QFETCH(int, kind);
        const QByteArray body(400, ' ');
        test::CannedTlsServer server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                         + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                                     test::CannedTlsServer::Delivery(delivery));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Session s(m_sim.clock);
        s.setLimits({1000, 2500, 1 << 20}); // idle 1 s, total 2.5 s
        const auto failure = signIn(s, u"basic@acme.demo"_s, Password, TlsTrust::withPin(sha256Fingerprint(server.certificate())), QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
        QVERIFY(failure.has_value());
        QCOMPARE(int(failure->kind), kind);
        QCOMPARE(s.state(), Session::State::SignedOut);
    }

    void unreachablePortal()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        Session s(m_sim.clock);
        const auto failure = signIn(s, u"x"_s, u"y"_s, TlsTrust(), QUrl(u"https://127.0.0.1:%1"_s.arg(port)));
        QCOMPARE_ERROR(failure, ErrorKind::Network);
    }

    void silentPortalTimesOut()
    {
        QTcpServer silent; // accepts, then never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Session s(m_sim.clock);
        s.setLimits({300, 800, 1 << 20});
        const auto failure = signIn(s, u"x"_s, u"y"_s, TlsTrust(), QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort())));
        QCOMPARE_ERROR(failure, ErrorKind::Timeout);
        QCOMPARE(s.state(), Session::State::SignedOut);
    }

    // A stock NetSapiens portal (pbx-portal-sim --netsapiens-strict): what
    // the published API documents works; the MFA state it does not report
    // is unknown, never "not required".
    void strictPortal()
    {
        test::SimFixture portal;
        QVERIFY(portal.start());
        // manager@acme.demo enrolls while the extension is there, as a stock
        // portal's users do in its web portal; then the portal goes strict.
        QByteArray secret;
        {
            Session s(portal.clock);
            QCOMPARE(signIn(s, u"manager@acme.demo"_s, Password, portal.pinned(), portal.url()), std::nullopt);
            QCOMPARE(s.state(), Session::State::EnrollmentRequired);
            const auto enrollment = fetchEnrollment(s);
            QVERIFY(enrollment.has_value());
            secret = enrollment->key.secret;
            QCOMPARE(activate(s, mfa::totp(secret, portal.clock.nowSecs()), Password), std::nullopt);
            QCOMPARE(s.state(), Session::State::SignedIn);
        }
        portal.stop();
        portal.options.api.netsapiensStrict = true;
        QVERIFY(portal.start());
        portal.clock.advance(30); // the activation's code is spent

        // Enrolled: the documented challenge, without our mfa_enrolled claim.
        Session s(portal.clock);
        QCOMPARE(signIn(s, u"manager@acme.demo"_s, Password, portal.pinned(), portal.url()), std::nullopt);
        QCOMPARE(s.state(), Session::State::ChallengeRequired);
        QVERIFY(!s.claims().mfaEnrolled.has_value());
        QCOMPARE(challenge(s, mfa::totp(secret, portal.clock.nowSecs())), std::nullopt);
        QCOMPARE(s.state(), Session::State::SignedIn);

        const auto users = await<QList<PortalUser>>([&](auto cb) { s.client()->users(u"acme.demo"_s, 0, 1000, cb); });
        QVERIFY(users.ok());
        QVERIFY(users.value().size() > 10);
        for (const PortalUser &u : users.value()) {
            QVERIFY2(mfaStateOf(u) == MfaState::Unknown, qPrintable(u.user));
            QVERIFY(!u.mfaRequired.has_value() && !u.mfaEnrolled.has_value());
        }
        const auto count = await<int>([&](auto cb) { s.client()->userCount(u"acme.demo"_s, cb); });
        QCOMPARE(count.value(), int(users.value().size()));
        const auto one = await<PortalUser>([&](auto cb) { s.client()->user(u"acme.demo"_s, u"1001"_s, cb); });
        QVERIFY(one.ok());
        QCOMPARE(one.value().user, u"1001"_s);
        QCOMPARE(mfaStateOf(one.value()), MfaState::Unknown);
        const auto me = await<PortalUser>([&](auto cb) { s.client()->myUser(cb); });
        QCOMPARE(me.value().loginUsername, u"manager@acme.demo"_s);
        const auto elsewhere = await<PortalUser>([&](auto cb) { s.client()->user(u"globex.demo"_s, u"1002"_s, cb); });
        QCOMPARE(elsewhere.error().kind, ErrorKind::Forbidden); // an office manager's scope is its domain
        const auto nobody = await<PortalUser>([&](auto cb) { s.client()->user(u"acme.demo"_s, u"nobody"_s, cb); });
        QCOMPARE(nobody.error().kind, ErrorKind::UnknownUser);
        const auto audit = await<QList<AuditEvent>>([&](auto cb) { s.client()->auditLog({u"acme.demo"_s, {}, {}, {}, {}}, cb); });
        QVERIFY(audit.ok());
        QVERIFY(!audit.value().isEmpty());
        const auto require = await<PortalUser>([&](auto cb) {
            s.client()->setMfaRequired(u"acme.demo"_s, u"1001"_s, true, cb);
        });
        QCOMPARE(require.error().kind, ErrorKind::NotFound); // no extension
        QVERIFY(s.refreshNow());
        settle(s);
        QCOMPARE(s.state(), Session::State::SignedIn);
        s.signOut();

        // Required but not enrolled: a stock portal lets the user in, and
        // keeps them in.
        Session r(portal.clock);
        QCOMPARE(signIn(r, u"reseller@demo"_s, Password, portal.pinned(), portal.url()), std::nullopt);
        QCOMPARE(r.state(), Session::State::SignedIn);
        QCOMPARE(r.claims().userScope, u"Reseller"_s);
        QVERIFY(!r.claims().mfaEnrollmentDue.isValid());
        QVERIFY(r.refreshNow());
        settle(r);
        QCOMPARE(r.state(), Session::State::SignedIn);
    }

    // A portal that says the user must enroll but has no enrollment
    // endpoint: the error says where to set MFA up instead.
    void enrollmentElsewhereSaysWhere()
    {
        test::CannedTlsServer server(QByteArray{});
        server.setResponses({okJson(tokenJson(true, false)), notFound()});
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl portal(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
        Session s(m_sim.clock);
        QCOMPARE(signIn(s, u"basic@acme.demo"_s, Password, TlsTrust::withPin(sha256Fingerprint(server.certificate())), portal),
                 std::nullopt);
        QCOMPARE(s.state(), Session::State::EnrollmentRequired);
        std::optional<PortalError> failure;
        QObject ctx;
        connect(&s, &Session::enrollmentFailed, &ctx, [&](const PortalError &e) { failure = e; });
        QVERIFY(s.fetchEnrollment());
        settle(s);
        QCOMPARE_ERROR(failure, ErrorKind::EnrollmentElsewhere);
        QVERIFY2(failure->message().contains(portal.toString()), qPrintable(failure->message()));
        QVERIFY(failure->message().contains(u"web portal"_s));
        QCOMPARE(server.requests(), 2);
    }

    // A busy portal (503) is asked again after its Retry-After, and the
    // session says so; once it answers, the sign-in goes on.
    void busyPortalIsAskedAgainUntilItAnswers()
    {
        test::CannedTlsServer server(QByteArray{});
        server.setResponses({busy(1), busy(1), okJson(tokenJson(false))});
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Session s(m_sim.clock);
        QSignalSpy waits(&s, &Session::portalBusy);
        QSignalSpy signedIn(&s, &Session::signedIn);
        QCOMPARE(signIn(s, u"basic@acme.demo"_s, Password, TlsTrust::withPin(sha256Fingerprint(server.certificate())),
                        QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()))),
                 std::nullopt);
        QCOMPARE(s.state(), Session::State::SignedIn);
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(waits.size(), 2);
        QVERIFY(waits.at(0).at(0).toInt() >= 1);
        QCOMPARE(server.requests(), 3);
    }

    void waitingForABusyPortalCanBeCancelled()
    {
        test::CannedTlsServer server(busy(20));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Session s(m_sim.clock);
        QSignalSpy waits(&s, &Session::portalBusy);
        s.signIn(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())),
                 TlsTrust::withPin(sha256Fingerprint(server.certificate())), DemoClient, u"basic@acme.demo"_s, Password);
        QVERIFY(waits.wait(Timeout));
        QVERIFY(waits.at(0).at(0).toInt() >= 20);
        QVERIFY(s.busy());
        s.cancel();
        QVERIFY(!s.busy());
        QCOMPARE(s.state(), Session::State::SignedOut);
        QTest::qWait(1500);
        QCOMPARE(server.requests(), 1);
    }

    // A code may expire while a busy portal is waited out: the step that
    // carries it is never sent again; the user is asked for a new one.
    void passcodeIsNeverSentAgainAfterBusy()
    {
        test::CannedTlsServer server(QByteArray{});
        server.setResponses({okJson(tokenJson(true)), busy(1)});
        QVERIFY(server.listen(QHostAddress::LocalHost));
        Session s(m_sim.clock);
        QCOMPARE(signIn(s, u"basic@acme.demo"_s, Password, TlsTrust::withPin(sha256Fingerprint(server.certificate())),
                        QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()))),
                 std::nullopt);
        QCOMPARE(s.state(), Session::State::ChallengeRequired);
        const auto failure = challenge(s, u"123456"_s);
        QCOMPARE_ERROR(failure, ErrorKind::Busy);
        QCOMPARE(failure->retryAfterSeconds, 1);
        QTest::qWait(2500);
        QCOMPARE(server.requests(), 2);
        QCOMPARE(s.state(), Session::State::ChallengeRequired); // a fresh code can be tried
    }

    void cancelWhileSigningIn()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Session s(m_sim.clock);
        s.signIn(QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort())), TlsTrust(), DemoClient, u"x"_s, u"y"_s);
        QVERIFY(s.busy());
        s.cancel();
        QVERIFY(!s.busy());
        QCOMPARE(s.state(), Session::State::SignedOut);
    }
};

QTEST_GUILESS_MAIN(TestPortalFlows)
#include "tst_portal_flows.moc"
