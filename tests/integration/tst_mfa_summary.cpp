// How far along with MFA the domains are: the portal's summaries (our
// extension) and the client's count from the listing agree on the same
// data, a stock portal's unknown states stay unknown, and the summary keeps
// to the caller's scope.
#include "console/audited_enrollments.h"
#include "console/domain_list.h"
#include "console/mfa_summary_loader.h"
#include "portal/blocking_call.h"
#include "sim/audit_record.h"
#include "sim/rate_limiter.h"
#include "support/demo_accounts.h"
#include "support/raw_portal.h"
#include "support/sim_fixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pbx::MfaSummary)

namespace {
const QString Password = test::demoPassword();
constexpr int Timeout = 60000;
constexpr int SeedUsers = 600;
constexpr int SeedDomains = 12;
} // namespace

class TestMfaSummary : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SimFixture> m_sim;

    bool startSim(bool administration = true, bool strict = false)
    {
        const bool fresh = !m_sim;
        if (fresh) {
            m_sim = std::make_unique<test::SimFixture>();
            m_sim->fromTemplate = true;
            m_sim->options.seedUsers = SeedUsers;
            m_sim->options.seedDomains = SeedDomains;
        }
        m_sim->stop();
        m_sim->options.api.mfaAdministration = administration;
        m_sim->options.api.netsapiensStrict = strict;
        return m_sim->start();
    }
    test::RawAnswer request(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                            const QString &bearer = {})
    {
        return test::rawRequest(m_sim->url(), m_sim->pinned(), verb, path, body.isEmpty() ? QByteArray() : test::json(body),
                                bearer);
    }
    test::RawAnswer signInRaw(const QString &login, const QString &password = Password)
    {
        return request("POST", u"/jwt"_s,
                       {{u"grant_type"_s, u"password"_s}, {u"client_id"_s, test::demoClient().clientId},
                        {u"client_secret"_s, test::demoClient().clientSecret}, {u"username"_s, login}, {u"password"_s, password}});
    }
    QString token(const QString &login) { return signInRaw(login).json().value(u"token"_s).toString(); }

    bool signIn(Session &session, const QString &login)
    {
        session.signIn(m_sim->url(), m_sim->pinned(), test::demoClient(), login, Password);
        return QTest::qWaitFor([&] { return !session.busy(); }, Timeout) && session.state() == Session::State::SignedIn;
    }
    // What MfaSummaryLoader gives, or its error.
    Result<QList<MfaSummary>, PortalError> summaries(MfaSummaryLoader &loader, const QString &domain = {})
    {
        std::optional<Result<QList<MfaSummary>, PortalError>> got;
        QObject ctx;
        connect(&loader, &MfaSummaryLoader::loaded, &ctx, [&](const QList<MfaSummary> &s) { got.emplace(s); });
        connect(&loader, &MfaSummaryLoader::failed, &ctx, [&](const PortalError &e) { got.emplace(e); });
        loader.load(domain);
        if (!QTest::qWaitFor([&] { return got.has_value(); }, Timeout))
            return PortalError::make(ErrorKind::Timeout);
        return std::move(*got);
    }

    Result<QList<QDateTime>, PortalError> enrollments(AuditedEnrollments &log, Session &session, const QDateTime &since)
    {
        std::optional<Result<QList<QDateTime>, PortalError>> got;
        log.load(session, since, [&](Result<QList<QDateTime>, PortalError> r) { got.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, Timeout))
            return PortalError::make(ErrorKind::Timeout);
        return std::move(*got);
    }
    // The bytes of every GET /auditlog answer so far, from the portal's
    // access log.
    qint64 auditLogBytes()
    {
        QFile log(m_sim->dir.filePath(u"access.log"_s));
        if (!log.open(QIODevice::ReadOnly))
            return -1;
        qint64 bytes = 0;
        for (const QByteArray &line : log.readAll().split('\n'))
            if (const QList<QByteArray> f = line.split(' '); f.size() >= 7 && f.at(3).startsWith("/ns-api/v2/auditlog"))
                bytes += f.at(5).toLongLong();
        return bytes;
    }
    // An enrollment the portal records now, dated `at`. The event's
    // sequence number is the test's own, far from the portal's count, so
    // that the portal's next event in the same millisecond (the test's
    // clock stands still) does not take its key.
    void recordEnrollment(const QString &user, const QDateTime &at)
    {
        static quint64 sequence = 900'000'000'000;
        const sim::AuditParty party{user, u"acme.demo"_s};
        QVERIFY(m_sim->simulator->store().apply(
            {sim::auditRecord(at, ++sequence, u"mfa.enrolled"_s, party, party, u"127.0.0.1"_s, QString())}));
    }

private slots:
    void cleanup() { m_sim.reset(); }

    // The enrollments over time are read once; a refresh asks only for
    // what is new (and a few minutes before it, for events written late)
    // and holds each event once. A sign-in starts afresh, and an account
    // without the audit log gets its refusal.
    void enrollmentsAreReadOnceThenWhatIsNew()
    {
        QVERIFY(startSim());
        Session session(m_sim->clock);
        QVERIFY(signIn(session, u"helpdesk@demo"_s));
        const QDateTime since = m_sim->clock.now().addDays(-365);
        AuditedEnrollments log;
        const auto first = enrollments(log, session, since);
        QVERIFY(first.ok());
        QVERIFY(first.value().size() > 10);
        QVERIFY(std::is_sorted(first.value().cbegin(), first.value().cend()));
        QVERIFY(first.value().constFirst() >= since);
        const qint64 wholeLog = auditLogBytes();
        QVERIFY(wholeLog > 1000);

        // One enrollment now, one written late (a minute before the
        // newest), and the same event again is not counted twice.
        const QDateTime newest = std::max(first.value().constLast(), m_sim->clock.now());
        m_sim->clock.advance(10);
        recordEnrollment(u"1001"_s, m_sim->clock.now());
        recordEnrollment(u"1002"_s, newest.addSecs(-60));
        const auto second = enrollments(log, session, since);
        QVERIFY(second.ok());
        QCOMPARE(second.value().size(), first.value().size() + 2);
        QVERIFY(std::is_sorted(second.value().cbegin(), second.value().cend()));
        QCOMPARE(second.value().constLast(), m_sim->clock.now().addMSecs(-m_sim->clock.now().time().msec()));
        QVERIFY(auditLogBytes() - wholeLog < wholeLog / 4);
        const auto third = enrollments(log, session, since);
        QVERIFY(third.ok());
        QCOMPARE(third.value(), second.value());

        // What the whole log says, read afresh after a new sign-in.
        session.signOut();
        QVERIFY(signIn(session, u"helpdesk@demo"_s));
        const qint64 beforeFresh = auditLogBytes();
        const auto fresh = enrollments(log, session, since);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh.value(), second.value());
        QVERIFY(auditLogBytes() - beforeFresh > wholeLog);

        // A later start drops what is before it, without asking again for it.
        const auto later = enrollments(log, session, newest.addSecs(-30));
        QVERIFY(later.ok());
        QCOMPARE(later.value().size(), 1);

        session.signOut();
        QVERIFY(signIn(session, u"basic@acme.demo"_s));
        const auto refused = enrollments(log, session, since);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
    }

    // The same directory, summarized by the portal and then (the extension
    // switched off, as on a portal without it) counted from the listing:
    // the same numbers, domain for domain, with a lock and an overdue
    // deadline among them.
    void portalAndListingAgree()
    {
        QVERIFY(startSim());
        // A deadline that has passed for acme.demo's pending users.
        const QString desk = token(u"helpdesk@demo"_s);
        QCOMPARE(request("PUT", u"/domains/acme.demo/mfa-policy"_s,
                         {{u"mfa-deadline-datetime"_s, m_sim->clock.now().addDays(1).toString(Qt::ISODate)}}, desk)
                     .status,
                 200);
        m_sim->clock.advance(2 * 86400);
        // A lock (for FirstLockSecs, which the test's clock never reaches):
        // basic@acme.demo's password wrong LockEvery times.
        for (int i = 0; i < sim::RateLimiter::LockEvery; ++i)
            QCOMPARE(signInRaw(u"basic@acme.demo"_s, u"wrong"_s).status, 401);

        Session session(m_sim->clock);
        QVERIFY(signIn(session, u"helpdesk@demo"_s));
        MfaSummaryLoader loader(session);
        const auto fromPortal = summaries(loader);
        QVERIFY2(fromPortal.ok(), qPrintable(fromPortal.ok() ? QString() : fromPortal.error().message()));
        QCOMPARE(loader.source(), MfaSummaryLoader::Source::Portal);
        const auto acme = summaries(loader, u"acme.demo"_s);
        QVERIFY(acme.ok());
        QCOMPARE(acme.value().size(), 1);

        // Every domain the help desk may list, in the listing's order.
        const auto domains = blockingCall<QList<PortalDomain>>(
            [&](auto cb) { listAllDomains(session, cb); }, Timeout);
        QVERIFY(domains.ok());
        QCOMPARE(fromPortal.value().size(), domains.value().size());
        QCOMPARE(domains.value().size(), 4 + SeedDomains);
        int users = 0, overdue = 0, locked = 0, fullyEnrolled = 0, barelyStarted = 0;
        for (qsizetype i = 0; i < domains.value().size(); ++i) {
            const MfaSummary &s = fromPortal.value().at(i);
            QCOMPARE(s.domain, domains.value().at(i).domain);
            QCOMPARE(s.enrolled + s.pending + s.notRequired, s.users);
            QCOMPARE(s.unknown, 0);
            const auto count = blockingCall<int>([&](auto cb) { session.client()->userCount(s.domain, cb); },
                                                 Timeout);
            QVERIFY(count.ok());
            QCOMPARE(s.users, count.value());
            users += s.users;
            overdue += s.overdue;
            locked += s.locked;
            fullyEnrolled += s.users > 0 && s.enrolled == s.users;
            barelyStarted += s.users > 0 && s.pending > 0 && s.enrolled * 10 < s.pending;
            if (s.domain == u"acme.demo") {
                QCOMPARE(acme.value().constFirst(), s);
                QCOMPARE(s.overdue, s.pending); // every pending user there is past the deadline
                QVERIFY(s.pending > 0);
            }
        }
        QCOMPARE(users, 55 + SeedUsers);
        QCOMPARE(locked, 1);
        // The seed's variety, which the dashboard is for.
        QVERIFY(fullyEnrolled > 0);
        QVERIFY(barelyStarted > 0);

        // Without the extension: counted from the listing, the same.
        session.signOut();
        QVERIFY(startSim(false));
        QCOMPARE(request("GET", u"/mfa-summary"_s, {}, token(u"helpdesk@demo"_s)).status, 404);
        QVERIFY(signIn(session, u"helpdesk@demo"_s));
        const auto fromListing = summaries(loader);
        QVERIFY(fromListing.ok());
        QCOMPARE(loader.source(), MfaSummaryLoader::Source::Listing);
        QCOMPARE(fromListing.value(), fromPortal.value());
        const auto acmeFromListing = summaries(loader, u"acme.demo"_s);
        QVERIFY(acmeFromListing.ok());
        QCOMPARE(loader.source(), MfaSummaryLoader::Source::Listing);
        QCOMPARE(acmeFromListing.value(), acme.value());
    }

    // The portal's counts follow its directory: a change shows in the next
    // summary, and a lock that ends with time stops counting without one.
    void summaryFollowsChanges()
    {
        QVERIFY(startSim());
        const QString desk = token(u"helpdesk@demo"_s);
        const auto summary = [&] {
            const auto answer = request("GET", u"/domains/acme.demo/mfa-summary"_s, {}, desk);
            return answer.status == 200 ? answer.json() : QJsonObject();
        };
        const auto count = [](const QJsonObject &s, const char *field) { return s.value(QLatin1String(field)).toInt(-1); };
        const QJsonObject before = summary();
        QVERIFY(count(before, "users") > 0);
        // basic@acme.demo signs in without MFA: not required, not enrolled.
        QCOMPARE(request("PUT", u"/domains/acme.demo/users/basic/mfa"_s, {{u"mfa-required"_s, true}}, desk).status, 200);
        const QJsonObject required = summary();
        QCOMPARE(count(required, "users"), count(before, "users"));
        QCOMPARE(count(required, "not-required"), count(before, "not-required") - 1);
        QCOMPARE(count(required, "pending"), count(before, "pending") + 1);
        QCOMPARE(count(required, "enrolled"), count(before, "enrolled"));

        for (int i = 0; i < sim::RateLimiter::LockEvery; ++i)
            QCOMPARE(signInRaw(u"basic@acme.demo"_s, u"wrong"_s).status, 401);
        QCOMPARE(count(summary(), "locked"), count(before, "locked") + 1);
        // Over once the lock and the window of failures behind it have passed.
        m_sim->clock.advance(std::max(sim::RateLimiter::FirstLockSecs, sim::RateLimiter::WindowSecs) + 1);
        QCOMPARE(count(summary(), "locked"), count(before, "locked"));
        QCOMPARE(count(summary(), "pending"), count(before, "pending") + 1);
    }

    // The audit log has no pages: an answer over the client's limit is
    // asked for again in halves, to the same enrollments; one that stays
    // too large within a minute fails the load, saying why.
    void enrollmentsTooManyForOneAnswer()
    {
        QVERIFY(startSim());
        Session session(m_sim->clock);
        QVERIFY(signIn(session, u"helpdesk@demo"_s));
        const QDateTime since = m_sim->clock.now().addDays(-365);
        AuditedEnrollments whole;
        const auto all = enrollments(whole, session, since);
        QVERIFY(all.ok());
        QVERIFY(all.value().size() > 10);
        session.signOut();

        PortalClient::Limits small;
        small.maxResponseBytes = 4000; // some twenty events
        session.setLimits(small);
        QVERIFY(signIn(session, u"helpdesk@demo"_s));
        AuditedEnrollments halves;
        const auto split = enrollments(halves, session, since);
        QVERIFY2(split.ok(), qPrintable(split.ok() ? QString() : split.error().message()));
        QCOMPARE(split.value(), all.value());
        session.signOut();

        // Twelve enrollments in one second: too many for an answer even
        // of the smallest window, while the sign-in's answers still fit.
        for (int i = 0; i < 12; ++i)
            recordEnrollment(u"10%1"_s.arg(i, 2, 10, QLatin1Char('0')), m_sim->clock.now());
        small.maxResponseBytes = 1500;
        session.setLimits(small);
        QVERIFY(signIn(session, u"helpdesk@demo"_s));
        AuditedEnrollments none;
        const auto refused = enrollments(none, session, since);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::TooLarge);
    }

    // A portal that reports no MFA state: the users are counted, their
    // states are unknown, and nobody is counted as not required.
    void stockPortalSaysUnknown()
    {
        QVERIFY(startSim(false, true));
        Session session(m_sim->clock);
        QVERIFY(signIn(session, u"helpdesk@demo"_s));
        MfaSummaryLoader loader(session);
        const auto got = summaries(loader);
        QVERIFY(got.ok());
        QCOMPARE(loader.source(), MfaSummaryLoader::Source::Listing);
        QCOMPARE(got.value().size(), 4 + SeedDomains);
        int users = 0;
        for (const MfaSummary &s : got.value()) {
            QCOMPARE(s.unknown, s.users);
            QCOMPARE(s.enrolled + s.pending + s.notRequired + s.overdue + s.locked, 0);
            users += s.users;
        }
        QCOMPARE(users, 55 + SeedUsers);
    }

    // The summary keeps to the caller's scope, as the listing does; a
    // refusal is reported, not answered from the listing.
    void scopeIsEnforced()
    {
        QVERIFY(startSim());
        // basic@acme.demo lists no domain.
        const QString basic = token(u"basic@acme.demo"_s);
        QCOMPARE(request("GET", u"/mfa-summary"_s, {}, basic).status, 403);
        QCOMPARE(request("GET", u"/domains/acme.demo/mfa-summary"_s, {}, basic).status, 403);
        QCOMPARE(request("GET", u"/domains/~/mfa-summary"_s, {}, basic).status, 403);
        Session session(m_sim->clock);
        QVERIFY(signIn(session, u"basic@acme.demo"_s));
        MfaSummaryLoader loader(session);
        const auto refused = summaries(loader);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        session.signOut();

        // An Office Manager: its own domain only (MFA lifted by the help
        // desk, with its password, so it signs in without a phone).
        const QString desk = token(u"helpdesk@demo"_s);
        QCOMPARE(request("PUT", u"/domains/acme.demo/users/manager/mfa"_s,
                         {{u"mfa-required"_s, false}, {u"password"_s, Password}}, desk)
                     .status,
                 200);
        const QString manager = token(u"manager@acme.demo"_s);
        const auto own = request("GET", u"/mfa-summary"_s, {}, manager);
        QCOMPARE(own.status, 200);
        const QJsonArray list = QJsonDocument::fromJson(own.body).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"domain"_s).toString(), u"acme.demo"_s);
        QCOMPARE(request("GET", u"/domains/acme.demo/mfa-summary"_s, {}, manager).status, 200);
        QCOMPARE(request("GET", u"/domains/globex.demo/mfa-summary"_s, {}, manager).status, 403);
        QCOMPARE(request("GET", u"/domains/no-such.demo/mfa-summary"_s, {}, manager).status, 403);
        QVERIFY(signIn(session, u"manager@acme.demo"_s));
        const auto other = summaries(loader, u"globex.demo"_s);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().kind, ErrorKind::Forbidden);

        // The help desk, a reseller: every domain of its territory.
        const auto all = request("GET", u"/mfa-summary"_s, {}, desk);
        QCOMPARE(all.status, 200);
        QCOMPARE(QJsonDocument::fromJson(all.body).array().size(), 4 + SeedDomains);
        // Not readable without a token.
        QCOMPARE(request("GET", u"/mfa-summary"_s).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestMfaSummary)
#include "tst_mfa_summary.moc"
