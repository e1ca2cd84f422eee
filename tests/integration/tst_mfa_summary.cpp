// How far along with MFA the domains are: the portal's summaries (our
// extension) and the client's count from the listing agree on the same
// data, a stock portal's unknown states stay unknown, and the summary keeps
// to the caller's scope.
#include "console/domain_list.h"
#include "console/mfa_summary_loader.h"
#include "portal/blocking_call.h"
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

private slots:
    void cleanup() { m_sim.reset(); }

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
            const auto count = blockingCall<int>([&](auto cb) { session.client()->userCount(session.accessToken(), s.domain, cb); },
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
