// The simulator under load: 200 clients at once sign in, enroll, activate,
// sign out and answer challenges for a minute (PBX_LOAD_CLIENTS and
// PBX_LOAD_SECONDS override; the asan preset runs 12 clients: under ASan
// every allocation inside OpenSSL's 600,000 HMAC rounds goes through the
// sanitizer's allocator, so a password check takes about a second),
// each over its own TLS connection. Afterwards every acknowledged change is in
// the store exactly once, nothing is half done, and the data directory loads
// back to the same state.
#include "crypto/password_hash.h"
#include "mfa/totp.h"
#include "portal/portal_client.h"
#include "sim/demo_seed.h"
#include "sim/simulator.h"
#include "support/demo_accounts.h"
#include "support/simulator_thread.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
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
    int signIns = 0, enrollments = 0, challenges = 0, signOuts = 0, rateLimited = 0;
    QStringList errors;
    QList<qint64> latencyMs;
};

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
        // The server is deliberately slow per sign-in (a 600,000-round
        // PBKDF2), so 200 at once queue for a while; a person would wait.
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

private:
    // Runs the call, retrying after a 429 as long as the portal asks.
    template <typename T, typename Call, typename Next>
    void attempt(const char *what, Call call, Next next)
    {
        QElapsedTimer started;
        started.start();
        call([this, what, call, next, started](Result<T, PortalError> result) {
            m_tally.latencyMs.append(started.elapsed());
            if (!result && result.error().kind == ErrorKind::RateLimited) {
                ++m_tally.rateLimited;
                const int wait = std::max(1, result.error().retryAfterSeconds) * 1000
                                 + int(QRandomGenerator::global()->bounded(500));
                QTimer::singleShot(wait, this, [this, what, call, next] { attempt<T>(what, call, next); });
                return;
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
        if (m_clock.elapsed() >= m_deadlineMs) {
            m_finished = true;
            return;
        }
        attempt<TokenPair>(
            "sign-in",
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
        attempt<Enrollment>("enrollment", [this, restricted](auto done) { m_client.startEnrollment(restricted.token, done); },
                            [this, restricted](Enrollment enrollment) {
                                m_params = enrollment.key.parameters;
                                activate(restricted, enrollment.key.secret);
                            });
    }

    void activate(const TokenPair &restricted, const QByteArray &secret)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString code = mfa::totp(secret, now, m_params);
        attempt<TokenPair>(
            "activation",
            [this, restricted, code](auto done) {
                m_client.activateEnrollment(restricted.token, code, test::demoPassword(), done);
            },
            [this, secret, now](TokenPair full) {
                m_secret = secret;
                m_lastStep = qint64(mfa::totpStep(now, m_params.period));
                ++m_tally.enrollments;
                signOut(full);
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
        const QString code = mfa::totp(m_secret, at, m_params);
        attempt<TokenPair>(
            "challenge",
            [this, restricted, code](auto done) {
                m_client.mfaGrant(test::demoClient(), m_login, test::demoPassword(), code, restricted, done);
            },
            [this, at](TokenPair full) {
                m_lastStep = qint64(mfa::totpStep(at, m_params.period));
                ++m_challenges;
                ++m_tally.challenges;
                signOut(full);
            });
    }

    void signOut(const TokenPair &full)
    {
        attempt<Done>("sign-out", [this, full](auto done) { m_client.revoke(full.token, done); },
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
    int m_challenges = 0, m_challengeTokens = 0, m_signOuts = 0;
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

    qInfo("%d clients for %lld s (all done after %lld s): %d sign-ins, %d enrollments, %d challenges, %d sign-outs,"
          " %d answers 429; latency p50 %lld ms, p95 %lld ms, max %lld ms",
          Clients, seconds, elapsed / 1000, tally.signIns, tally.enrollments, tally.challenges, tally.signOuts,
          tally.rateLimited, percentile(tally.latencyMs, 0.5), percentile(tally.latencyMs, 0.95),
          percentile(tally.latencyMs, 1.0));
    QVERIFY2(tally.errors.isEmpty(), qPrintable(tally.errors.mid(0, 10).join(u'\n')));
    QCOMPARE(tally.enrollments, Clients);
    QVERIFY(tally.challenges > 0);

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
        QCOMPARE(countAudit(audit, u"signin.failed"_s, name) + countAudit(audit, u"mfa.challenge.failed"_s, name)
                     + countAudit(audit, u"mfa.activate.failed"_s, name), 0);
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
