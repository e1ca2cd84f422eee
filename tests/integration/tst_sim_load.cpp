// The simulator under load: 200 clients at once sign in, enroll, activate,
// sign out and answer challenges for a minute (PBX_LOAD_CLIENTS and
// PBX_LOAD_SECONDS override; the asan preset runs 12 clients: under ASan
// every allocation inside OpenSSL's 600,000 HMAC rounds goes through the
// sanitizer's allocator, so a password check takes about a second), each
// over its own TLS connection.
//
// What it asserts holds on any machine, however slow: every flow finishes,
// every acknowledged change is in the store exactly once and survives a
// reload, every refusal is a clean 503 (the portal shedding load) or 429,
// and no code is refused that was still valid when it was sent. How fast
// the portal was is measured and reported (PBX_LOAD_REPORT names a file for
// the report, which scripts/pbx-dev load puts into docs/reliability.md),
// never asserted: a slow machine serves fewer sign-ins, not wrong ones.
#include "crypto/password_hash.h"
#include "mfa/totp.h"
#include "portal/busy_backoff.h"
#include "portal/portal_client.h"
#include "sim/demo_seed.h"
#include "sim/simulator.h"
#include "support/demo_accounts.h"
#include "support/simulator_thread.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace pbx;

namespace {

int clientCount()
{
    const int n = qEnvironmentVariableIntValue("PBX_LOAD_CLIENTS");
    return n > 0 ? n : 200;
}
const QString Domain = u"acme.demo"_s;

QString loginOf(int i)
{
    return u"load%1@acme.demo"_s.arg(i, 3, 10, QLatin1Char('0'));
}

struct Tally
{
    int signIns = 0, enrollments = 0, challenges = 0, signOuts = 0;
    int shed = 0, rateLimited = 0, staleCodes = 0;
    // Accepted requests that cost the portal a password hash, until every
    // client has enrolled: all of them want the portal at once then, so the
    // throughput is what the portal can do.
    int clients = 0;
    int burstHashRequests = 0;
    qint64 allEnrolledAtMs = 0;
    QStringList errors;
    QList<qint64> acceptedLatencyMs; // requests the portal took on
    QList<qint64> flowLatencyMs;     // from the first try to the answer, waits for a busy portal included
};

// A code computed more than a step ago may have expired on its way: the
// portal was right to refuse it, and the client asks for a fresh one.
constexpr qint64 StaleAfterMs = 30000;

// One user at a phone: signs in, enrolls on first sight (computing codes the
// way an authenticator app would), then signs out and back in with a
// challenge, once per 30-second step, until the deadline.
class Agent : public QObject
{
public:
    Agent(int index, const QUrl &portal, const QByteArray &pin, qint64 deadlineMs, const QElapsedTimer &clock,
          Tally &tally)
        : m_login(loginOf(index)), m_deadlineMs(deadlineMs), m_clock(clock), m_tally(tally),
          m_client(portal, TlsTrust::withPin(pin))
    {
        // Accepted requests are answered within seconds; the generous
        // limits only keep a slow machine from failing the test.
        PortalClient::Limits limits;
        limits.idleTimeoutMs = 180000;
        limits.totalTimeoutMs = 240000;
        m_client.setLimits(limits);
    }

    void start() { signIn(); }
    bool finished() const { return m_finished; }
    const QString &login() const { return m_login; }
    bool enrolled() const { return !m_secret.isEmpty(); }
    int challengesPassed() const { return m_challenges; }
    int challengeTokensIssued() const { return m_challengeTokens; }
    int signOuts() const { return m_signOuts; }
    int staleActivations() const { return m_staleActivations; }
    int staleChallenges() const { return m_staleChallenges; }

private:
    // Runs the call, and again, as a person's client would, after a 503
    // (with the core's BusyBackoff, without its limit: a load test keeps
    // trying) or a 429. `call` is run afresh each time, so a code in it is
    // computed afresh: none is sent again once its step may have passed.
    // `stale` says whether a 422 was for a code that had gone stale.
    template <typename T, typename Call, typename Next>
    void attempt(const char *what, bool slowHash, Call call, Next next, std::function<bool()> stale = {})
    {
        auto backoff = std::make_shared<BusyBackoff>(1000000);
        QElapsedTimer firstTry;
        firstTry.start();
        tryOnce<T>(what, slowHash, std::move(call), std::move(next), std::move(stale), backoff, firstTry);
    }

    template <typename T, typename Call, typename Next>
    void tryOnce(const char *what, bool slowHash, Call call, Next next, std::function<bool()> stale,
                 std::shared_ptr<BusyBackoff> backoff, QElapsedTimer firstTry)
    {
        QElapsedTimer started;
        started.start();
        const auto again = [=, this](int waitMs) {
            QTimer::singleShot(waitMs, this, [=, this] { tryOnce<T>(what, slowHash, call, next, stale, backoff, firstTry); });
        };
        call([=, this](Result<T, PortalError> result) {
            if (!result && result.error().kind == ErrorKind::Busy) {
                ++m_tally.shed;
                return again(*backoff->next(result.error()));
            }
            if (!result && result.error().kind == ErrorKind::RateLimited) {
                ++m_tally.rateLimited;
                return again(std::max(1, result.error().retryAfterSeconds) * 1000
                             + int(QRandomGenerator::global()->bounded(500)));
            }
            m_tally.acceptedLatencyMs.append(started.elapsed());
            m_tally.flowLatencyMs.append(firstTry.elapsed());
            if (slowHash && m_tally.enrollments < m_tally.clients)
                ++m_tally.burstHashRequests;
            if (!result && result.error().kind == ErrorKind::WrongPasscode && stale && stale()) {
                ++m_tally.staleCodes;
                return again(0);
            }
            if (!result) {
                m_tally.errors.append(m_login + u": "_s + QString::fromLatin1(what) + u" after "_s
                                      + QString::number(started.elapsed()) + u" ms: "_s
                                      + QString::fromLatin1(errorKindName(result.error().kind))
                                      + u' ' + QString::number(result.error().httpStatus) + u' '
                                      + result.error().serverMessage);
                m_finished = true;
                return;
            }
            next(std::move(result).value());
        });
    }

    void signIn()
    {
        // Past the deadline, a client stops, once it has passed a challenge.
        if (m_clock.elapsed() >= m_deadlineMs && m_challenges > 0) {
            m_finished = true;
            return;
        }
        attempt<TokenPair>(
            "sign-in", true,
            [this](auto done) {
                m_client.passwordGrant(test::demoClient(), m_login, test::demoPassword(), done);
            },
            [this](TokenPair restricted) {
                ++m_tally.signIns;
                if (restricted.claims.needsEnrollment())
                    enroll(restricted);
                else if (restricted.claims.needsChallenge())
                    challenge(restricted);
                else
                    fail(u"signed in without MFA"_s);
            });
    }

    void enroll(const TokenPair &restricted)
    {
        if (enrolled())
            return fail(u"asked to enroll twice"_s);
        attempt<Enrollment>("enrollment", false,
                            [this, restricted](auto done) {
                                m_client.setAccessToken(restricted.token, true);
                                m_client.startEnrollment(done);
                            },
                            [this, restricted](Enrollment enrollment) {
                                m_params = enrollment.key.parameters;
                                activate(restricted, enrollment.key.secret);
                            });
    }

    void activate(const TokenPair &restricted, const QByteArray &secret)
    {
        attempt<TokenPair>(
            "activation", true,
            [this, restricted, secret](auto done) {
                m_codeAt = QDateTime::currentSecsSinceEpoch();
                m_codeTimer.start();
                m_client.setAccessToken(restricted.token, true);
                m_client.activateEnrollment(mfa::totp(secret, m_codeAt, m_params),
                                            test::demoPassword(), done);
            },
            [this, secret](TokenPair full) {
                m_secret = secret;
                m_lastStep = qint64(mfa::totpStep(m_codeAt, m_params.period));
                if (++m_tally.enrollments == m_tally.clients)
                    m_tally.allEnrolledAtMs = m_clock.elapsed();
                signOut(full);
            },
            [this] {
                const bool stale = m_codeTimer.elapsed() > StaleAfterMs;
                m_staleActivations += stale ? 1 : 0;
                return stale;
            });
    }

    void challenge(const TokenPair &restricted)
    {
        if (!enrolled())
            return fail(u"challenged before enrolling"_s);
        ++m_challengeTokens;
        answerChallenge(restricted);
    }

    // Each code counts once: wait for a step the portal has not seen. (A
    // precise timer, checked again on firing: a coarse one may fire up to
    // 5% early, still inside the used step.)
    void answerChallenge(const TokenPair &restricted)
    {
        const qint64 at = QDateTime::currentSecsSinceEpoch();
        if (qint64(mfa::totpStep(at, m_params.period)) <= m_lastStep) {
            const qint64 nextStepMs = (m_lastStep + 1) * qint64(m_params.period) * 1000;
            const qint64 wait = std::max<qint64>(0, nextStepMs - QDateTime::currentMSecsSinceEpoch()) + 50;
            QTimer::singleShot(std::chrono::milliseconds(wait), Qt::PreciseTimer, this,
                               [this, restricted] { answerChallenge(restricted); });
            return;
        }
        attempt<TokenPair>(
            "challenge", true,
            [this, restricted](auto done) {
                // A retry after a busy answer may be in a later step: the
                // code is always the current one.
                m_codeAt = QDateTime::currentSecsSinceEpoch();
                m_codeTimer.start();
                m_client.mfaGrant(test::demoClient(), m_login, test::demoPassword(),
                                  mfa::totp(m_secret, m_codeAt, m_params), restricted, done);
            },
            [this](TokenPair full) {
                m_lastStep = qint64(mfa::totpStep(m_codeAt, m_params.period));
                ++m_challenges;
                ++m_tally.challenges;
                signOut(full);
            },
            [this] {
                const bool stale = m_codeTimer.elapsed() > StaleAfterMs;
                m_staleChallenges += stale ? 1 : 0;
                return stale;
            });
    }

    void signOut(const TokenPair &full)
    {
        attempt<Done>("sign-out", false, [this, full](auto done) {
                          m_client.setAccessToken(full.token, false);
                          m_client.revoke(done);
                      },
                      [this](Done) {
                          ++m_signOuts;
                          ++m_tally.signOuts;
                          signIn();
                      });
    }

    void fail(const QString &why)
    {
        m_tally.errors.append(m_login + u": "_s + why);
        m_finished = true;
    }

    QString m_login;
    qint64 m_deadlineMs;
    const QElapsedTimer &m_clock;
    Tally &m_tally;
    PortalClient m_client;
    mfa::TotpParameters m_params;
    QByteArray m_secret;
    qint64 m_lastStep = -1;
    qint64 m_codeAt = 0;
    QElapsedTimer m_codeTimer;
    int m_challenges = 0, m_challengeTokens = 0, m_signOuts = 0;
    int m_staleActivations = 0, m_staleChallenges = 0;
    bool m_finished = false;
};

qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[qsizetype(p * double(values.size() - 1))];
}

int countAudit(const QMap<QString, QJsonObject> &audit, const QString &action, const QString &user)
{
    return int(std::count_if(audit.cbegin(), audit.cend(), [&](const QJsonObject &e) {
        return e.value(u"action-type"_s).toString() == action && e.value(u"target-user"_s).toString() == user
               && e.value(u"target-domain"_s).toString() == Domain;
    }));
}

} // namespace

class TestSimLoad : public QObject
{
    Q_OBJECT
private slots:
    void twoHundredClientsForAMinute();
};

void TestSimLoad::twoHundredClientsForAMinute()
{
    const int Clients = clientCount();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // 200 accounts that must enroll, written before the portal starts. They
    // share one salted hash of the demo password: hashing it 200 times
    // would only slow the set-up down.
    {
        sim::SimStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        const QString hash = QString::fromLatin1(crypto::PasswordHash::create(test::demoPassword().toUtf8()));
        QList<sim::SimStore::Op> ops;
        for (int i = 0; i < Clients; ++i) {
            const QString login = loginOf(i);
            const QString user = login.section(u'@', 0, 0);
            ops.append({u"user"_s, login,
                        QJsonObject{{u"user"_s, user}, {u"domain"_s, Domain}, {u"login-username"_s, login},
                                    {u"name-first-name"_s, u"Load"_s}, {u"name-last-name"_s, user},
                                    {u"user-scope"_s, u"Basic User"_s}, {u"password-hash"_s, hash},
                                    {u"mfa-required"_s, true}}});
        }
        QVERIFY(store.apply(ops));
    }

    // This machine's ceiling: what its cores can hash, at one slow hash per
    // sign-in step, measured here, before the load, with nothing else running.
    const int cores = std::max(1, QThread::idealThreadCount());
    const QByteArray probeHash = crypto::PasswordHash::create("probe");
    QList<qint64> hashNs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        QVERIFY(crypto::PasswordHash::verify("probe", probeHash));
        hashNs.append(t.nsecsElapsed());
    }
    std::sort(hashNs.begin(), hashNs.end());
    const double hashSecs = double(hashNs[hashNs.size() / 2]) / 1e9;
    const double ceilingPerSec = double(cores) / hashSecs;

    test::SimulatorThread portal;
    sim::Simulator::Options options;
    options.dataDir = dir.path();
    QString error;
    QVERIFY2(portal.start(options, &error), qPrintable(error));
    const QUrl url = portal.read([](sim::Simulator &s) { return s.url(); });
    const QByteArray pin = portal.read([](sim::Simulator &s) { return s.certificateSha256(); });

    const qint64 seconds = qEnvironmentVariableIntValue("PBX_LOAD_SECONDS") > 0
                               ? qEnvironmentVariableIntValue("PBX_LOAD_SECONDS") : 60;
    QElapsedTimer clock;
    clock.start();
    Tally tally;
    tally.clients = Clients;
    std::vector<std::unique_ptr<Agent>> agents;
    for (int i = 0; i < Clients; ++i)
        agents.push_back(std::make_unique<Agent>(i, url, pin, seconds * 1000, clock, tally));
    for (auto &a : agents)
        a->start();

    // Every flow in flight when the minute ends is finished, however long
    // the queue at the portal is.
    const auto allFinished = [&] {
        return std::all_of(agents.cbegin(), agents.cend(), [](const auto &a) { return a->finished(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allFinished(), int(seconds * 1000) + 600000);
    const qint64 elapsed = clock.elapsed();

    const qint64 shedByPortal = portal.read([](sim::Simulator &s) { return s.requestsShed(); });
    const int answered = int(tally.acceptedLatencyMs.size());
    const double accepted = double(tally.burstHashRequests) / (double(std::max<qint64>(1, tally.allEnrolledAtMs)) / 1000.0);
    const QString report = QString::fromLatin1(
        "| clients | %1 for %2 s (all flows done after %3 s) |\n"
        "| machine | %4 cores; one password hash %5 ms; ceiling %6 hashed requests/s (cores / hash time) |\n"
        "| completed | %7 sign-ins, %8 enrollments, %9 challenges, %10 sign-outs |\n"
        "| throughput | %11 hashed requests/s accepted (sign-ins and activations) until every client had enrolled: %12% of the ceiling |\n"
        "| shed | %13 answers 503 (%14% of %15 requests), %16 answers 429, %17 codes gone stale on the way |\n"
        "| latency of accepted requests | p50 %18 ms, p95 %19 ms, p99 %20 ms, max %21 ms |\n"
        "| latency of a step, waits for a busy portal included | p50 %22 ms, p95 %23 ms, max %24 ms |\n")
        .arg(Clients).arg(seconds).arg(elapsed / 1000)
        .arg(cores).arg(hashSecs * 1000, 0, 'f', 0).arg(ceilingPerSec, 0, 'f', 1)
        .arg(tally.signIns).arg(tally.enrollments).arg(tally.challenges).arg(tally.signOuts)
        .arg(accepted, 0, 'f', 1).arg(100.0 * accepted / ceilingPerSec, 0, 'f', 0)
        .arg(tally.shed).arg(100.0 * tally.shed / std::max(1, answered + tally.shed + tally.rateLimited), 0, 'f', 1)
        .arg(answered + tally.shed + tally.rateLimited).arg(tally.rateLimited).arg(tally.staleCodes)
        .arg(percentile(tally.acceptedLatencyMs, 0.5)).arg(percentile(tally.acceptedLatencyMs, 0.95))
        .arg(percentile(tally.acceptedLatencyMs, 0.99)).arg(percentile(tally.acceptedLatencyMs, 1.0))
        .arg(percentile(tally.flowLatencyMs, 0.5)).arg(percentile(tally.flowLatencyMs, 0.95))
        .arg(percentile(tally.flowLatencyMs, 1.0));
    qInfo("%s", qPrintable(report));
    if (const QString path = qEnvironmentVariable("PBX_LOAD_REPORT"); !path.isEmpty()) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        out.write("| what | measured |\n| --- | --- |\n" + report.toUtf8());
    }

    // What holds on any machine: nothing failed but for the portal's clean
    // refusals, which the clients waited out; every client enrolled once
    // and passed at least one challenge; the portal's count of what it shed
    // is what the clients were told.
    QVERIFY2(tally.errors.isEmpty(), qPrintable(tally.errors.mid(0, 10).join(u'\n')));
    QCOMPARE(tally.enrollments, Clients);
    QCOMPARE(shedByPortal, qint64(tally.shed));
    // Nothing lost, nothing twice: the store agrees with what each client
    // was told, event by event.
    const auto users = portal.read([](sim::Simulator &s) { return s.store().all(u"user"_s); });
    const auto audit = portal.read([](sim::Simulator &s) { return s.store().all(u"audit"_s); });
    const auto refresh = portal.read([](sim::Simulator &s) { return s.store().all(u"refresh"_s); });
    for (const auto &agent : agents) {
        const QJsonObject user = users.value(agent->login());
        const QString name = user.value(u"user"_s).toString();
        QVERIFY2(user.value(u"mfa-enrolled"_s).toBool(), qPrintable(agent->login()));
        QVERIFY2(!user.contains(u"mfa-pending"_s), qPrintable(agent->login()));
        QCOMPARE(countAudit(audit, u"mfa.enrollment.started"_s, name), 1);
        QCOMPARE(countAudit(audit, u"mfa.enrolled"_s, name), 1);
        QCOMPARE(countAudit(audit, u"mfa.challenge.passed"_s, name), agent->challengesPassed());
        QCOMPARE(countAudit(audit, u"signin.mfa-challenge"_s, name), agent->challengeTokensIssued());
        QVERIFY2(agent->challengesPassed() >= 1, qPrintable(agent->login()));
        // No refusal but of a code that had gone stale on its way.
        QCOMPARE(countAudit(audit, u"signin.failed"_s, name), 0);
        QCOMPARE(countAudit(audit, u"mfa.activate.failed"_s, name), agent->staleActivations());
        QCOMPARE(countAudit(audit, u"mfa.challenge.failed"_s, name), agent->staleChallenges());
        QCOMPARE(agent->signOuts(), 1 + agent->challengesPassed());
    }
    // Every sign-in was signed out: no refresh token of theirs is left.
    const auto ofLoadUser = [](const QJsonObject &r) { return r.value(u"sub"_s).toString().startsWith(u"load"_s); };
    QCOMPARE(std::count_if(refresh.cbegin(), refresh.cend(), ofLoadUser), 0);

    // And the data directory loads back to exactly this state.
    portal.stop();
    sim::SimStore reloaded;
    QVERIFY2(reloaded.open(dir.path(), &error), qPrintable(error));
    QCOMPARE(reloaded.all(u"user"_s), users);
    QCOMPARE(reloaded.all(u"audit"_s), audit);
}

QTEST_GUILESS_MAIN(TestSimLoad)
#include "tst_sim_load.moc"
