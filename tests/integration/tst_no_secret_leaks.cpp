// A full enrollment and a challenge with every log category at debug level;
// then the logs and the simulator's data directory are searched for the
// password, the passcodes, the secret and the tokens. None may appear.
#include "mfa/base32.h"
#include "mfa/totp.h"
#include "portal/blocking_call.h"
#include "sim/demo_seed.h"
#include "support/demo_accounts.h"
#include "support/sim_fixture.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}
} // namespace

class TestNoSecretLeaks : public QObject
{
    Q_OBJECT

private slots:
    void enrollmentAndChallengeLeakNothing()
    {
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=false"_s);
        qInstallMessageHandler(capture);
        test::SimFixture sim;
        QVERIFY(sim.start());
        PortalClient client(sim.url(), sim.pinned(), sim.clock);
        const ClientCredentials app = test::demoClient();
        const QString password = test::demoPassword();
        QStringList secrets{password, app.clientSecret};

        const auto restricted = blockingCall<TokenPair>(
            [&](auto cb) { client.passwordGrant(app, u"manager@acme.demo"_s, password, cb); }, 30000);
        QVERIFY(restricted.ok());
        client.setAccessToken(restricted.value().token, true);
        const auto enrollment = blockingCall<Enrollment>([&](auto cb) { client.startEnrollment(cb); }, 30000);
        QVERIFY(enrollment.ok());
        const QByteArray key = enrollment.value().key.secret;
        const QString code = mfa::totp(key, sim.clock.nowSecs());
        const auto full = blockingCall<TokenPair>(
            [&](auto cb) { client.activateEnrollment(code, password, cb); }, 30000);
        QVERIFY(full.ok());

        const auto challenge = blockingCall<TokenPair>(
            [&](auto cb) { client.passwordGrant(app, u"manager@acme.demo"_s, password, cb); }, 30000);
        QVERIFY(challenge.ok());
        const QString nextCode = mfa::totp(key, sim.clock.nowSecs() + 30);
        const auto second = blockingCall<TokenPair>(
            [&](auto cb) { client.mfaGrant(app, u"manager@acme.demo"_s, password, nextCode, challenge.value(), cb); }, 30000);
        QVERIFY(second.ok());
        qInstallMessageHandler(nullptr);
        // Debug logging really was on: every request left a line.
        QVERIFY(g_log.filter(u"pbx.portal"_s).size() >= 5);
        QVERIFY(g_log.join(u'\n').contains(u"/domains/~/users/~/mfa/activate"_s));

        secrets << code << nextCode << QString::fromLatin1(mfa::base32Encode(key)) << QString::fromLatin1(key.toHex())
                << QString::fromLatin1(key.toBase64());
        for (const TokenPair *t : {&restricted.value(), &full.value(), &challenge.value(), &second.value()}) {
            secrets << t->token.section(u'.', 2); // each token's signature
            if (!t->refresh.isEmpty())
                secrets << t->refresh.section(u'.', 2);
        }

        const QString log = g_log.join(u'\n');
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!log.contains(secret), qPrintable(u"found in the log: "_s + secret.left(4) + u"…"_s));

        int files = 0;
        QDirIterator it(sim.dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            ++files;
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()),
                         qPrintable(QFileInfo(f).fileName() + u" holds "_s + secret.left(4) + u"…"_s));
        }
        QVERIFY(files >= 6); // journal, keys, certificate, key, access log
    }
};

QTEST_GUILESS_MAIN(TestNoSecretLeaks)
#include "tst_no_secret_leaks.moc"
