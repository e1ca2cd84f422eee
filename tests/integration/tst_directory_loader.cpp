// Loading the directory several pages at a time: every user once, in the
// same order as one page after another, a domain that grew after it was
// counted read to its end, and a cancel that stops it all.
#include "console/directory_loader.h"
#include "support/demo_accounts.h"
#include "support/sim_fixture.h"

#include <QFutureWatcher>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 60000;
constexpr int SeedUsers = 6000; // 2,000 per demo customer domain: several pages each
const QStringList Domains{u"globex.demo"_s, u"acme.demo"_s, u"demo"_s, u"initech.demo"_s};
} // namespace

class TestDirectoryLoader : public QObject
{
    Q_OBJECT

    test::SimFixture m_sim;

    bool signIn(Session &session)
    {
        session.signIn(m_sim.url(), m_sim.pinned(), test::demoClient(), u"helpdesk@demo"_s, test::demoPassword());
        return QTest::qWaitFor([&] { return !session.busy(); }, Timeout) && session.state() == Session::State::SignedIn;
    }
    // The users the loader hands on, in its order, as user@domain.
    std::optional<QStringList> load(DirectoryLoader &loader, const std::function<void()> &afterCounting = {})
    {
        QStringList uids;
        std::optional<std::optional<PortalError>> done;
        QObject ctx;
        connect(&loader, &DirectoryLoader::pageLoaded, &ctx, [&](const QList<PortalUser> &page) {
            for (const PortalUser &u : page)
                uids << u.user + u'@' + u.domain;
        });
        connect(&loader, &DirectoryLoader::progress, &ctx, [&](int loaded, int) {
            if (loaded == 0 && afterCounting)
                afterCounting();
        });
        connect(&loader, &DirectoryLoader::finished, &ctx, [&](const std::optional<PortalError> &e) { done = e; });
        loader.load(Domains);
        if (!QTest::qWaitFor([&] { return done.has_value(); }, Timeout) || done->has_value())
            return std::nullopt;
        return uids;
    }
    // What one page after another would give: each domain's users in the
    // portal's order (its key order), the domains in the order asked.
    QStringList expected()
    {
        QStringList out;
        for (const QString &domain : Domains)
            out += m_sim.simulator->store().keysWhere(u"user"_s, domain);
        return out;
    }

private slots:
    void initTestCase()
    {
        m_sim.fromTemplate = true;
        m_sim.options.seedUsers = SeedUsers;
        QVERIFY(m_sim.start());
    }

    void everyUserOnceInOrder()
    {
        Session session(m_sim.clock);
        QVERIFY(signIn(session));
        DirectoryLoader loader(session);
        const auto got = load(loader);
        QVERIFY(got);
        QCOMPARE(got->size(), 55 + SeedUsers);
        QCOMPARE(*got, expected());
    }

    // Users added after the count: the last page comes back full, so the
    // loader asks for the next one, and hands it on in its place.
    void aDomainThatGrewIsReadToItsEnd()
    {
        test::SimFixture grown; // a portal of its own: this one changes
        grown.fromTemplate = true;
        grown.options.seedUsers = SeedUsers;
        QVERIFY(grown.start());
        Session session(grown.clock);
        session.signIn(grown.url(), grown.pinned(), test::demoClient(), u"helpdesk@demo"_s, test::demoPassword());
        QVERIFY(QTest::qWaitFor([&] { return !session.busy(); }, Timeout));
        DirectoryLoader loader(session);
        bool added = false;
        const auto got = load(loader, [&] {
            // acme.demo had 2,019 when counted: three pages planned; 1,500
            // more make the third full and need a fourth.
            QList<sim::SimStore::Op> ops;
            for (int i = 0; i < 1500; ++i) {
                const QString user = u"zz%1"_s.arg(i, 4, 10, QLatin1Char('0'));
                ops.append({u"user"_s, user + u"@acme.demo"_s,
                            QJsonObject{{u"user"_s, user}, {u"domain"_s, u"acme.demo"_s}}});
            }
            added = grown.simulator->store().apply(ops);
        });
        QVERIFY(added);
        QVERIFY(got);
        QStringList want;
        for (const QString &domain : Domains)
            want += grown.simulator->store().keysWhere(u"user"_s, domain);
        QCOMPARE(got->size(), 55 + SeedUsers + 1500);
        QCOMPARE(*got, want);
    }

    // A territory (more than CountUpTo domains) is not counted: every
    // domain's first page at once, a full page bringing the next, progress
    // in domains, and not one request more than the pages.
    // More than CountUpTo domains: every domain's first page at once, then
    // page after page while they are full; a domain whose second page is
    // full too is counted then, and its other pages planned together. Every
    // user once, in domain order, and no other request.
    void aTerritoryIsLoadedWithoutCounting_data()
    {
        QTest::addColumn<int>("users");
        QTest::newRow("about 1,200 a domain") << 12000;
        QTest::newRow("about 3,500 a domain") << 35000;
    }
    void aTerritoryIsLoadedWithoutCounting()
    {
        QFETCH(int, users);
        test::SimFixture territory;
        territory.fromTemplate = true;
        territory.options.seedUsers = users;
        territory.options.seedDomains = 10;
        QVERIFY(territory.start());
        Session session(territory.clock);
        session.signIn(territory.url(), territory.pinned(), test::demoClient(), u"helpdesk@demo"_s, test::demoPassword());
        QVERIFY(QTest::qWaitFor([&] { return !session.busy(); }, Timeout));
        QCOMPARE(session.state(), Session::State::SignedIn);
        const sim::SimStore &store = territory.simulator->store();
        QStringList domains, want;
        int requests = 0, counted = 0;
        for (auto it = store.all(u"domain"_s).cbegin(); it != store.all(u"domain"_s).cend(); ++it) {
            domains << it.key();
            const QStringList inDomain = store.keysWhere(u"user"_s, it.key());
            want += inDomain;
            requests += int(inDomain.size()) / DirectoryLoader::PageSize + 1; // a full last page asks for one more
            counted += inDomain.size() >= 2 * DirectoryLoader::PageSize;
        }
        requests += counted;
        if (users > 20000)
            QVERIFY(counted > 0); // large domains, counted when their second page is full
        QVERIFY(domains.size() > DirectoryLoader::CountUpTo);
        QVERIFY(std::any_of(domains.cbegin(), domains.cend(), [&](const QString &d) {
            return store.keysWhere(u"user"_s, d).size() > DirectoryLoader::PageSize;
        }));

        DirectoryLoader loader(session);
        QStringList got;
        QList<int> totals;
        std::optional<std::optional<PortalError>> done;
        connect(&loader, &DirectoryLoader::pageLoaded, this, [&](const QList<PortalUser> &page) {
            for (const PortalUser &u : page)
                got << u.user + u'@' + u.domain;
        });
        connect(&loader, &DirectoryLoader::progress, this, [&](int, int total) { totals << total; });
        connect(&loader, &DirectoryLoader::finished, this, [&](const std::optional<PortalError> &e) { done = e; });
        const qint64 before = territory.simulator->requestsServed();
        loader.load(domains);
        QVERIFY(QTest::qWaitFor([&] { return done.has_value(); }, Timeout));
        QVERIFY(!done->has_value());
        QCOMPARE(got, want);
        QCOMPARE(territory.simulator->requestsServed() - before, qint64(requests));
        QVERIFY(!totals.isEmpty());
        QVERIFY(std::all_of(totals.cbegin(), totals.cend(), [](int t) { return t == -1; }));
        QCOMPARE(loader.domainsDone(), int(domains.size()));
        QCOMPARE(loader.domainCount(), int(domains.size()));
    }

    void cancelStopsEverything()
    {
        Session session(m_sim.clock);
        QVERIFY(signIn(session));
        DirectoryLoader loader(session);
        QSignalSpy pages(&loader, &DirectoryLoader::pageLoaded);
        QSignalSpy finished(&loader, &DirectoryLoader::finished);
        loader.load(Domains);
        QVERIFY(loader.isRunning());
        loader.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<std::optional<PortalError>>()->kind, ErrorKind::Cancelled);
        QVERIFY(!loader.isRunning());
        QTest::qWait(500); // answers on their way go nowhere
        QCOMPARE(pages.size(), 0);
        QCOMPARE(finished.size(), 1);
        // And the loader loads again afterwards.
        QSignalSpy again(&loader, &DirectoryLoader::finished);
        loader.load({u"acme.demo"_s});
        QVERIFY(again.wait(Timeout));
        QVERIFY(!again.at(0).at(0).value<std::optional<PortalError>>().has_value());
        QVERIFY(pages.size() >= 1);
    }

    // A page of 1,000 users is parsed on a worker thread. One still waiting
    // for it when everything is aborted ends once, Cancelled, and what the
    // worker makes of it afterwards goes nowhere.
    void aPageBeingParsedIsCancelledOnce()
    {
        Session session(m_sim.clock);
        QVERIFY(signIn(session));
        PortalClient *client = session.client();
        // The client parses on Qt's global pool: one thread, kept busy.
        QThreadPool &pool = *QThreadPool::globalInstance();
        pool.waitForDone();
        const int threads = pool.maxThreadCount();
        pool.setMaxThreadCount(1);
        QSemaphore started, hold;
        pool.start([&] { // the pool's only thread, busy until released
            started.release();
            hold.acquire();
        });
        started.acquire();
        int calls = 0;
        std::optional<ErrorKind> error;
        client->users(u"acme.demo"_s, 0, DirectoryLoader::PageSize,
                      [&](Result<QList<PortalUser>, PortalError> r) {
                          ++calls;
                          error = r ? std::nullopt : std::optional(r.error().kind);
                      });
        // The answer is in and waits for the worker.
        QVERIFY(QTest::qWaitFor([&] { return client->findChild<QFutureWatcherBase *>() != nullptr; }, Timeout));
        QCOMPARE(calls, 0);
        client->abortAll();
        QCOMPARE(calls, 1);
        QCOMPARE(error, std::optional(ErrorKind::Cancelled));
        hold.release();
        pool.waitForDone();
        QTest::qWait(50); // the worker's result, had it been delivered
        QCOMPARE(calls, 1);
        pool.setMaxThreadCount(threads);

        // Parsed on a worker, a page arrives whole.
        std::optional<Result<QList<PortalUser>, PortalError>> page;
        client->users(u"acme.demo"_s, 0, DirectoryLoader::PageSize,
                      [&](Result<QList<PortalUser>, PortalError> r) { page = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return page.has_value(); }, Timeout));
        QVERIFY(page->ok());
        QCOMPARE(page->value().size(), DirectoryLoader::PageSize);
    }
};

QTEST_GUILESS_MAIN(TestDirectoryLoader)
#include "tst_directory_loader.moc"
