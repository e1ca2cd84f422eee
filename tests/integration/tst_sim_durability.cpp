// kill -9 the simulator in a loop while it writes, and restart it: the data
// directory always loads, and every change it acknowledged is there.
#include "portal/blocking_call.h"
#include "portal/portal_client.h"

#include "support/demo_accounts.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 30000;
constexpr int Rounds = 8;
const ClientCredentials DemoClient = test::demoClient();
// Directory users whose MFA requirement the test flips (seeded in acme.demo).
const QStringList Users{u"1022"_s, u"1004"_s, u"1007"_s, u"1010"_s, u"1013"_s, u"1016"_s};
} // namespace

class TestSimDurability : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    // Starts the simulator; its URL and pin, or nothing if it did not come up.
    std::optional<std::pair<QUrl, QByteArray>> start(QProcess &sim)
    {
        sim.start(qEnvironmentVariable("PBX_SIM"), {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, m_data.path()});
        if (!sim.waitForStarted(Timeout))
            return std::nullopt;
        QString out;
        if (!QTest::qWaitFor([&] {
                out += QString::fromUtf8(sim.readAllStandardOutput());
                return out.contains(u"certificate SHA-256"_s) || sim.state() == QProcess::NotRunning;
            }, Timeout))
            return std::nullopt;
        const auto url = QRegularExpression(u"listening on (https://\\S+)"_s).match(out).captured(1);
        const auto pin = QRegularExpression(u"certificate SHA-256 ([0-9A-F:]{95})"_s).match(out).captured(1);
        if (url.isEmpty())
            return std::nullopt;
        return std::pair{QUrl(url), parseFingerprint(pin)};
    }

private slots:
    void acknowledgedChangesSurviveKills()
    {
        QVERIFY(!qEnvironmentVariable("PBX_SIM").isEmpty());
        // What the portal acknowledged, and what was in flight at a kill
        // (either outcome is then correct).
        QHash<QString, bool> acknowledged;
        QSet<QString> uncertain;
        int writes = 0;
        for (int round = 0; round < Rounds; ++round) {
            QProcess sim;
            const auto portal = start(sim);
            QVERIFY2(portal.has_value(), qPrintable(u"round %1: the data directory did not load: "_s.arg(round)
                                                     + QString::fromUtf8(sim.readAllStandardError())));
            PortalClient client(portal->first, TlsTrust::withPin(portal->second));
            const auto signedIn = blockingCall<TokenPair>(
                [&](auto cb) { client.passwordGrant(DemoClient, u"helpdesk@demo"_s, test::demoPassword(), cb); }, Timeout);
            QVERIFY(signedIn.ok());
            client.setAccessToken(signedIn.value().token, false);

            // Everything acknowledged before is there.
            const auto listed = blockingCall<QList<PortalUser>>(
                [&](auto cb) { client.users(u"acme.demo"_s, 0, 1000, cb); }, Timeout);
            QVERIFY(listed.ok());
            for (const PortalUser &u : listed.value()) {
                if (!acknowledged.contains(u.user) || uncertain.contains(u.user))
                    continue;
                QVERIFY2(u.mfaRequired == acknowledged.value(u.user),
                         qPrintable(u"round %1: %2 lost an acknowledged change"_s.arg(round).arg(u.user)));
            }
            uncertain.clear();
            for (const PortalUser &u : listed.value())
                if (Users.contains(u.user))
                    acknowledged[u.user] = u.mfaRequired.value_or(false); // the truth now, settled

            // Flip requirements until a kill -9 at a random moment.
            bool killed = false;
            QTimer::singleShot(int(QRandomGenerator::global()->bounded(150, 900)), &sim, [&] {
                sim.kill();
                killed = true;
            });
            int i = 0;
            while (!killed) {
                const QString user = Users.at(i++ % Users.size());
                const bool want = !acknowledged.value(user);
                uncertain.insert(user); // until the answer says otherwise
                const auto r = blockingCall<PortalUser>(
                    [&](auto cb) { client.setMfaRequired(u"acme.demo"_s, user, want, cb); }, Timeout);
                if (r.ok()) {
                    acknowledged[user] = r.value().mfaRequired.value_or(false);
                    uncertain.remove(user);
                    ++writes;
                } else {
                    QVERIFY2(killed || r.error().kind == ErrorKind::Network, qPrintable(r.error().message()));
                    break;
                }
            }
            sim.waitForFinished(Timeout);
            QCOMPARE(sim.exitStatus(), QProcess::CrashExit);
        }
        QVERIFY2(writes > Rounds, qPrintable(QString::number(writes))); // the kills did land among writes
        qInfo("%d acknowledged writes across %d kills", writes, Rounds);
    }
};

QTEST_GUILESS_MAIN(TestSimDurability)
#include "tst_sim_durability.moc"
