// Help-desk MFA administration through the client against the simulator:
// scope enforcement, require / stop requiring, reset (which revokes the
// user's tokens), domain policy, the audit log, and a portal without these.
#include "portal/blocking_call.h"
#include "portal/portal_client.h"
#include "sim/demo_seed.h"
#include "support/canned_tls_server.h"
#include "support/demo_accounts.h"
#include "support/raw_portal.h"
#include "support/sim_fixture.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
const ClientCredentials DemoClient = test::demoClient();
const QString Password = test::demoPassword();
constexpr int Timeout = 30000;
} // namespace

class TestMfaAdmin : public QObject
{
    Q_OBJECT

    test::SimFixture m_sim;
    std::unique_ptr<PortalClient> m_client;

    template <typename T>
    Result<T, PortalError> await(std::function<void(PortalClient::Callback<T>)> call)
    {
        return blockingCall<T>(std::move(call), Timeout);
    }

    // The client, sending `token` (a test plays several callers at once).
    PortalClient *as(const QString &token)
    {
        m_client->setAccessToken(token, false);
        return m_client.get();
    }

    // A full token for a demo account. The MFA steps are covered elsewhere;
    // here the account's MFA requirement is lifted in the store first.
    QString tokenFor(const QString &login)
    {
        auto &store = m_sim.simulator->store();
        QJsonObject user = *store.get(u"user"_s, login);
        if (!user.value(u"mfa-enrolled"_s).toBool() && user.value(u"mfa-required"_s).toBool()) {
            user.insert(u"mfa-required"_s, false);
            store.put(u"user"_s, login, user);
        }
        const auto pair = await<TokenPair>([&](auto cb) { m_client->passwordGrant(DemoClient, login, Password, cb); });
        return pair ? pair.value().token : QString();
    }

    PortalUser userRecord(const QString &domain, const QString &user)
    {
        const QString manager = tokenFor(u"reseller@demo"_s);
        const auto users = await<QList<PortalUser>>([&](auto cb) { as(manager)->users(domain, 0, 1000, cb); });
        for (const PortalUser &u : users.value())
            if (u.user == user)
                return u;
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sim.start());
        m_client = std::make_unique<PortalClient>(m_sim.url(), m_sim.pinned(), m_sim.clock);
    }

    void scopeEnforcement_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status"); // 0: allowed
        QTest::newRow("office manager, own domain") << u"manager@acme.demo"_s << u"acme.demo"_s << u"1004"_s << 0;
        QTest::newRow("office manager, other domain") << u"manager@acme.demo"_s << u"globex.demo"_s << u"1002"_s << 403;
        QTest::newRow("reseller, territory") << u"reseller@demo"_s << u"globex.demo"_s << u"1002"_s << 0;
        QTest::newRow("basic user") << u"basic@acme.demo"_s << u"acme.demo"_s << u"1004"_s << 403;
        QTest::newRow("unknown user") << u"reseller@demo"_s << u"acme.demo"_s << u"9999"_s << 404;
    }
    void scopeEnforcement()
    {
        QFETCH(QString, caller);
        QFETCH(QString, domain);
        QFETCH(QString, user);
        QFETCH(int, status);
        const QString token = tokenFor(caller);
        QVERIFY(!token.isEmpty());
        for (bool required : {true, false}) {
            const auto r = await<PortalUser>([&](auto cb) { as(token)->setMfaRequired(domain, user, required, cb); });
            QCOMPARE(r.ok(), status == 0);
            if (status)
                QCOMPARE(r.error().httpStatus, status);
            else
                QCOMPARE(r.value().mfaRequired, std::optional<bool>(required));
        }
        const auto reset = await<PortalUser>([&](auto cb) { as(token)->resetMfa(domain, user, cb); });
        QCOMPARE(reset.ok(), status == 0);
        const auto policy = await<int>([&](auto cb) { as(token)->setMfaPolicy(domain, {}, cb); });
        QCOMPARE(policy.ok(), status == 0 || status == 404);
    }

    void requireIsListedAndAudited()
    {
        const QString token = tokenFor(u"manager@acme.demo"_s);
        QVERIFY(userRecord(u"acme.demo"_s, u"1007"_s).mfaRequired == false); // seeded as not required
        const auto r = await<PortalUser>([&](auto cb) { as(token)->setMfaRequired(u"acme.demo"_s, u"1007"_s, true, cb); });
        QVERIFY(r.ok());
        QVERIFY(userRecord(u"acme.demo"_s, u"1007"_s).mfaRequired == true);
        QVERIFY(await<PortalUser>([&](auto cb) { as(token)->setMfaRequired(u"acme.demo"_s, u"1007"_s, false, cb); }).ok());
        QVERIFY(userRecord(u"acme.demo"_s, u"1007"_s).mfaRequired == false);
        const auto events = await<QList<AuditEvent>>([&](auto cb) {
            as(token)->auditLog({u"acme.demo"_s, u"1007"_s, {}, {}, {}}, cb);
        });
        QVERIFY(events.ok());
        QStringList actions;
        for (const AuditEvent &e : events.value()) {
            actions << e.action;
            QCOMPARE(e.byUser, u"manager"_s);
            QCOMPARE(e.targetDomain, u"acme.demo"_s);
        }
        QCOMPARE(actions, (QStringList{u"mfa.required"_s, u"mfa.not-required"_s}));
    }

    void resetRevokesTokensAndForcesEnrollment()
    {
        const QString userToken = tokenFor(u"basic@acme.demo"_s);
        QVERIFY(await<PortalUser>([&](auto cb) { as(userToken)->myUser(cb); }).ok());
        const QString admin = tokenFor(u"manager@acme.demo"_s);
        const auto reset = await<PortalUser>([&](auto cb) { as(admin)->resetMfa(u"acme.demo"_s, u"basic"_s, cb); });
        QVERIFY(reset.ok());
        QVERIFY(reset.value().mfaRequired == true && reset.value().mfaEnrolled == false);
        const auto after = await<PortalUser>([&](auto cb) { as(userToken)->myUser(cb); });
        QVERIFY(!after.ok());
        QCOMPARE(after.error().kind, ErrorKind::SessionExpired); // 401 from now on
        const auto again = await<TokenPair>([&](auto cb) { m_client->passwordGrant(DemoClient, u"basic@acme.demo"_s, Password, cb); });
        QVERIFY(again.ok());
        QVERIFY(again.value().claims.needsEnrollment()); // must enroll at the next sign-in
    }

    void domainPolicy()
    {
        const QString token = tokenFor(u"reseller@demo"_s);
        const auto affected = await<int>([&](auto cb) {
            as(token)->setMfaPolicy(u"initech.demo"_s, {u"Office Manager"_s, u"Basic User"_s}, cb);
        });
        QVERIFY(affected.ok());
        QVERIFY(affected.value() > 0);
        const auto users = await<QList<PortalUser>>([&](auto cb) { as(token)->users(u"initech.demo"_s, 0, 1000, cb); });
        for (const PortalUser &u : users.value())
            if (u.scope == u"Office Manager" || u.scope == u"Basic User")
                QVERIFY2(u.mfaRequired == true, qPrintable(u.user));
        const auto events = await<QList<AuditEvent>>([&](auto cb) {
            as(token)->auditLog({u"initech.demo"_s, {}, u"mfa.policy"_s, {}, {}}, cb);
        });
        QCOMPARE(events.value().size(), 1);
        QCOMPARE(events.value().first().details.value(u"affected"_s).toInt(), affected.value());
    }

    void auditFiltersAndScope()
    {
        const QString reseller = tokenFor(u"reseller@demo"_s);
        const QDateTime past = m_sim.clock.now().addDays(-1);
        // Before yesterday: only the demo's seeded enrollments, nothing of today's.
        const auto before = await<QList<AuditEvent>>([&](auto cb) { as(reseller)->auditLog({{}, {}, {}, {}, past}, cb); });
        QVERIFY(before.ok());
        QVERIFY(!before.value().isEmpty());
        for (const AuditEvent &e : before.value()) {
            QVERIFY(e.timestamp <= past);
            QCOMPARE(e.action, u"mfa.enrolled"_s);
        }
        // Today's events, two of them made here.
        for (const bool required : {true, false})
            QVERIFY(await<PortalUser>([&](auto cb) {
                        as(reseller)->setMfaRequired(u"acme.demo"_s, u"1007"_s, required, cb);
                    }).ok());
        const auto all = await<QList<AuditEvent>>([&](auto cb) { as(reseller)->auditLog({}, cb); });
        QVERIFY(all.value().size() >= before.value().size() + 2);
        // An office manager sees only their own domain's events.
        const QString manager = tokenFor(u"manager@acme.demo"_s);
        const auto own = await<QList<AuditEvent>>([&](auto cb) { as(manager)->auditLog({}, cb); });
        for (const AuditEvent &e : own.value())
            QCOMPARE(e.targetDomain, u"acme.demo"_s);
        const auto foreign = await<QList<AuditEvent>>([&](auto cb) { as(manager)->auditLog({u"globex.demo"_s, {}, {}, {}, {}}, cb); });
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().httpStatus, 403);
        // Basic users have no audit view at all.
        const QString basic = tokenFor(u"basic@acme.demo"_s);
        QVERIFY(!basic.isEmpty());
        const auto denied = await<QList<AuditEvent>>([&](auto cb) { as(basic)->auditLog({}, cb); });
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().kind, ErrorKind::Forbidden);
    }

    // A time range keeps the events whose (whole-second) timestamps are
    // within it, ends included, around one of the seeded events: the same
    // events as filtering the whole log.
    void auditTimeRange_data()
    {
        QTest::addColumn<int>("fromMs"); // from the chosen event's time
        QTest::addColumn<int>("toMs");
        QTest::newRow("that second") << 0 << 0;
        QTest::newRow("within the second") << 1 << 999;
        QTest::newRow("the second before to the second after") << -1000 << 1000;
        QTest::newRow("from just before") << -1 << 0;
        QTest::newRow("to just after") << 0 << 1;
        QTest::newRow("from a day before") << -86400000 << 0;
        QTest::newRow("ends the wrong way round") << 0 << -1000;
    }
    void auditTimeRange()
    {
        QFETCH(int, fromMs);
        QFETCH(int, toMs);
        const QString reseller = tokenFor(u"reseller@demo"_s);
        const auto all = await<QList<AuditEvent>>([&](auto cb) { as(reseller)->auditLog({}, cb); });
        QVERIFY(all.ok());
        QVERIFY(all.value().size() > 10);
        const QDateTime at = all.value().at(all.value().size() / 2).timestamp;
        const QDateTime from = at.addMSecs(fromMs), to = at.addMSecs(toMs);
        QList<AuditEvent> expected;
        for (const AuditEvent &e : all.value())
            if (e.timestamp >= from && e.timestamp <= to)
                expected << e;
        const auto got = await<QList<AuditEvent>>([&](auto cb) { as(reseller)->auditLog({{}, {}, {}, from, to}, cb); });
        QVERIFY(got.ok());
        QCOMPARE(got.value().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(got.value().at(i).timestamp, expected.at(i).timestamp);
            QCOMPARE(got.value().at(i).targetUser, expected.at(i).targetUser);
        }
        if (toMs >= fromMs && fromMs <= 0 && toMs >= 0)
            QVERIFY(!expected.isEmpty());
        // Another client may send fractions of a second: the same events.
        QUrlQuery q;
        q.addQueryItem(u"datetime-start"_s, from.toUTC().toString(Qt::ISODateWithMs));
        q.addQueryItem(u"datetime-end"_s, to.toUTC().toString(Qt::ISODateWithMs));
        const auto raw = test::rawRequest(m_sim.url(), m_sim.pinned(), "GET",
                                          u"/auditlog?"_s + q.toString(QUrl::FullyEncoded), {}, reseller);
        QCOMPARE(raw.status, 200);
        QCOMPARE(QJsonDocument::fromJson(raw.body).array().size(), expected.size());
    }

    // A portal that lacks the extension answers 404: the client says so.
    void portalWithoutTheExtension()
    {
        test::CannedTlsServer server("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 36\r\n\r\n"
                                     "{\"code\":404,\"message\":\"Not found\"}  ");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        PortalClient client(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())),
                            TlsTrust::withPin(sha256Fingerprint(server.certificate())), m_sim.clock);
        client.setAccessToken(u"t.o.k"_s, false);
        const auto r = await<PortalUser>([&](auto cb) { client.resetMfa(u"acme.demo"_s, u"1001"_s, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QVERIFY(r.error().message().contains(u"does not offer"_s));
    }
};

QTEST_GUILESS_MAIN(TestMfaAdmin)
#include "tst_mfa_admin.moc"
