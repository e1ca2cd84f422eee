// The portal's defences, through its real HTTPS API as any client (or
// attacker) would meet them: who may administer whom, what ends a session,
// the lockout, enrollment bound to its sign-in, throttled client secrets,
// shed load, request limits, the access log, unknown login names on disk.
#include "mfa/totp.h"
#include "portal/tls_trust.h"
#include "sim/demo_seed.h"
#include "sim/rate_limiter.h"
#include "sim/simulator.h"
#include "support/demo_accounts.h"
#include "support/raw_portal.h"
#include "support/sim_fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSemaphore>
#include <QTest>
#include <memory>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
const QString Password = test::demoPassword();
} // namespace

class TestSimHardening : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SimFixture> m_sim;

    bool startSim(const std::function<void(sim::Simulator::Options &)> &configure = {})
    {
        m_sim = std::make_unique<test::SimFixture>();
        if (configure)
            configure(m_sim->options);
        return m_sim->start();
    }
    test::RawAnswer request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                            const QString &bearer = {})
    {
        return test::rawRequest(m_sim->url(), m_sim->pinned(), verb, path, body, bearer);
    }
    QJsonObject grant(const QString &login, const QString &password, const QString &clientSecret = {})
    {
        return {{u"grant_type"_s, u"password"_s},
                {u"client_id"_s, QString::fromLatin1(sim::DemoSeed::ClientId)},
                {u"client_secret"_s, clientSecret.isEmpty() ? QString::fromLatin1(sim::DemoSeed::ClientSecret) : clientSecret},
                {u"username"_s, login},
                {u"password"_s, password}};
    }
    test::RawAnswer signIn(const QString &login, const QString &password = Password)
    {
        return request("POST", u"/jwt"_s, test::json(grant(login, password)));
    }
    // A full sign-in of a demo account; an MFA requirement it has but has
    // not met is lifted in the store first (the MFA steps are tested
    // elsewhere).
    test::RawAnswer fullSignIn(const QString &login)
    {
        auto &store = m_sim->simulator->store();
        QJsonObject user = *store.get(u"user"_s, login);
        if (!user.value(u"mfa-enrolled"_s).toBool() && user.value(u"mfa-required"_s).toBool()) {
            user.insert(u"mfa-required"_s, false);
            store.put(u"user"_s, login, user);
        }
        return signIn(login);
    }
    QString tokenFor(const QString &login) { return fullSignIn(login).json().value(u"token"_s).toString(); }

    QString codeAt(const QByteArray &secret) { return mfa::totp(secret, m_sim->clock.nowSecs(), {}); }

    // Enrolls the account through the API as its user would; returns the
    // key and leaves the clock in the next TOTP step, so a new code is due.
    QByteArray enroll(const QString &login, QString *fullToken)
    {
        const QString restricted = signIn(login).json().value(u"token"_s).toString();
        const auto enrollment = request("POST", u"/domains/~/users/~/mfa/enrollment"_s, {}, restricted);
        const QByteArray secret = mfa::OtpauthUri::parse(enrollment.json().value(u"otpauth-uri"_s).toString()).value().secret;
        const auto activated = request("POST", u"/domains/~/users/~/mfa/activate"_s,
                                       test::json({{u"passcode"_s, codeAt(secret)}, {u"password"_s, Password}}), restricted);
        *fullToken = activated.json().value(u"token"_s).toString();
        m_sim->clock.advance(30);
        return secret;
    }

    int auditCount(const QString &action, const QString &target)
    {
        int n = 0;
        for (const QJsonObject &e : m_sim->simulator->store().all(u"audit"_s))
            if (e.value(u"action-type"_s).toString() == action
                && e.value(u"target-user"_s).toString() + u'@' + e.value(u"target-domain"_s).toString() == target)
                ++n;
        return n;
    }

private slots:
    void cleanup() { m_sim.reset(); }

    // 1. The caller's scope must be strictly above the target's; one's own
    // MFA and an administrator's need the caller's password (and code).
    void administrationNeedsAScopeAbove_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("stepUpRequired");
        const QByteArray lift = test::json({{u"mfa-required"_s, false}});
        QTest::newRow("a reseller lifts another reseller's MFA")
            << u"helpdesk@demo"_s << QByteArray("PUT") << u"/domains/demo/users/reseller/mfa"_s << lift << 403 << false;
        QTest::newRow("an office manager resets a peer")
            << u"manager@acme.demo"_s << QByteArray("DELETE") << u"/domains/acme.demo/users/1001/mfa"_s << QByteArray()
            << 403 << false;
        QTest::newRow("an office manager resets a basic user")
            << u"manager@acme.demo"_s << QByteArray("DELETE") << u"/domains/acme.demo/users/1004/mfa"_s << QByteArray()
            << 200 << false;
        QTest::newRow("a reseller resets an office manager without proof")
            << u"helpdesk@demo"_s << QByteArray("DELETE") << u"/domains/acme.demo/users/1001/mfa"_s << QByteArray()
            << 403 << true;
        QTest::newRow("... with a wrong password")
            << u"helpdesk@demo"_s << QByteArray("DELETE") << u"/domains/acme.demo/users/1001/mfa"_s
            << test::json({{u"password"_s, u"wrong"_s}}) << 409 << false;
        QTest::newRow("... with the password")
            << u"helpdesk@demo"_s << QByteArray("DELETE") << u"/domains/acme.demo/users/1001/mfa"_s
            << test::json({{u"password"_s, Password}}) << 200 << false;
        QTest::newRow("one's own factor with a bearer token alone")
            << u"helpdesk@demo"_s << QByteArray("DELETE") << u"/domains/~/users/~/mfa"_s << QByteArray() << 403 << true;
        QTest::newRow("lifting one's own requirement, even with the password")
            << u"helpdesk@demo"_s << QByteArray("PUT") << u"/domains/~/users/~/mfa"_s
            << test::json({{u"mfa-required"_s, false}, {u"password"_s, Password}}) << 403 << false;
        QTest::newRow("a basic user resets a colleague")
            << u"basic@acme.demo"_s << QByteArray("DELETE") << u"/domains/acme.demo/users/1004/mfa"_s << QByteArray()
            << 403 << false;
    }
    void administrationNeedsAScopeAbove()
    {
        QFETCH(QString, caller);
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(bool, stepUpRequired);
        QVERIFY(startSim());
        const QString token = tokenFor(caller);
        QVERIFY(!token.isEmpty());
        const auto answer = request(verb, path, body, token);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.json().value(u"step-up-required"_s).toBool(), stepUpRequired);
    }

    void ownFactorNeedsPasswordAndCurrentCode()
    {
        QVERIFY(startSim());
        QString token;
        const QByteArray secret = enroll(u"reseller@demo"_s, &token);
        QVERIFY(!token.isEmpty());
        const QString path = u"/domains/~/users/~/mfa"_s;
        auto answer = request("DELETE", path, test::json({{u"password"_s, Password}}), token);
        QCOMPARE(answer.status, 403);
        QVERIFY(answer.json().value(u"step-up-required"_s).toBool());
        QCOMPARE(request("DELETE", path, test::json({{u"password"_s, Password}, {u"passcode"_s, u"000000"_s}}), token).status,
                 422);
        answer = request("DELETE", path, test::json({{u"password"_s, Password}, {u"passcode"_s, codeAt(secret)}}), token);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(u"mfa-enrolled"_s).toBool(), false);
        // Its sessions ended with it.
        QCOMPARE(request("GET", u"/jwt"_s, {}, token).status, 401);
    }

    // 2. Requiring MFA of a user who has not enrolled ends their sessions;
    // a sign-in lasts 12 hours at most; a refresh needs the client.
    void requiringMfaEndsTheUsersSessions()
    {
        QVERIFY(startSim());
        const auto basic = fullSignIn(u"basic@acme.demo"_s).json();
        const QString token = basic.value(u"token"_s).toString();
        QCOMPARE(request("GET", u"/jwt"_s, {}, token).status, 200);
        QCOMPARE(request("PUT", u"/domains/acme.demo/users/basic/mfa"_s, test::json({{u"mfa-required"_s, true}}),
                         tokenFor(u"helpdesk@demo"_s)).status,
                 200);
        QCOMPARE(request("GET", u"/jwt"_s, {}, token).status, 401);
        const QJsonObject refresh{{u"grant_type"_s, u"refresh_token"_s},
                                  {u"client_id"_s, QString::fromLatin1(sim::DemoSeed::ClientId)},
                                  {u"client_secret"_s, QString::fromLatin1(sim::DemoSeed::ClientSecret)},
                                  {u"refresh"_s, basic.value(u"refresh"_s)}};
        QCOMPARE(request("POST", u"/jwt"_s, test::json(refresh)).status, 401);
        // The next sign-in enrolls.
        const auto again = signIn(u"basic@acme.demo"_s).json();
        QVERIFY(!again.contains(u"refresh"_s));
    }

    void signInHasAnAbsoluteLifetime()
    {
        QVERIFY(startSim());
        QJsonObject tokens = fullSignIn(u"basic@acme.demo"_s).json();
        const auto refresh = [&] {
            const QJsonObject body{{u"grant_type"_s, u"refresh_token"_s},
                                   {u"client_id"_s, QString::fromLatin1(sim::DemoSeed::ClientId)},
                                   {u"client_secret"_s, QString::fromLatin1(sim::DemoSeed::ClientSecret)},
                                   {u"refresh"_s, tokens.value(u"refresh"_s)}};
            return request("POST", u"/jwt"_s, test::json(body));
        };
        const qint64 signedInAt = m_sim->clock.nowSecs();
        for (int hour = 1; hour <= 11; ++hour) {
            m_sim->clock.advance(3600 - 60);
            const auto answer = refresh();
            QCOMPARE(answer.status, 200);
            tokens = answer.json();
        }
        // Nothing issued lives past the twelfth hour...
        const auto claims = request("GET", u"/jwt"_s, {}, tokens.value(u"token"_s).toString()).json();
        QVERIFY(qint64(claims.value(u"exp"_s).toDouble()) <= signedInAt + 12 * 3600);
        // ...and after it, the user signs in again.
        m_sim->clock.advance(2 * 3600);
        QCOMPARE(refresh().status, 401);
    }

    void refreshNeedsTheClientCredentials_data()
    {
        QTest::addColumn<QString>("clientSecret"); // empty: none sent
        QTest::addColumn<int>("status");
        QTest::newRow("no client credentials") << QString() << 400;
        QTest::newRow("a wrong client secret") << u"not-the-secret"_s << 401;
        QTest::newRow("the client credentials") << QString::fromLatin1(sim::DemoSeed::ClientSecret) << 200;
    }
    void refreshNeedsTheClientCredentials()
    {
        QFETCH(QString, clientSecret);
        QFETCH(int, status);
        QVERIFY(startSim());
        const QJsonObject tokens = fullSignIn(u"basic@acme.demo"_s).json();
        QJsonObject body{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh"_s, tokens.value(u"refresh"_s)}};
        if (!clientSecret.isEmpty()) {
            body.insert(u"client_id"_s, QString::fromLatin1(sim::DemoSeed::ClientId));
            body.insert(u"client_secret"_s, clientSecret);
        }
        QCOMPARE(request("POST", u"/jwt"_s, test::json(body)).status, status);
    }

    // 3. Consecutive failures lock the account for longer each time, and
    // for good at 100, until an administrator unlocks it.
    void consecutiveFailuresLockTheAccount()
    {
        QVERIFY(startSim());
        const QString uid = u"basic@acme.demo"_s;
        const auto failOnce = [&] {
            // Past the sliding window each time: only the consecutive rule acts.
            m_sim->clock.advance(sim::RateLimiter::WindowSecs + 1);
            return signIn(uid, u"wrong"_s);
        };
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(failOnce().status, 401);
        // Locked for a minute after five.
        auto locked = signIn(uid);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.retryAfter.toInt(), 60);
        m_sim->clock.advance(61);
        for (int i = 6; i <= 10; ++i)
            QCOMPARE(failOnce().status, 401);
        // Twice as long after ten.
        locked = signIn(uid);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.retryAfter.toInt(), 120);
        QCOMPARE(auditCount(u"account.locked"_s, uid), 2);

        // At a hundred, the right password no longer helps.
        auto &store = m_sim->simulator->store();
        QJsonObject record = *store.get(u"failures"_s, uid);
        record.insert(u"consecutive"_s, 99);
        store.put(u"failures"_s, uid, record);
        QCOMPARE(failOnce().status, 401);
        m_sim->clock.advance(30 * 86400);
        QCOMPARE(signIn(uid).status, 423);
        QCOMPARE(auditCount(u"account.locked"_s, uid), 3);

        // An administrator unlocks it; a user cannot unlock themselves.
        QCOMPARE(request("DELETE", u"/domains/acme.demo/users/basic/mfa/lockout"_s, {}, tokenFor(u"helpdesk@demo"_s)).status,
                 200);
        QCOMPARE(auditCount(u"account.unlocked"_s, uid), 1);
        QCOMPARE(signIn(uid).status, 200);
        QCOMPARE(request("DELETE", u"/domains/~/users/~/mfa/lockout"_s, {}, tokenFor(uid)).status, 403);
    }

    // 4. A pending key belongs to the sign-in that asked for it.
    void pendingEnrollmentBelongsToItsSignIn()
    {
        QVERIFY(startSim());
        const QString login = u"manager@acme.demo"_s;
        const QString first = signIn(login).json().value(u"token"_s).toString();
        const QString second = signIn(login).json().value(u"token"_s).toString();
        const auto keyOf = [&](const QString &token) {
            const auto answer = request("POST", u"/domains/~/users/~/mfa/enrollment"_s, {}, token);
            return mfa::OtpauthUri::parse(answer.json().value(u"otpauth-uri"_s).toString()).value().secret;
        };
        const QByteArray firstKey = keyOf(first);
        QCOMPARE(keyOf(first), firstKey); // asking again in the same sign-in keeps the key
        const QByteArray secondKey = keyOf(second);
        QVERIFY(secondKey != firstKey);
        const auto activate = [&](const QString &token, const QByteArray &key) {
            return request("POST", u"/domains/~/users/~/mfa/activate"_s,
                           test::json({{u"passcode"_s, codeAt(key)}, {u"password"_s, Password}}), token);
        };
        // The first sign-in's key was replaced: it activates nothing.
        QCOMPARE(activate(first, firstKey).status, 410);
        QCOMPARE(activate(second, secondKey).status, 200);
        // And it never passes a challenge.
        m_sim->clock.advance(30);
        const QJsonObject restricted = signIn(login).json();
        QJsonObject challenge = grant(login, Password);
        challenge.insert(u"grant_type"_s, u"mfa"_s);
        challenge.insert(u"mfa_vendor"_s, u"google"_s);
        challenge.insert(u"mfa_type"_s, u"authenticator"_s);
        challenge.insert(u"ns_id_type"_s, u"subscriber"_s);
        challenge.insert(u"access_token"_s, restricted.value(u"token"_s));
        challenge.insert(u"passcode"_s, codeAt(firstKey));
        QCOMPARE(request("POST", u"/jwt"_s, test::json(challenge)).status, 422);
    }

    // 5. Wrong client secrets are throttled per client ID and address,
    // before any slow hash; a secret that passed before still passes.
    void wrongClientSecretsAreThrottled()
    {
        QVERIFY(startSim());
        QCOMPARE(signIn(u"basic@acme.demo"_s).status, 200);
        const QByteArray bogus = test::json(grant(u"basic@acme.demo"_s, Password, u"guess"_s));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(request("POST", u"/jwt"_s, bogus).status, 401);
        const auto throttled = request("POST", u"/jwt"_s, bogus);
        QCOMPARE(throttled.status, 429);
        QVERIFY(throttled.retryAfter.toInt() >= 1);
        QCOMPARE(signIn(u"basic@acme.demo"_s).status, 200);
        m_sim->clock.advance(61);
        QCOMPARE(request("POST", u"/jwt"_s, bogus).status, 401);
    }

    // The slow-hash queue is held full, so what is shed does not depend on
    // how fast this machine hashes: every request that needs a hash then
    // gets 503 with Retry-After at once, and the one admitted is answered.
    void fullHashQueueShedsWithRetryAfter()
    {
        // Each hash takes a permit; the gate is open until the test closes it.
        auto gate = std::make_shared<QSemaphore>(1000);
        QVERIFY(startSim([gate](sim::Simulator::Options &o) {
            o.hashQueueCapacity = 1;
            o.hashGate = [gate] { gate->acquire(); };
        }));
        // Once the client is known, a sign-in costs one hash: the password's.
        QCOMPARE(signIn(u"basic@acme.demo"_s).status, 200);
        gate->acquire(gate->available());

        // One sign-in waits at the closed gate, filling the queue...
        test::RawTlsConnection held(m_sim->url(), m_sim->pinned());
        QVERIFY(held.waitEncrypted());
        const QByteArray body = test::json(grant(u"basic@acme.demo"_s, Password));
        held.write("POST /ns-api/v2/jwt HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\n"
                   "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator->slowHashesQueued(), 1, 20000);
        // ...so the others are shed.
        for (int i = 0; i < 3; ++i) {
            const auto answer = signIn(u"basic@acme.demo"_s);
            QCOMPARE(answer.status, 503);
            QVERIFY(answer.retryAfter.toInt() >= 1);
        }
        QCOMPARE(m_sim->simulator->requestsShed(), qint64(3));
        // Something that needs no hash is still served.
        QCOMPARE(request("GET", u"/jwt"_s).status, 401);
        gate->release(100);
        QVERIFY(held.readUntilClosed(20000).startsWith("HTTP/1.1 200"));
    }

    // A client that leaves while its password is being hashed does not
    // take its sign-in back: the wrong password still counts towards the
    // lock, the answer goes nowhere, and the portal carries on.
    void aSignInOutlivesItsClient()
    {
        auto gate = std::make_shared<QSemaphore>(1000);
        QVERIFY(startSim([gate](sim::Simulator::Options &o) { o.hashGate = [gate] { gate->acquire(); }; }));
        const QString uid = u"basic@acme.demo"_s;
        QCOMPARE(signIn(uid).status, 200); // the client is known: one hash per sign-in from now on
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator->connectedClients(), 0, 20000);
        gate->acquire(gate->available());

        auto leaving = std::make_unique<test::RawTlsConnection>(m_sim->url(), m_sim->pinned());
        QVERIFY(leaving->waitEncrypted());
        const QByteArray body = test::json(grant(uid, u"wrong"_s));
        leaving->write("POST /ns-api/v2/jwt HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\n"
                       "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator->slowHashesQueued(), 1, 20000);
        leaving->socket().abort();
        leaving.reset();
        // The portal has seen the client go before the hash is done.
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator->connectedClients(), 0, 20000);
        QCOMPARE(auditCount(u"signin.failed"_s, uid), 0);

        gate->release(100);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->simulator->slowHashesQueued(), 0, 20000);
        QCOMPARE(auditCount(u"signin.failed"_s, uid), 1);
        const auto failures = m_sim->simulator->store().get(u"failures"_s, uid);
        QVERIFY(failures);
        QCOMPARE(failures->value(u"consecutive"_s).toInt(), 1);
        QCOMPARE(signIn(uid).status, 200);
    }

    // 6. Request limits, before the body is read.
    void oversizedOrOpenEndedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("status");
        const QByteArray head = "POST /ns-api/v2/jwt HTTP/1.1\r\nHost: portal\r\n";
        QTest::newRow("a 300 MB body") << head + "Content-Length: 300000000\r\n\r\n" + QByteArray(4096, 'x')
                                       << QByteArray("413");
        QTest::newRow("a chunked body") << head + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n" << QByteArray("411");
        QTest::newRow("endless headers") << head + "X-Pad: " + QByteArray(20000, 'a') << QByteArray("431");
        QTest::newRow("half a request") << head + "Content-Length: 100\r\n\r\n{\"grant" << QByteArray("408");
        QTest::newRow("a bad Content-Length") << head + "Content-Length: lots\r\n\r\n" << QByteArray("400");
    }
    void oversizedOrOpenEndedRequestsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, status);
        QVERIFY(startSim([](sim::Simulator::Options &o) { o.limits.requestTimeoutMs = 1000; }));
        test::RawTlsConnection connection(m_sim->url(), m_sim->pinned());
        QVERIFY(connection.waitEncrypted());
        connection.write(bytes);
        const QByteArray answer = connection.readUntilClosed(20000);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)), answer.left(200).constData());
        QVERIFY(!connection.isOpen());
        QVERIFY(m_sim->simulator->requestsRefused() >= 1);
        // The portal carries on.
        QCOMPARE(request("GET", u"/jwt"_s).status, 401);
    }

    void idleAndExcessConnectionsAreClosed()
    {
        QVERIFY(startSim([](sim::Simulator::Options &o) {
            o.limits.maxConnectionsPerAddress = 3;
            o.limits.idleTimeoutMs = 1000;
        }));
        std::vector<std::unique_ptr<test::RawTlsConnection>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<test::RawTlsConnection>(m_sim->url(), m_sim->pinned()));
            QVERIFY(open.back()->waitEncrypted());
        }
        test::RawTlsConnection fourth(m_sim->url(), m_sim->pinned());
        fourth.waitEncrypted(5000); // the portal may close it before or after the handshake
        fourth.readUntilClosed(5000);
        QVERIFY(!fourth.isOpen());
        QCOMPARE(m_sim->simulator->connectionsRefused(), qint64(1));
        // The idle ones are closed in turn, and then there is room again.
        for (auto &c : open) {
            c->readUntilClosed(10000);
            QVERIFY(!c->isOpen());
        }
        QTRY_COMPARE_WITH_TIMEOUT(request("GET", u"/jwt"_s).status, 401, 10000);
    }

    // 7. A %0A in the path cannot forge a line of the access log.
    void accessLogCannotBeForged()
    {
        QVERIFY(startSim());
        test::RawTlsConnection connection(m_sim->url(), m_sim->pinned());
        QVERIFY(connection.waitEncrypted());
        connection.write("GET /ns-api/v2/domains/x%0A2001-01-01T00:00:00.000%20forged%20GET%20/admin%20200/users "
                         "HTTP/1.1\r\nHost: portal\r\nConnection: close\r\n\r\n");
        connection.readUntilClosed(10000);
        QFile log(QDir(m_sim->dir.path()).filePath(u"access.log"_s));
        QTRY_VERIFY_WITH_TIMEOUT(log.size() > 0, 5000);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().split('\n');
        bool seen = false;
        for (const QByteArray &line : lines) {
            QVERIFY2(!line.startsWith("2001-01-01"), line.constData());
            seen = seen || line.contains("x%0A2001");
        }
        QVERIFY(seen);
    }

    // 8. A name no account has (a password typed into the username field)
    // never reaches the disk as typed.
    void unknownLoginNamesAreNotKeptVerbatim()
    {
        QVERIFY(startSim());
        const QString typed = u"Correct-Horse-Battery-Staple"_s;
        QCOMPARE(signIn(typed, u"whatever"_s).status, 401);
        QCOMPARE(signIn(typed, u"whatever"_s).status, 401);
        m_sim->simulator->store().compact();
        QCOMPARE(signIn(typed, u"whatever"_s).status, 401); // in the journal too
        const QDir dir(m_sim->dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll().toLower();
            QVERIFY2(!content.contains(typed.toLower().toUtf8()), qPrintable(name));
        }
        // The failures still count against that name.
        QCOMPARE(m_sim->simulator->store().all(u"failures"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSimHardening)
#include "tst_sim_hardening.moc"
