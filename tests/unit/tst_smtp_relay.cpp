// The simulator's SMTP relay against a small SMTP server in the test: the
// messages arrive as written, one connection carries several, and a relay
// that refuses, is not there or says nothing loses one message, never the
// portal's time.
#include "sim/outbox.h"
#include "sim/smtp_relay.h"

#include <QDir>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {

// What a relay got: the envelope and the message, un-stuffed.
struct Received
{
    QByteArray from, to, data;
};

// Speaks just enough SMTP. Recipients containing "refused" get 550;
// `silent` never greets.
class FakeRelay : public QObject
{
public:
    bool silent = false;
    QList<Received> received;
    int connections = 0;
    QList<QByteArray> commands;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }

    FakeRelay()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                auto *state = new Session{s, {}, {}, false};
                connect(s, &QTcpSocket::readyRead, this, [this, state] { onRead(state); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QObject::destroyed, this, [state] { delete state; });
                if (!silent)
                    s->write("220 fake ESMTP\r\n");
            }
        });
    }

private:
    struct Session
    {
        QTcpSocket *socket;
        QByteArray buffer;
        Received current;
        bool inData;
    };

    void onRead(Session *st)
    {
        st->buffer += st->socket->readAll();
        while (true) {
            if (st->inData) {
                const qsizetype end = st->buffer.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                QByteArray data = st->buffer.left(end + 2);
                st->buffer.remove(0, end + 5);
                data.replace("\r\n..", "\r\n.");
                if (data.startsWith(".."))
                    data.remove(0, 1);
                st->current.data = data;
                received.append(st->current);
                st->current = {};
                st->inData = false;
                st->socket->write("250 queued\r\n");
                continue;
            }
            const qsizetype end = st->buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QByteArray line = st->buffer.left(end);
            st->buffer.remove(0, end + 2);
            commands.append(line.left(4).toUpper());
            if (line.startsWith("EHLO")) {
                st->socket->write("250-fake\r\n250 8BITMIME\r\n");
            } else if (line.startsWith("MAIL FROM:")) {
                st->current.from = line.mid(10);
                st->socket->write("250 OK\r\n");
            } else if (line.startsWith("RCPT TO:")) {
                st->current.to = line.mid(8);
                st->socket->write(line.contains("refused") ? "550 no such user\r\n" : "250 OK\r\n");
            } else if (line == "DATA") {
                st->inData = true;
                st->socket->write("354 go ahead\r\n");
            } else if (line == "QUIT") {
                st->socket->write("221 bye\r\n");
                st->socket->disconnectFromHost();
                return;
            } else {
                st->socket->write("500 what?\r\n");
            }
        }
    }

    QTcpServer m_server;
};

QByteArray message(const QByteArray &subject, const QByteArray &body)
{
    return "Subject: " + subject + "\r\n\r\n" + body;
}

} // namespace

class TestSmtpRelay : public QObject
{
    Q_OBJECT

private slots:
    void messagesArriveAsWrittenOverOneConnection()
    {
        FakeRelay relay;
        QVERIFY(relay.listen());
        sim::SmtpRelay smtp(u"127.0.0.1"_s, relay.port(), "portal@example.invalid");
        QSignalSpy delivered(&smtp, &sim::SmtpRelay::delivered);
        // A line of a lone dot would end the message early unless stuffed.
        const QByteArray first = message("One", "Hello,\r\n.\r\n..two dots\r\n.leading\r\nend\r\n");
        const QByteArray second = message("Two", ".starts with a dot\r\n");
        smtp.send("ava@acme.demo", first);
        smtp.send("ben@acme.demo", second);
        QTRY_COMPARE(delivered.size(), 2);
        QVERIFY(delivered.at(0).at(0).toBool() && delivered.at(1).at(0).toBool());
        QCOMPARE(relay.received.size(), 2);
        QCOMPARE(relay.received.at(0).from, QByteArray("<portal@example.invalid>"));
        QCOMPARE(relay.received.at(0).to, QByteArray("<ava@acme.demo>"));
        QCOMPARE(relay.received.at(0).data, first);
        QCOMPARE(relay.received.at(1).to, QByteArray("<ben@acme.demo>"));
        QCOMPARE(relay.received.at(1).data, second);
        QCOMPARE(relay.connections, 1);
        QTRY_VERIFY(relay.commands.contains("QUIT"));
    }

    // Each failure costs one message; the next goes on.
    void aRefusedRecipientLosesOnlyItsMessage()
    {
        FakeRelay relay;
        QVERIFY(relay.listen());
        sim::SmtpRelay smtp(u"127.0.0.1"_s, relay.port(), "portal@example.invalid");
        QSignalSpy delivered(&smtp, &sim::SmtpRelay::delivered);
        smtp.send("refused@acme.demo", message("One", "x\r\n"));
        smtp.send("ben@acme.demo", message("Two", "y\r\n"));
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(delivered.at(0).at(0).toBool(), false);
        QCOMPARE(delivered.at(1).at(0).toBool(), true);
        QCOMPARE(relay.received.size(), 1);
        QCOMPARE(relay.received.at(0).to, QByteArray("<ben@acme.demo>"));
    }

    void anAbsentOrSilentRelayGivesUp_data()
    {
        QTest::addColumn<bool>("listening");
        QTest::newRow("nothing listens") << false;
        QTest::newRow("never greets") << true;
    }

    void anAbsentOrSilentRelayGivesUp()
    {
        QFETCH(bool, listening);
        FakeRelay relay;
        relay.silent = true;
        quint16 port = 0;
        if (listening) {
            QVERIFY(relay.listen());
            port = relay.port();
        } else {
            // A port that was free a moment ago.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        sim::SmtpRelay smtp(u"127.0.0.1"_s, port, "portal@example.invalid");
        smtp.setStepTimeout(300);
        QSignalSpy delivered(&smtp, &sim::SmtpRelay::delivered);
        smtp.send("ava@acme.demo", message("One", "x\r\n"));
        smtp.send("ben@acme.demo", message("Two", "y\r\n"));
        QTRY_COMPARE(delivered.size(), 2);
        QCOMPARE(delivered.at(0).at(0).toBool(), false);
        QCOMPARE(delivered.at(1).at(0).toBool(), false);
        QVERIFY(relay.received.isEmpty());
    }

    // No header or command smuggled in through an address.
    void anAddressWithALineBreakIsNotSent()
    {
        FakeRelay relay;
        QVERIFY(relay.listen());
        sim::SmtpRelay smtp(u"127.0.0.1"_s, relay.port(), "portal@example.invalid");
        QSignalSpy delivered(&smtp, &sim::SmtpRelay::delivered);
        smtp.send("ava@acme.demo>\r\nRCPT TO:<evil@example.com", message("One", "x\r\n"));
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.at(0).at(0).toBool(), false);
        QTest::qWait(50);
        QCOMPARE(relay.connections, 0);
    }

    // The outbox keeps its Maildir copy and relays the same bytes.
    void outboxRelaysWhatItFiles()
    {
        FakeRelay relay;
        QVERIFY(relay.listen());
        QTemporaryDir dir;
        sim::Outbox outbox(dir.filePath(u"outbox"_s), u"PBX Portal"_s);
        QString error;
        QVERIFY2(outbox.open(&error), qPrintable(error));
        sim::SmtpRelay smtp(u"127.0.0.1"_s, relay.port(), sim::Outbox::SenderAddress);
        outbox.setRelay(&smtp);
        QVERIFY(outbox.deliver({u"Chloé Côté"_s, u"chloe.cote@acme.demo"_s, u"A reminder"_s, u"Set it up.\n"_s},
                               QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE(relay.received.size(), 1);
        const QStringList files = QDir(dir.filePath(u"outbox/new"_s)).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile filed(dir.filePath(u"outbox/new/"_s + files.constFirst()));
        QVERIFY(filed.open(QIODevice::ReadOnly));
        QCOMPARE(relay.received.at(0).data, filed.readAll());
        QCOMPARE(relay.received.at(0).to, QByteArray("<chloe.cote@acme.demo>"));
        QCOMPARE(relay.received.at(0).from, QByteArray("<no-reply@pbx-portal.invalid>"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpRelay)
#include "tst_smtp_relay.moc"
