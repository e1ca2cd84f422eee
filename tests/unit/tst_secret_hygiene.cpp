// Secrets in memory: a request body is the only copy of itself while Qt
// sends it (so wiping it reaches it), and the programs that hold passwords
// write no core dump.
#include "common/core_dumps.h"
#include "common/wiped_buffer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Max core file size of a running process, from /proc (Linux).
QByteArray coreLimitOf(qint64 pid)
{
    QFile limits(u"/proc/%1/limits"_s.arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size"))
            return line.simplified();
    return {};
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private slots:
    void requestBodyIsTheOnlyCopyWhileSent()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                received += socket->readAll();
                if (received.contains("hunter2-secret")) {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                }
            });
        });
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/x"_s.arg(server.serverPort())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        auto *body = new pbx::WipedBuffer(QByteArrayLiteral("{\"password\":\"hunter2-secret\"}"));
        QNetworkReply *reply = nam.sendCustomRequest(request, "POST", body);
        body->setParent(reply);
        QVERIFY(body->holdsOnlyCopy());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(received.contains("hunter2-secret"));
        // Nothing in Qt took a shared copy: the wipe at destruction reaches
        // the only one.
        QVERIFY(body->holdsOnlyCopy());
        delete reply;
    }

    void coreDumpsAreDisabled()
    {
#ifndef Q_OS_LINUX
        QSKIP("checked on Linux");
#else
        QVERIFY(pbx::disableCoreDumps());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
#endif
    }

    // The shipped programs do it first thing.
    void programsWriteNoCoreDump_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("pbx-admin-cli") << qEnvironmentVariable("PBX_CLI") << QStringList{u"login"_s};
        QTest::newRow("pbx-admin") << qEnvironmentVariable("PBX_APP") << QStringList();
    }
    void programsWriteNoCoreDump()
    {
#ifndef Q_OS_LINUX
        QSKIP("checked on Linux");
#else
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QVERIFY(!program.isEmpty());
        QProcess process;
        process.start(program, arguments); // waits at its first prompt or window
        QVERIFY(process.waitForStarted());
        QByteArray limit;
        QTRY_VERIFY_WITH_TIMEOUT(!(limit = coreLimitOf(process.processId())).isEmpty()
                                     && limit.startsWith("Max core file size 0 0"),
                                 10000);
        process.kill();
        process.waitForFinished();
#endif
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secret_hygiene.moc"
