// pbx-admin-cli end to end: the real executables, talking over TLS to a
// pbx-portal-sim process, answered the way a person or a script would.
#include "mfa/base32.h"
#include "mfa/totp.h"
#include "support/demo_accounts.h"
#include "support/qr_decode.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include "portal/certificate_info.h"
#include "support/hostile_cases.h"
#include "support/unsigned_jwt.h"
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using pbx::ClientCredentials;

namespace {
constexpr int Timeout = 30000;
const QString Password = pbx::test::demoPassword();

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    QProcess m_sim;
    QString m_url;
    QString m_pin;

    // A portal's address and certificate fingerprint, as pbx-portal-sim prints them.
    struct Portal
    {
        QString url, pin;
    };

    // A portal in this process, which answers what it was given.
    static Portal canned(const pbx::test::CannedTlsServer &server)
    {
        return {u"https://127.0.0.1:%1"_s.arg(server.serverPort()),
                pbx::formatFingerprint(pbx::sha256Fingerprint(server.certificate()))};
    }

    // `portal`: another than the simulator all tests share.
    QStringList loginArgs(const QString &user, bool pin = true, const Portal &portal = {}) const
    {
        const ClientCredentials demo = pbx::test::demoClient();
        QStringList args{u"login"_s, u"--server"_s, portal.url.isEmpty() ? m_url : portal.url, u"--user"_s, user,
                         u"--client-id"_s, demo.clientId, u"--client-secret"_s, demo.clientSecret};
        if (pin)
            args << u"--pin"_s << (portal.pin.isEmpty() ? m_pin : portal.pin);
        return args;
    }

    // In `language` (LANG; C, English, unless asked), whatever the machine's.
    // The event loop turns meanwhile: a canned portal may live in this process.
    CliRun runCli(const QStringList &args, const QByteArray &input, const QString &language = u"C"_s,
                  int waitMs = Timeout)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"LANG"_s, language);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PBX_CLI"), args);
        if (!p.waitForStarted(Timeout))
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, waitMs)) {
            p.kill();
            p.waitForFinished(Timeout);
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // Reads the CLI's output until `marker` appears.
    bool readUntil(QProcess &p, QString *buffer, const QString &marker)
    {
        return QTest::qWaitFor(
            [&] {
                *buffer += QString::fromUtf8(p.readAllStandardOutput());
                return buffer->contains(marker) || p.state() == QProcess::NotRunning;
            },
            Timeout)
            && buffer->contains(marker);
    }

    QByteArray totpNow(const QString &key, qint64 offset = 0)
    {
        const auto secret = pbx::mfa::base32Decode(pbx::mfa::normalizeTypedKey(key));
        return secret ? pbx::mfa::totp(*secret, QDateTime::currentSecsSinceEpoch() + offset).toLatin1() : QByteArray();
    }

    // Runs an interactive enrollment: password, then (once the QR shows)
    // passcode and password again. Returns the run and the key shown.
    // `answers`: lines after the password (a temporary access code).
    std::pair<CliRun, QString> enroll(const QString &user, const QByteArray &confirmPassword, const QStringList &extra = {},
                                      const QByteArray &answers = {}, const Portal &portal = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("PBX_CLI"), loginArgs(user, true, portal) + extra);
        p.waitForStarted(Timeout);
        p.write(Password.toUtf8() + '\n' + answers);
        QString out;
        if (!readUntil(p, &out, u"Account:"_s))
            return {{-1, out, QString::fromUtf8(p.readAllStandardError())}, {}};
        const auto match = QRegularExpression(u"by hand: ([A-Z2-7 ]+)\n"_s).match(out);
        const QString key = match.captured(1);
        p.write(totpNow(key) + '\n' + confirmPassword + '\n');
        p.closeWriteChannel();
        p.waitForFinished(Timeout);
        out += QString::fromUtf8(p.readAllStandardOutput());
        return {{p.exitCode(), out, QString::fromUtf8(p.readAllStandardError())}, key};
    }

    // Starts pbx-portal-sim on DIR; its URL and certificate fingerprint, as
    // it prints them, or empty strings (and the output in *out).
    static std::pair<QString, QString> startSimulator(QProcess &sim, const QString &dir, QString *out,
                                                      const QStringList &extra = {})
    {
        sim.start(qEnvironmentVariable("PBX_SIM"), QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, dir} + extra);
        if (!sim.waitForStarted(Timeout))
            return {};
        const bool printed = QTest::qWaitFor(
            [&] {
                *out += QString::fromUtf8(sim.readAllStandardOutput());
                return (out->contains(u"certificate SHA-256"_s) && out->endsWith(u'\n'))
                    || sim.state() == QProcess::NotRunning;
            },
            Timeout);
        if (!printed)
            return {};
        return {QRegularExpression(u"listening on (https://\\S+)"_s).match(*out).captured(1),
                QRegularExpression(u"certificate SHA-256 ([0-9A-F:]{95})"_s).match(*out).captured(1)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariable("PBX_CLI").isEmpty());
        QString out;
        std::tie(m_url, m_pin) = startSimulator(m_sim, m_data.path(), &out);
        QVERIFY2(m_url.startsWith(u"https://127.0.0.1:"_s), qPrintable(out));
        QCOMPARE(m_pin.size(), 95);
    }

    void cleanupTestCase()
    {
        m_sim.terminate();
        m_sim.waitForFinished(Timeout);
    }

    // The CLI speaks the system's language, from the shipped catalogues.
    void speaksTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("French (Canada)") << u"fr_CA.UTF-8"_s << QStringList{u"help"_s} << u"Utilisation : pbx-admin-cli"_s;
        QTest::newRow("Spanish") << u"es_ES.UTF-8"_s << QStringList{u"help"_s} << u"Uso: pbx-admin-cli"_s;
        QTest::newRow("English") << u"C"_s << QStringList{u"help"_s} << u"Usage: pbx-admin-cli"_s;
        QTest::newRow("not shipped: English") << u"de_DE.UTF-8"_s << QStringList{u"help"_s} << u"Usage: pbx-admin-cli"_s;
        QTest::newRow("an error, in French") << u"fr_CA.UTF-8"_s << QStringList{u"frobnicate"_s}
                                             << u"commande inconnue « frobnicate »"_s;
        QTest::newRow("a command's help, in French") << u"fr_CA.UTF-8"_s << QStringList{u"users"_s, u"list"_s, u"--help"_s}
                                                     << u"Lister les utilisateurs d’un domaine"_s;
    }
    void speaksTheSystemLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun r = runCli(args, {}, language);
        const QString said = r.out + r.err;
        QVERIFY2(said.contains(expected), qPrintable(said));
    }

    void signInWithoutMfa()
    {
        const CliRun r = runCli(loginArgs(u"basic@acme.demo"_s) << u"--password-stdin"_s, Password.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Signed in as Bailey Basic (basic@acme.demo), scope Basic User"_s), qPrintable(r.out + r.err));
        QVERIFY(!r.err.contains(Password)); // never echoed or logged
    }

    void enrollmentThenChallenge()
    {
        const auto [run, key] = enroll(u"manager@acme.demo"_s, Password.toUtf8());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Signed in as Morgan Manager"_s), qPrintable(run.out + run.err));
        QCOMPARE(key.size(), 32 + 7); // 160 bits in groups of four

        // The terminal QR is the otpauth URI of that same key, for an
        // independent decoder.
        const qsizetype from = run.out.indexOf(u"Scan this code"_s);
        const qsizetype to = run.out.indexOf(u"Or enter this key"_s);
        pbx::test::ModuleGrid grid = pbx::test::parseHalfBlocks(run.out.mid(from, to - from).section(u'\n', 2));
        const auto decoded = pbx::test::decodeWithZbar(pbx::test::renderGrid(grid, 4));
        QVERIFY(decoded.has_value());
        QVERIFY(decoded->startsWith("otpauth://totp/"));
        QVERIFY(decoded->contains(QByteArray(QByteArray("secret=") + pbx::mfa::normalizeTypedKey(key))));
        QVERIFY(decoded->contains("issuer=PBX%20Demo%20Portal"));

        // Every later sign-in asks for a code; --passcode answers it (the
        // next step's code: this step's was spent on activation).
        const CliRun challenge = runCli(loginArgs(u"manager@acme.demo"_s)
                                            << u"--password-stdin"_s << u"--passcode"_s << QString::fromLatin1(totpNow(key, 30)),
                                        Password.toUtf8() + '\n');
        QCOMPARE(challenge.exitCode, 0);
        QVERIFY(challenge.err.contains(u"This account uses multi-factor authentication."_s));

        // Without --passcode (which other users can see in the process
        // list), the code is the next line of standard input.
        const CliRun wrong = runCli(loginArgs(u"manager@acme.demo"_s) << u"--password-stdin"_s,
                                    Password.toUtf8() + '\n' + totpNow(key, -3600) + '\n');
        QVERIFY2(wrong.exitCode == 4, qPrintable(wrong.err));
        QVERIFY(wrong.err.contains(u"\npbx-admin-cli: The code was not accepted."_s));
        QCOMPARE(wrong.err.count(u"pbx-admin-cli:"_s), 1); // one line of error
    }

    // The client secret kept out of the process list: from a file or from
    // the environment, once.
    void clientSecretFromFileOrEnvironment_data()
    {
        QTest::addColumn<QString>("fileContent"); // empty: no --client-secret-file
        QTest::addColumn<QString>("environment"); // empty: PBX_CLIENT_SECRET unset
        QTest::addColumn<bool>("alsoOnCommandLine");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString secret = pbx::test::demoClient().clientSecret;
        QTest::newRow("file") << secret + u"\n"_s << QString() << false << 0 << u"Signed in"_s;
        QTest::newRow("environment") << QString() << secret << false << 0 << u"Signed in"_s;
        QTest::newRow("file and argument") << secret << QString() << true << 2 << u"Give the client secret once"_s;
        QTest::newRow("environment and file") << secret << secret << false << 2 << u"Give the client secret once"_s;
        QTest::newRow("empty file") << u"\n"_s << QString() << false << 2 << u"is empty"_s;
        QTest::newRow("wrong secret in the file") << u"nope"_s << QString() << false << 3 << u"incorrect"_s;
    }
    void clientSecretFromFileOrEnvironment()
    {
        QFETCH(QString, fileContent);
        QFETCH(QString, environment);
        QFETCH(bool, alsoOnCommandLine);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QStringList args = loginArgs(u"basic@acme.demo"_s) << u"--password-stdin"_s;
        const qsizetype at = args.indexOf(u"--client-secret"_s);
        if (!alsoOnCommandLine)
            args.remove(at, 2);
        QTemporaryDir dir;
        if (!fileContent.isEmpty()) {
            QFile file(dir.filePath(u"secret"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fileContent.toUtf8());
            file.close();
            args << u"--client-secret-file"_s << file.fileName();
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!environment.isEmpty())
            env.insert(u"PBX_CLIENT_SECRET"_s, environment);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PBX_CLI"), args);
        QVERIFY(p.waitForStarted(Timeout));
        p.write(Password.toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(Timeout));
        const QString out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == exitCode, qPrintable(out));
        QVERIFY2(out.contains(message), qPrintable(out));
        QVERIFY(!out.contains(pbx::test::demoClient().clientSecret));
    }

    // Ctrl-C at a hidden prompt gives the terminal its echo back.
    void interruptedHiddenPromptRestoresEcho()
    {
#ifndef Q_OS_UNIX
        QSKIP("a Unix terminal");
#else
        int master = -1, slave = -1;
        QVERIFY(openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
        termios before{};
        QVERIFY(tcgetattr(slave, &before) == 0);
        QVERIFY(before.c_lflag & ECHO);
        const QByteArray cli = QFile::encodeName(qEnvironmentVariable("PBX_CLI"));
        const QByteArray server = m_url.toLatin1(), pin = m_pin.toLatin1();
        const pid_t pid = fork();
        if (pid == 0) {
            setsid();
            ioctl(slave, TIOCSCTTY, 0);
            dup2(slave, 0);
            dup2(slave, 1);
            dup2(slave, 2);
            execl(cli.constData(), cli.constData(), "login", "--server", server.constData(), "--user", "basic@acme.demo",
                  "--client-id", "pbx-admin-demo", "--pin", pin.constData(), static_cast<char *>(nullptr));
            _exit(127);
        }
        QVERIFY(pid > 0);
        // Wait for the hidden prompt, with echo off.
        QByteArray seen;
        QVERIFY(QTest::qWaitFor([&] {
            char buffer[256];
            pollfd fd{master, POLLIN, 0};
            if (poll(&fd, 1, 50) > 0) {
                const ssize_t n = read(master, buffer, sizeof buffer);
                if (n > 0)
                    seen.append(buffer, n);
            }
            termios now{};
            return seen.contains("Client secret: ") && tcgetattr(slave, &now) == 0 && !(now.c_lflag & ECHO);
        }, Timeout));
        QVERIFY(kill(pid, SIGINT) == 0);
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGINT);
        termios after{};
        QVERIFY(tcgetattr(slave, &after) == 0);
        QVERIFY2(after.c_lflag & ECHO, "echo is still off");
        close(master);
        close(slave);
#endif
    }

    void wrongPasswordWhenActivating()
    {
        const auto [run, key] = enroll(u"reseller@demo"_s, "not-the-password");
        QVERIFY(!key.isEmpty());
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.err.contains(u"The password is incorrect."_s));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad credentials") << (loginArgs(u"basic@acme.demo"_s) << u"--password-stdin"_s) << QByteArray("nope\n")
                                         << 3 << u"The username or password is incorrect."_s;
        QTest::newRow("untrusted certificate") << (loginArgs(u"basic@acme.demo"_s, false) << u"--password-stdin"_s)
                                               << (Password.toUtf8() + '\n') << 7 << m_pin;
        QTest::newRow("pinned to another certificate")
            << (loginArgs(u"basic@acme.demo"_s, false) << u"--pin"_s << QString(64, u'a') << u"--password-stdin"_s)
            << (Password.toUtf8() + '\n') << 7 << u"different certificate"_s;
        QTest::newRow("bad pin") << (loginArgs(u"basic@acme.demo"_s, false) << u"--pin"_s << u"12:34"_s) << QByteArray()
                                 << 2 << u"--pin takes a SHA-256 fingerprint"_s;
        QTest::newRow("plain http") << QStringList{u"login"_s, u"--server"_s, u"http://pbx.example.com"_s} << QByteArray()
                                    << 2 << u"Use https://"_s;
        QTest::newRow("bad proxy") << (loginArgs(u"basic@acme.demo"_s) << u"--proxy"_s << u"ftp://proxy:21"_s) << QByteArray()
                                   << 2 << u"The proxy must be system, none"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << QByteArray() << 2 << u"unknown command"_s;
        QTest::newRow("input ended") << loginArgs(u"basic@acme.demo"_s) << QByteArray() << 9 << QString();
    }
    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = runCli(args, input);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.exitCode, exitCode);
    }

    void unreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = u"https://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        const CliRun r = runCli({u"login"_s, u"--server"_s, url, u"--user"_s, u"x"_s, u"--client-id"_s, u"c"_s,
                                 u"--client-secret"_s, u"s"_s, u"--password-stdin"_s},
                                "pw\n");
        QCOMPARE(r.exitCode, 8);
        QVERIFY(r.err.contains(u"cannot be reached"_s));
    }

    void usersList_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all") << QStringList{} << 19 << u"manager@acme.demo\tMorgan Manager"_s;
        QTest::newRow("pending") << QStringList{u"--mfa"_s, u"pending"_s} << -1 << u"Required, pending"_s;
        QTest::newRow("csv") << QStringList{u"--csv"_s} << 20 << u"User,Name,Email,Scope,MFA,MFA state\r\n"_s;
    }
    void usersList()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, rows);
        QFETCH(QString, expected);
        QStringList args = loginArgs(u"helpdesk@demo"_s) << u"--password-stdin"_s << u"--domain"_s << u"acme.demo"_s;
        args[0] = u"list"_s;
        args.prepend(u"users"_s);
        const CliRun r = runCli(args + extra, Password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        if (rows >= 0)
            QCOMPARE(lines.size(), rows);
        else
            for (const QString &line : lines)
                QVERIFY(line.endsWith(u"Required, pending"_s));
        QVERIFY(!lines.isEmpty());
    }

    void mfaActionsAndAudit()
    {
        const auto cli = [&](const QStringList &command) {
            QStringList args = loginArgs(u"helpdesk@demo"_s) << u"--password-stdin"_s;
            args.removeFirst(); // "login"
            return runCli(command + args, Password.toUtf8() + '\n');
        };
        CliRun r = cli({u"mfa"_s, u"unrequire"_s, u"--domain"_s, u"initech.demo"_s, u"1006"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"1006: Not required\n"_s); // was pending
        r = cli({u"mfa"_s, u"require"_s, u"--domain"_s, u"initech.demo"_s, u"1006"_s, u"9999"_s});
        QCOMPARE(r.exitCode, 1); // 9999 does not exist; 1006 is still done
        QVERIFY(r.out.contains(u"1006: Required, pending"_s));
        QVERIFY(r.err.contains(u"9999: "_s));
        r = cli({u"mfa"_s, u"reset"_s, u"--domain"_s, u"acme.demo"_s, u"1001"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"1001: Required, pending\n"_s); // was enrolled
        r = cli({u"audit"_s, u"--domain"_s, u"acme.demo"_s, u"--since"_s, u"2000-01-01"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"\tmfa.reset\thelpdesk@demo\t1001@acme.demo"_s));
        r = cli({u"mfa"_s, u"frobnicate"_s, u"--domain"_s, u"acme.demo"_s, u"1001"_s});
        QCOMPARE(r.exitCode, 2);
    }

    // mfa summary: the portal's counts per domain, a total, CSV; refused
    // outside the caller's scope.
    void mfaSummary()
    {
        const auto cli = [&](const QStringList &command, const QString &user = u"helpdesk@demo"_s) {
            QStringList args = loginArgs(user) << u"--password-stdin"_s;
            args.removeFirst(); // "login"
            return runCli(command + args, Password.toUtf8() + '\n');
        };
        CliRun r = cli({u"mfa"_s, u"summary"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"directory listing"_s), qPrintable(r.err)); // the portal's own summary
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 4 + 1); // header, the demo's four domains, the total
        // The dashboard's columns.
        QCOMPARE(lines.constFirst().split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"Domain"_s, u"Progress"_s, u"Users"_s, u"Enrolled"_s, u"Pending"_s, u"Overdue"_s,
                              u"Not"_s, u"required"_s, u"Locked"_s, u"Unknown"_s}));
        QVERIFY2(QRegularExpression(u"^acme\\.demo +(\\d+ %|—) +19 "_s).match(lines.at(1)).hasMatch(),
                 qPrintable(lines.at(1)));
        QVERIFY2(QRegularExpression(u"^All domains \\(4\\) +(\\d+ %|—) +55 "_s).match(lines.constLast()).hasMatch(),
                 qPrintable(lines.constLast()));

        r = cli({u"mfa"_s, u"summary"_s, u"--domain"_s, u"acme.demo"_s, u"--csv"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // The dashboard's export.
        QCOMPARE(lines.at(0), u"Domain,Progress,Users,Enrolled,Pending,Overdue,Not required,Locked,Unknown"_s);
        const QStringList cells = lines.at(1).split(u',');
        QCOMPARE(cells.size(), 9);
        QCOMPARE(cells.at(0), u"acme.demo"_s);
        QCOMPARE(cells.at(2), u"19"_s);
        QCOMPARE(cells.at(3).toInt() + cells.at(4).toInt() + cells.at(6).toInt(), 19); // enrolled, pending, not required
        QCOMPARE(cells.at(8), u"0"_s);

        r = cli({u"mfa"_s, u"summary"_s}, u"basic@acme.demo"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"You do not have permission"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = cli({u"mfa"_s, u"summary"_s, u"--domain"_s, u" "_s});
        QCOMPARE(r.exitCode, 2);
    }

    void outsideTheCallersScope()
    {
        QStringList args = loginArgs(u"basic@acme.demo"_s) << u"--password-stdin"_s << u"--domain"_s << u"acme.demo"_s;
        args[0] = u"list"_s;
        args.prepend(u"users"_s);
        const CliRun r = runCli(args, Password.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"You do not have permission"_s));
    }

    // A portal that answers badly: the CLI says so plainly, with its exit
    // status, and the password goes nowhere after a TLS failure.
    void hostilePortals_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = pbx::test::hostileCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i].name) << i;
    }
    void hostilePortals()
    {
        QFETCH(int, index);
        const pbx::test::HostileCase c = pbx::test::hostileCases().at(index);
        pbx::test::CannedTlsServer server(c.response, c.delivery, c.certificate, c.protocol);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const CliRun r = runCli(loginArgs(u"basic@acme.demo"_s, c.pinned, canned(server)) << u"--password-stdin"_s,
                                Password.toUtf8() + '\n', u"C"_s, 45000);
        QVERIFY2(r.err.contains(c.message), qPrintable(r.err));
        QCOMPARE(r.exitCode, c.cliExitCode);
        QCOMPARE(server.requests(), c.reachesServer ? 1 : 0);
        QVERIFY(!r.err.contains(Password) && !r.out.contains(Password));
    }

    // What the CLI prints of a portal's words cannot drive the terminal: a
    // display name with escape sequences (a window title, clear screen, a
    // carriage return over the line) arrives with each control character
    // shown as U+FFFD.
    void portalTextCannotDriveTheTerminal()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject claims{{u"sub"_s, u"basic@acme.demo"_s},
                                 {u"user"_s, u"basic"_s},
                                 {u"domain"_s, u"acme.demo"_s},
                                 {u"user_scope"_s, u"Basic User"_s},
                                 {u"displayName"_s, u"\x1b]0;owned\x07" "Eve\x1b[2J\rMallory\u009B"_s},
                                 {u"exp"_s, now + 3600},
                                 {u"iat"_s, now}};
        pbx::test::CannedTlsServer server(
            pbx::test::okJson(R"({"token":")" + pbx::test::unsignedJwt(claims) + R"(","refresh":"r"})"));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const CliRun r = runCli(loginArgs(u"basic@acme.demo"_s, true, canned(server)) << u"--password-stdin"_s,
                                Password.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Signed in as \uFFFD]0;owned\uFFFDEve\uFFFD[2J\uFFFDMallory\uFFFD (basic@acme.demo)"_s),
                 qPrintable(r.out));
        for (const QChar control : {QChar(0x1b), QChar(0x07), QChar(u'\r'), QChar(0x9b)})
            QVERIFY(!r.out.contains(control) && !r.err.contains(control));
    }

    // A stock NetSapiens portal: the MFA column says unknown, an MFA filter
    // it cannot answer has its own exit status, the user look-up works, and
    // the extension's commands say the portal does not offer them.
    void strictPortal()
    {
        QTemporaryDir data;
        QProcess sim;
        QString started;
        const auto [url, pin] = startSimulator(sim, data.path(), &started, {u"--netsapiens-strict"_s});
        const auto stop = qScopeGuard([&sim] {
            sim.terminate();
            sim.waitForFinished(Timeout);
        });
        QVERIFY2(url.startsWith(u"https://"_s), qPrintable(started));
        const pbx::ClientCredentials demo = pbx::test::demoClient();
        const auto run = [&](QStringList command, const QString &user = u"helpdesk@demo"_s) {
            return runCli(command << u"--server"_s << url << u"--pin"_s << pin << u"--user"_s << user << u"--client-id"_s
                                  << demo.clientId << u"--client-secret"_s << demo.clientSecret << u"--password-stdin"_s,
                          Password.toUtf8() + '\n');
        };
        const QStringList list{u"users"_s, u"list"_s, u"--domain"_s, u"acme.demo"_s};

        CliRun r = run(list);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList rows = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(rows.size() > 10);
        for (const QString &row : rows)
            QVERIFY2(row.endsWith(u"\tUnknown"_s), qPrintable(row));

        r = run(list + QStringList{u"--csv"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), rows.size() + 1);
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.endsWith(u",Unknown,unknown"_s), qPrintable(line));

        r = run(list + QStringList{u"--mfa"_s, u"pending"_s}); // cannot be answered
        QCOMPARE(r.exitCode, 10);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"--mfa pending cannot be fully answered (users whose MFA state is unknown: %1 of %1). "
                                 "This portal does not report MFA state."_s.arg(rows.size())),
                 qPrintable(r.err));
        r = run(list + QStringList{u"--mfa"_s, u"unknown"_s}); // can
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), rows.size());

        r = run({u"users"_s, u"show"_s, u"--domain"_s, u"acme.demo"_s, u"1001"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"User: ava.tremblay@acme.demo\n"_s) && r.out.contains(u"MFA state: unknown\n"_s),
                 qPrintable(r.out));
        r = run({u"users"_s, u"show"_s, u"--domain"_s, u"acme.demo"_s, u"nobody"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"There is no such user in that domain."_s), qPrintable(r.err));

        r = run({u"mfa"_s, u"require"_s, u"--domain"_s, u"acme.demo"_s, u"1001"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"1001: The portal does not offer this function."_s), qPrintable(r.err));

        // No summary endpoint and no MFA state: counted from the listing,
        // and every user's state is unknown (exit 10, as for --mfa).
        r = run({u"mfa"_s, u"summary"_s, u"--domain"_s, u"acme.demo"_s, u"--csv"_s});
        QCOMPARE(r.exitCode, 10);
        QCOMPARE(r.out.split(u"\r\n"_s, Qt::SkipEmptyParts).value(1), u"acme.demo,—,19,0,0,0,0,0,19"_s);
        QVERIFY2(r.err.contains(u"the portal offers no MFA summary; counted from the directory listing (19 users, "_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"MFA state unknown for 19 of 19 users; they are in no other count."_s), qPrintable(r.err));

        // Required but not enrolled: a stock portal signs the user in.
        r = run({u"login"_s}, u"reseller@demo"_s);
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"Signed in as Riley Reseller"_s), qPrintable(r.out + r.err));
    }

    // A portal that requires MFA but cannot enroll: the CLI says where to
    // set it up instead.
    void enrollmentElsewhere()
    {
        const QByteArray token = "{\"token\":\""
            + pbx::test::unsignedJwt({{u"sub"_s, u"basic@acme.demo"_s},
                                      {u"user_scope"_s, u"mfa_required"_s},
                                      {u"mfa_enrolled"_s, false},
                                      {u"exp"_s, double(QDateTime::currentSecsSinceEpoch() + 600)}})
            + "\"}";
        const QByteArray notFound = R"({"code":404,"message":"Not found"})";
        pbx::test::CannedTlsServer server(QByteArray{});
        server.setResponses({pbx::test::okJson(token),
                             "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: "
                                 + QByteArray::number(notFound.size()) + "\r\n\r\n" + notFound});
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const Portal portal = canned(server);
        const CliRun r = runCli(loginArgs(u"basic@acme.demo"_s, true, portal) << u"--password-stdin"_s,
                                Password.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"web portal (%1)"_s.arg(portal.url)), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"Scan"_s)); // no QR for a key that does not exist
    }

    // The help desk gets a user back in after a lost phone, from scripts:
    // a temporary access code, a new phone, recovery codes, reminders,
    // unlocking.
    void helpDesk()
    {
        QTemporaryDir data;
        QProcess sim;
        QString started;
        const auto [url, pin] = startSimulator(sim, data.path(), &started);
        const auto stop = qScopeGuard([&sim] {
            sim.terminate();
            sim.waitForFinished(Timeout);
        });
        QVERIFY2(url.startsWith(u"https://"_s), qPrintable(started));
        const Portal portal{url, pin};
        const auto run = [&](QStringList command, const QString &user, const QByteArray &input) {
            QStringList args = loginArgs(user, true, portal);
            args.removeFirst(); // "login"
            return runCli(command + args, input);
        };
        const QByteArray password = Password.toUtf8() + '\n';
        const QRegularExpression codeLine(u"^[A-Z2-9]{4} [A-Z2-9]{4} [A-Z2-9]{4}$"_s, QRegularExpression::MultilineOption);
        const auto codesIn = [&](const QString &text) {
            QStringList codes;
            for (auto it = codeLine.globalMatch(text); it.hasNext();)
                codes << it.next().captured(0);
            return codes;
        };

        CliRun r = run({u"mfa"_s, u"require"_s, u"--domain"_s, u"acme.demo"_s, u"basic"_s, u"--password-stdin"_s},
                       u"helpdesk@demo"_s, password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto [first, oldKey] = enroll(u"basic@acme.demo"_s, Password.toUtf8(), {}, {}, portal);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(codesIn(first.out).size(), 10); // recovery codes, after activation
        QVERIFY(first.err.contains(u"Save these recovery codes"_s));

        // A lost phone: a temporary access code from the help desk.
        r = run({u"mfa"_s, u"temporary-access"_s, u"--domain"_s, u"acme.demo"_s, u"--lifetime"_s, u"30"_s, u"--reason"_s,
                 u"ticket 7"_s, u"basic"_s, u"--password-stdin"_s},
                u"helpdesk@demo"_s, password);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto issued = QRegularExpression(u"^basic: ([A-Z2-9]{4} [A-Z2-9]{4} [A-Z2-9]{4}) \\(valid until \\S+\\)$"_s,
                                               QRegularExpression::MultilineOption)
                                .match(r.out);
        QVERIFY2(issued.hasMatch(), qPrintable(r.out));
        const QByteArray accessCode = issued.captured(1).toLatin1();
        QCOMPARE(run({u"mfa"_s, u"temporary-access"_s, u"--domain"_s, u"acme.demo"_s, u"--lifetime"_s, u"2"_s, u"basic"_s},
                     u"helpdesk@demo"_s, password).exitCode,
                 2);

        // The user signs in with it and sets up the new phone at once.
        const auto [second, newKey] = enroll(u"basic@acme.demo"_s, Password.toUtf8(), {u"--temporary-access"_s},
                                             accessCode + '\n', portal);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + second.out));
        QVERIFY(!newKey.isEmpty() && newKey != oldKey);
        const QStringList recovery = codesIn(second.out);
        QCOMPARE(recovery.size(), 10);

        // A recovery code signs in once, and says how many are left.
        const QStringList withRecovery{u"login"_s, u"--recovery-code"_s, u"--password-stdin"_s};
        r = run(withRecovery, u"basic@acme.demo"_s, password + recovery.at(0).toLatin1() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Recovery codes left: 9"_s), qPrintable(r.err));
        r = run(withRecovery, u"basic@acme.demo"_s, password + recovery.at(0).toLatin1() + '\n');
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"The code was not accepted"_s), qPrintable(r.err));

        // New recovery codes: signed in with one, confirmed with a code from the new phone.
        r = run({u"recovery-codes"_s, u"--recovery-code"_s, u"--password-stdin"_s}, u"basic@acme.demo"_s,
                password + recovery.at(1).toLatin1() + '\n' + totpNow(newKey, 30) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(codesIn(r.out).size(), 10);

        r = run({u"users"_s, u"show"_s, u"--domain"_s, u"acme.demo"_s, u"basic"_s, u"--password-stdin"_s}, u"helpdesk@demo"_s,
                password);
        QVERIFY2(r.out.contains(u"Recovery codes left: 10\n"_s) && r.out.contains(u"MFA state: enrolled\n"_s), qPrintable(r.out));
        r = run({u"mfa"_s, u"unlock"_s, u"--domain"_s, u"acme.demo"_s, u"basic"_s, u"--password-stdin"_s}, u"helpdesk@demo"_s,
                password);
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"basic: unlocked"_s), qPrintable(r.out + r.err));
        r = run({u"mfa"_s, u"remind"_s, u"--domain"_s, u"acme.demo"_s, u"manager"_s, u"1001"_s, u"--password-stdin"_s},
                u"helpdesk@demo"_s, password);
        QCOMPARE(r.exitCode, 1); // 1001 has enrolled: nothing to remind
        QVERIFY2(r.out.contains(u"manager: reminder sent"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"1001: This user has already set up multi-factor authentication."_s), qPrintable(r.err));
        QVERIFY(QDir(data.filePath(u"outbox/new"_s)).count() > 2); // the users were told

        // A deadline: until then the manager signs in and is told by when.
        const QDate due = QDate::currentDate().addDays(5);
        for (const QString &bad : {u"2027-02-30"_s, u"tomorrow"_s}) {
            r = run({u"mfa"_s, u"deadline"_s, u"--domain"_s, u"acme.demo"_s, bad}, u"helpdesk@demo"_s, password);
            QCOMPARE(r.exitCode, 2);
        }
        r = run({u"mfa"_s, u"deadline"_s, u"--domain"_s, u"acme.demo"_s, due.toString(Qt::ISODate), u"--password-stdin"_s},
                u"helpdesk@demo"_s, password);
        const QString dueText = due.endOfDay().toUTC().toString(Qt::ISODate); // 23:59:59 here
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"acme.demo: MFA enrollment due by "_s + dueText), qPrintable(r.out + r.err));
        r = run({u"login"_s, u"--password-stdin"_s}, u"manager@acme.demo"_s, password);
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"must be set up by "_s + dueText), qPrintable(r.out + r.err));
        r = run({u"users"_s, u"show"_s, u"--domain"_s, u"acme.demo"_s, u"manager"_s, u"--password-stdin"_s},
                u"helpdesk@demo"_s, password);
        QVERIFY2(r.out.contains(u"MFA due by: "_s + dueText + u'\n'), qPrintable(r.out));
        r = run({u"mfa"_s, u"deadline"_s, u"--domain"_s, u"acme.demo"_s, u"none"_s, u"--password-stdin"_s},
                u"helpdesk@demo"_s, password);
        QVERIFY2(r.exitCode == 0 && r.out.contains(u"acme.demo: no MFA enrollment deadline"_s), qPrintable(r.out + r.err));
        r = run({u"login"_s, u"--password-stdin"_s}, u"manager@acme.demo"_s, password);
        QVERIFY(!r.out.contains(u"must be set up by"_s)); // blocking again: the enrollment is asked for
    }

    void rateLimited()
    {
        const QStringList args = loginArgs(u"ghost@acme.demo"_s) << u"--password-stdin"_s;
        for (int i = 0; i < 5; ++i) {
            const CliRun guess = runCli(args, "guess\n");
            QVERIFY2(guess.exitCode == 3, qPrintable(guess.err));
        }
        const CliRun r = runCli(args, "guess\n");
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.err.contains(u"Too many attempts"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
