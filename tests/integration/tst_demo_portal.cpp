// pbx-admin --demo's portal: the real pbx-portal-sim as a child process.
// Ready with where it listens and its certificate; answering there over
// TLS with that certificate; ended with its owner; failing with a reason
// when it cannot run or ends early.
#include "demo/demo_portal.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 60000; // a first start seeds a territory
}

class TstDemoPortal : public QObject
{
    Q_OBJECT

    static QString simulator() { return qEnvironmentVariable("PBX_SIM"); }

private slots:
    void readyServesAndEndsWithItsOwner()
    {
        QVERIFY2(!simulator().isEmpty(), "PBX_SIM is not set");
        QTemporaryDir data;
        QVERIFY(data.isValid());
        auto portal = std::make_unique<pbx::DemoPortalProcess>();
        QSignalSpy ready(portal.get(), &pbx::DemoPortalProcess::ready);
        QSignalSpy failed(portal.get(), &pbx::DemoPortalProcess::failed);
        portal->start(data.path(), simulator());
        QVERIFY2(ready.wait(Timeout) || !failed.isEmpty(), "no word from the demo portal");
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const auto info = ready.first().first().value<pbx::DemoPortal>();
        QCOMPARE(info.url.scheme(), u"https"_s);
        QCOMPARE(info.url.host(), u"127.0.0.1"_s);
        QCOMPARE(info.certificateSha256.size(), 32);
        QCOMPARE(info.username, QString::fromLatin1(pbx::DemoAccount::Username));
        QCOMPARE(info.clientId, QString::fromLatin1(pbx::DemoAccount::ClientId));

        // The certificate it serves is the one it named.
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::QueryPeer);
        socket.connectToHostEncrypted(info.url.host(), quint16(info.url.port()));
        QVERIFY2(socket.waitForEncrypted(Timeout), qPrintable(socket.errorString()));
        QCOMPARE(socket.peerCertificate().digest(QCryptographicHash::Sha256), info.certificateSha256);
        socket.disconnectFromHost();

        // Its owner goes: the portal goes too, and its port is closed.
        portal.reset();
        QTcpSocket probe;
        probe.connectToHost(info.url.host(), quint16(info.url.port()));
        QVERIFY(!probe.waitForConnected(5000));
    }

    void failsWithAReason_data()
    {
        QTest::addColumn<bool>("missingProgram");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no such program") << true << u"could not be run"_s;
        QTest::newRow("it ends early") << false << u"pbx-portal-sim:"_s; // its own words
    }
    void failsWithAReason()
    {
        QFETCH(bool, missingProgram);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString program = simulator();
        QString data = dir.filePath(u"data"_s);
        if (missingProgram) {
            program = dir.filePath(u"no-such-simulator"_s);
        } else {
            // A data "directory" that is a file: the simulator says so and ends.
            QFile file(data);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a directory");
        }
        pbx::DemoPortalProcess portal;
        QSignalSpy ready(&portal, &pbx::DemoPortalProcess::ready);
        QSignalSpy failed(&portal, &pbx::DemoPortalProcess::failed);
        portal.start(data, program);
        QVERIFY(failed.wait(Timeout));
        QVERIFY(ready.isEmpty());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(u"The demo portal could not start: "_s), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QTest::qWait(100); // a failure is said once, however the process ends
        QCOMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstDemoPortal)
#include "tst_demo_portal.moc"
