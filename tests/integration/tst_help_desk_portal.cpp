// Getting users enrolled and back in, through the portal's HTTPS API:
// temporary access codes, recovery codes, the lockout and the enrollment
// deadline in user records, reminders, and the notices users are sent.
#include "mfa/otpauth_uri.h"
#include "mfa/totp.h"
#include "sim/demo_seed.h"
#include "support/demo_accounts.h"
#include "support/raw_portal.h"
#include "support/sim_fixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
const QString Password = test::demoPassword();
const QRegularExpression CodeShape(u"^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{12}$"_s);
} // namespace

class TestHelpDeskPortal : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SimFixture> m_sim;
    QStringList m_codesSeen; // every code the portal gave out: never stored, logged or mailed
    QString m_deskToken;
    qint64 m_deskSince = 0;

    test::RawAnswer request(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                            const QString &bearer = {})
    {
        return test::rawRequest(m_sim->url(), m_sim->pinned(), verb, path, body.isEmpty() ? QByteArray() : test::json(body),
                                bearer);
    }
    QJsonObject client() const
    {
        return {{u"client_id"_s, QString::fromLatin1(sim::DemoSeed::ClientId)},
                {u"client_secret"_s, QString::fromLatin1(sim::DemoSeed::ClientSecret)}};
    }
    test::RawAnswer signIn(const QString &login, const QString &password = Password)
    {
        QJsonObject body = client();
        body.insert(u"grant_type"_s, u"password"_s);
        body.insert(u"username"_s, login);
        body.insert(u"password"_s, password);
        return request("POST", u"/jwt"_s, body);
    }
    test::RawAnswer mfaGrant(const QString &login, const QString &restricted, const QString &type, const QString &code)
    {
        QJsonObject body = client();
        for (const auto &[k, v] : {std::pair{u"grant_type"_s, u"mfa"_s}, {u"username"_s, login}, {u"password"_s, Password},
                                   {u"mfa_vendor"_s, u"google"_s}, {u"mfa_type"_s, type}, {u"passcode"_s, code},
                                   {u"ns_id_type"_s, u"subscriber"_s}, {u"access_token"_s, restricted}})
            body.insert(k, v);
        return request("POST", u"/jwt"_s, body);
    }
    QString token(const test::RawAnswer &a) { return a.json().value(u"token"_s).toString(); }
    QJsonObject claims(const QString &jwt)
    {
        return QJsonDocument::fromJson(QByteArray::fromBase64(jwt.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    }
    // The help desk's token, signed in again once it is half an hour old
    // by the test's clock (each sign-in costs a slow password hash).
    QString helpdesk()
    {
        if (m_deskToken.isEmpty() || m_sim->clock.nowSecs() - m_deskSince > 1800) {
            m_deskToken = token(signIn(u"helpdesk@demo"_s));
            m_deskSince = m_sim->clock.nowSecs();
        }
        return m_deskToken;
    }
    QString codeAt(const QByteArray &secret) { return mfa::totp(secret, m_sim->clock.nowSecs()); }

    // Requires MFA of basic@acme.demo and enrolls it as its user would;
    // returns the key and the recovery codes, with the clock in the next
    // step.
    QByteArray enrollBasic(QStringList *recovery = nullptr)
    {
        const auto required = request("PUT", u"/domains/acme.demo/users/basic/mfa"_s, {{u"mfa-required"_s, true}}, helpdesk());
        if (required.status != 200)
            return {};
        return enroll(token(signIn(u"basic@acme.demo"_s)), recovery);
    }
    QByteArray enroll(const QString &bearer, QStringList *recovery = nullptr)
    {
        const auto enrollment = request("POST", u"/domains/~/users/~/mfa/enrollment"_s, {}, bearer);
        const auto key = mfa::OtpauthUri::parse(enrollment.json().value(u"otpauth-uri"_s).toString());
        if (enrollment.status != 201 || !key)
            return {};
        const auto activated = request("POST", u"/domains/~/users/~/mfa/activate"_s,
                                       {{u"passcode"_s, codeAt(key.value().secret)}, {u"password"_s, Password}}, bearer);
        if (activated.status != 200)
            return {};
        const QStringList codes = activated.json().value(u"recovery-codes"_s).toVariant().toStringList();
        m_codesSeen += codes;
        if (recovery)
            *recovery = codes;
        m_sim->clock.advance(30);
        return key.value().secret;
    }
    QString issue(const QString &bearer, const QString &target, const QJsonObject &body, int *status = nullptr)
    {
        const auto a = request("POST", u"/domains/%1/users/%2/mfa/temporary-access"_s.arg(target.section(u'@', 1), target.section(u'@', 0, 0)),
                               body, bearer);
        if (status)
            *status = a.status;
        const QString code = a.json().value(u"code"_s).toString();
        if (!code.isEmpty())
            m_codesSeen << code;
        return code;
    }
    QJsonObject userRecord(const QString &uid)
    {
        return request("GET", u"/domains/%1/users/%2"_s.arg(uid.section(u'@', 1), uid.section(u'@', 0, 0)), {}, helpdesk()).json();
    }
    int audits(const QString &action, const QString &target)
    {
        int n = 0;
        for (const QJsonObject &e : m_sim->simulator->store().all(u"audit"_s))
            n += e.value(u"action-type"_s).toString() == action
                && e.value(u"target-user"_s).toString() + u'@' + e.value(u"target-domain"_s).toString() == target;
        return n;
    }
    // The messages in the outbox's new/, as text.
    QStringList notices()
    {
        QStringList out;
        const QDir dir(QDir(m_sim->simulator->outboxDir()).filePath(u"new"_s));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << QString::fromUtf8(f.readAll());
        }
        return out;
    }
    QStringList noticesTo(const QString &address, const QString &subject)
    {
        QStringList out;
        for (const QString &n : notices())
            if (n.contains(u"\r\nTo: "_s) && n.contains(u"<"_s + address + u">"_s) && n.contains(u"Subject: "_s + subject))
                out << n;
        return out;
    }

private slots:
    void init()
    {
        m_codesSeen.clear();
        m_deskToken.clear();
        m_sim = std::make_unique<test::SimFixture>();
        m_sim->fromTemplate = true; // a fresh copy of one seeded portal
        QVERIFY(m_sim->start());
    }

    // No code the portal gave out is in its data directory, its audit log
    // or a notice.
    void cleanup()
    {
        if (m_sim && m_sim->simulator && !m_codesSeen.isEmpty()) {
            QByteArray everything;
            QDir dir(m_sim->dir.path());
            for (const QString &name : dir.entryList(QDir::Files))
                if (QFile f(dir.filePath(name)); f.open(QIODevice::ReadOnly))
                    everything += f.readAll();
            for (const QString &n : notices())
                everything += n.toUtf8();
            for (const QString &code : std::as_const(m_codesSeen))
                QVERIFY2(!everything.contains(code.toLatin1()), "a code reached the disk");
        }
        m_sim.reset();
    }

    // A lost phone: the help desk issues a code, the user signs in with it
    // and enrolls a new phone; the old one works until then, not after.
    void temporaryAccessCodeEnrollsANewPhone()
    {
        const QByteArray oldKey = enrollBasic();
        QVERIFY(!oldKey.isEmpty());
        int status = 0;
        const QString code = issue(helpdesk(), u"basic@acme.demo"_s, {{u"lifetime-minutes"_s, 30}, {u"reason"_s, u"Lost phone, ticket 4711"_s}}, &status);
        QCOMPARE(status, 201);
        QVERIFY2(CodeShape.match(code).hasMatch(), qPrintable(code));
        QVERIFY(userRecord(u"basic@acme.demo"_s).contains(u"mfa-temporary-access-expires-datetime"_s));

        // As typed: lower case, in groups.
        const QString typed = (code.left(4) + u'-' + code.mid(4, 4) + u' ' + code.mid(8)).toLower();
        const QString challengeToken = token(signIn(u"basic@acme.demo"_s));
        QCOMPARE(claims(challengeToken).value(u"mfa_enrolled"_s).toBool(), true);
        const auto used = mfaGrant(u"basic@acme.demo"_s, challengeToken, u"temporary-access"_s, typed);
        QCOMPARE(used.status, 200);
        QVERIFY(!used.json().contains(u"refresh"_s)); // only to enroll
        const QJsonObject restricted = claims(token(used));
        QCOMPARE(restricted.value(u"user_scope"_s).toString(), u"mfa_required"_s);
        QCOMPARE(restricted.value(u"mfa_enrolled"_s).toBool(true), false);
        QCOMPARE(request("GET", u"/domains"_s, {}, token(used)).status, 403);

        // Until the new phone is activated, the old one still signs in.
        QCOMPARE(mfaGrant(u"basic@acme.demo"_s, token(signIn(u"basic@acme.demo"_s)), u"authenticator"_s, codeAt(oldKey)).status, 200);
        m_sim->clock.advance(30);

        QStringList recovery;
        const QByteArray newKey = enroll(token(used), &recovery);
        QVERIFY(!newKey.isEmpty() && newKey != oldKey);
        QCOMPARE(recovery.size(), 10);
        QCOMPARE(mfaGrant(u"basic@acme.demo"_s, token(signIn(u"basic@acme.demo"_s)), u"authenticator"_s, codeAt(oldKey)).status, 422);
        QCOMPARE(mfaGrant(u"basic@acme.demo"_s, token(signIn(u"basic@acme.demo"_s)), u"authenticator"_s, codeAt(newKey)).status, 200);

        // Single use; and the record no longer shows a pending code.
        QCOMPARE(mfaGrant(u"basic@acme.demo"_s, token(signIn(u"basic@acme.demo"_s)), u"temporary-access"_s, code).status, 422);
        QVERIFY(!userRecord(u"basic@acme.demo"_s).contains(u"mfa-temporary-access-expires-datetime"_s));

        QCOMPARE(audits(u"mfa.temporary-access.issued"_s, u"basic@acme.demo"_s), 1);
        QCOMPARE(audits(u"mfa.temporary-access.used"_s, u"basic@acme.demo"_s), 1);
        for (const QJsonObject &e : m_sim->simulator->store().all(u"audit"_s))
            if (e.value(u"action-type"_s).toString() == u"mfa.temporary-access.issued") {
                QCOMPARE(e.value(u"by-user"_s).toString(), u"helpdesk"_s);
                QCOMPARE(e.value(u"auditlog-details"_s).toObject().value(u"reason"_s).toString(), u"Lost phone, ticket 4711"_s);
            }
        QCOMPARE(noticesTo(u"basic@acme.demo"_s, u"A temporary access code was issued"_s).size(), 1);
        QCOMPARE(noticesTo(u"basic@acme.demo"_s, u"A temporary access code was used"_s).size(), 1);
        QCOMPARE(noticesTo(u"basic@acme.demo"_s, u"A new authenticator app was set up"_s).size(), 1);
    }

    void temporaryAccessRefusals_data()
    {
        QTest::addColumn<QString>("caller");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("reseller for a basic user") << u"helpdesk@demo"_s << u"basic@acme.demo"_s << QJsonObject{} << 201;
        QTest::newRow("office manager for a basic user") << u"manager@acme.demo"_s << u"basic@acme.demo"_s << QJsonObject{} << 201;
        QTest::newRow("for oneself") << u"helpdesk@demo"_s << u"helpdesk@demo"_s << QJsonObject{} << 403;
        QTest::newRow("for a peer") << u"manager@acme.demo"_s << u"1001@acme.demo"_s << QJsonObject{} << 403;
        QTest::newRow("another domain") << u"manager@acme.demo"_s << u"1002@globex.demo"_s << QJsonObject{} << 403;
        QTest::newRow("for a superior") << u"manager@acme.demo"_s << u"helpdesk@demo"_s << QJsonObject{} << 403;
        QTest::newRow("basic user") << u"basic@acme.demo"_s << u"1004@acme.demo"_s << QJsonObject{} << 403;
        QTest::newRow("unknown user") << u"helpdesk@demo"_s << u"nobody@acme.demo"_s << QJsonObject{} << 404;
        QTest::newRow("too short") << u"helpdesk@demo"_s << u"basic@acme.demo"_s << QJsonObject{{u"lifetime-minutes"_s, 4}} << 400;
        QTest::newRow("too long") << u"helpdesk@demo"_s << u"basic@acme.demo"_s << QJsonObject{{u"lifetime-minutes"_s, 1441}} << 400;
        QTest::newRow("not a number") << u"helpdesk@demo"_s << u"basic@acme.demo"_s << QJsonObject{{u"lifetime-minutes"_s, u"60"_s}} << 400;
        QTest::newRow("a reason that is not text") << u"helpdesk@demo"_s << u"basic@acme.demo"_s << QJsonObject{{u"reason"_s, 5}} << 400;
    }
    void temporaryAccessRefusals()
    {
        QFETCH(QString, caller);
        QFETCH(QString, target);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        // The office manager must enroll first; its requirement is lifted
        // in the store (enrollment is tested elsewhere).
        auto &store = m_sim->simulator->store();
        QJsonObject manager = *store.get(u"user"_s, u"manager@acme.demo"_s);
        manager.insert(u"mfa-required"_s, false);
        QVERIFY(store.put(u"user"_s, u"manager@acme.demo"_s, manager));
        const QString bearer = token(signIn(caller));
        QVERIFY(!bearer.isEmpty());
        int got = 0;
        const QString code = issue(bearer, target, body, &got);
        QCOMPARE(got, status);
        QCOMPARE(code.isEmpty(), status != 201);
        QCOMPARE(audits(u"mfa.temporary-access.issued"_s, target), status == 201 ? 1 : 0);
    }

    // Expired, cancelled, replaced by a newer one, or another user's: refused.
    void temporaryAccessCodeThatNoLongerCounts()
    {
        QVERIFY(!enrollBasic().isEmpty());
        const QString desk = helpdesk();
        const auto useCode = [&](const QString &login, const QString &code) {
            return mfaGrant(login, token(signIn(login)), u"temporary-access"_s, code).status;
        };
        const QString expiring = issue(desk, u"basic@acme.demo"_s, {{u"lifetime-minutes"_s, 5}});
        m_sim->clock.advance(5 * 60 + 1);
        QCOMPARE(useCode(u"basic@acme.demo"_s, expiring), 422);

        const QString cancelled = issue(desk, u"basic@acme.demo"_s, {});
        QCOMPARE(request("DELETE", u"/domains/acme.demo/users/basic/mfa/temporary-access"_s, {}, desk).status, 200);
        QCOMPARE(audits(u"mfa.temporary-access.cancelled"_s, u"basic@acme.demo"_s), 1);
        QCOMPARE(useCode(u"basic@acme.demo"_s, cancelled), 422);

        const QString first = issue(desk, u"basic@acme.demo"_s, {});
        const QString second = issue(desk, u"basic@acme.demo"_s, {});
        QCOMPARE(useCode(u"basic@acme.demo"_s, first), 422); // a new code cancels the one before
        // Each refusal counted towards the lockout.
        QCOMPARE(m_sim->simulator->store().get(u"failures"_s, u"basic@acme.demo"_s)->value(u"consecutive"_s).toInt(), 3);
        // Another user's code does nothing for them (the seed requires
        // MFA of the manager).
        const QByteArray managerKey = enroll(token(signIn(u"manager@acme.demo"_s)));
        QVERIFY(!managerKey.isEmpty());
        QCOMPARE(useCode(u"manager@acme.demo"_s, second), 422);
        QVERIFY(m_sim->simulator->store().get(u"failures"_s, u"manager@acme.demo"_s).has_value());
        QCOMPARE(useCode(u"basic@acme.demo"_s, second), 200);
        QVERIFY(!m_sim->simulator->store().get(u"failures"_s, u"basic@acme.demo"_s).has_value()); // a success clears them
        QCOMPARE(useCode(u"basic@acme.demo"_s, second), 422); // replay
    }

    void recoveryCodes()
    {
        QStringList codes;
        const QByteArray key = enrollBasic(&codes);
        QCOMPARE(codes.size(), 10);
        QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), 10);
        for (const QString &c : std::as_const(codes))
            QVERIFY2(CodeShape.match(c).hasMatch(), qPrintable(c));
        QCOMPARE(userRecord(u"basic@acme.demo"_s).value(u"mfa-recovery-codes-left"_s).toInt(-1), 10);

        const auto used = mfaGrant(u"basic@acme.demo"_s, token(signIn(u"basic@acme.demo"_s)), u"recovery-code"_s, codes.at(3).toLower());
        QCOMPARE(used.status, 200);
        QVERIFY(used.json().contains(u"refresh"_s));
        QCOMPARE(used.json().value(u"recovery-codes-left"_s).toInt(-1), 9);
        QCOMPARE(mfaGrant(u"basic@acme.demo"_s, token(signIn(u"basic@acme.demo"_s)), u"recovery-code"_s, codes.at(3)).status, 422);
        QCOMPARE(userRecord(u"basic@acme.demo"_s).value(u"mfa-recovery-codes-left"_s).toInt(-1), 9);
        QCOMPARE(audits(u"mfa.recovery-code.used"_s, u"basic@acme.demo"_s), 1);
        const QStringList told = noticesTo(u"basic@acme.demo"_s, u"A recovery code was used"_s);
        QCOMPARE(told.size(), 1);
        QVERIFY(told.first().contains(u"9 are left"_s));

        // Replacing them asks for the password and a current code.
        const QString full = token(used);
        const QString path = u"/domains/~/users/~/mfa/recovery-codes"_s;
        QCOMPARE(request("POST", path, {}, full).status, 403);
        QCOMPARE(request("POST", path, {{u"password"_s, u"wrong"_s}, {u"passcode"_s, codeAt(key)}}, full).status, 409);
        m_sim->clock.advance(30);
        const auto replaced = request("POST", path, {{u"password"_s, Password}, {u"passcode"_s, codeAt(key)}}, full);
        QCOMPARE(replaced.status, 200);
        const QStringList fresh = replaced.json().value(u"recovery-codes"_s).toVariant().toStringList();
        m_codesSeen += fresh;
        QCOMPARE(fresh.size(), 10);
        QCOMPARE(mfaGrant(u"basic@acme.demo"_s, token(signIn(u"basic@acme.demo"_s)), u"recovery-code"_s, codes.at(0)).status, 422);
        QCOMPARE(mfaGrant(u"basic@acme.demo"_s, token(signIn(u"basic@acme.demo"_s)), u"recovery-code"_s, fresh.at(0)).status, 200);
        QCOMPARE(audits(u"mfa.recovery-codes.replaced"_s, u"basic@acme.demo"_s), 1);
        // A reset takes them away with the factor.
        QCOMPARE(request("DELETE", u"/domains/acme.demo/users/basic/mfa"_s, {}, helpdesk()).status, 200);
        QVERIFY(!userRecord(u"basic@acme.demo"_s).contains(u"mfa-recovery-codes-left"_s));
        QCOMPARE(noticesTo(u"basic@acme.demo"_s, u"Multi-factor authentication was reset"_s).size(), 1);
    }

    void lockoutIsListedAndLifted()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signIn(u"basic@acme.demo"_s, u"wrong"_s).status, 401);
        QCOMPARE(signIn(u"basic@acme.demo"_s).status, 429);
        QJsonObject record = userRecord(u"basic@acme.demo"_s);
        QCOMPARE(record.value(u"mfa-locked"_s).toBool(), true);
        const QDateTime until = QDateTime::fromString(record.value(u"mfa-locked-until"_s).toString(), Qt::ISODate);
        QVERIFY(until > m_sim->clock.now() && until <= m_sim->clock.now().addSecs(300));
        QCOMPARE(noticesTo(u"basic@acme.demo"_s, u"Your account was locked"_s).size(), 1);

        const auto unlocked = request("DELETE", u"/domains/acme.demo/users/basic/mfa/lockout"_s, {}, helpdesk());
        QCOMPARE(unlocked.status, 200);
        // The answer is the record as it is now: no longer locked.
        QVERIFY(!unlocked.json().contains(u"mfa-locked"_s));
        record = userRecord(u"basic@acme.demo"_s);
        QVERIFY(!record.contains(u"mfa-locked"_s) && !record.contains(u"mfa-locked-until"_s));
        QCOMPARE(signIn(u"basic@acme.demo"_s).status, 200);
    }

    // Before the deadline a user who must enroll signs in fully and may
    // enroll; after it, only to enroll.
    void enrollmentDeadline()
    {
        const QString desk = helpdesk();
        const QDateTime deadline = m_sim->clock.now().addSecs(3600);
        const QString policy = u"/domains/acme.demo/mfa-policy"_s;
        QCOMPARE(request("PUT", policy, {{u"mfa-deadline-datetime"_s, u"next week"_s}}, desk).status, 400);
        QCOMPARE(request("PUT", policy, {{u"mfa-deadline-datetime"_s, u"2026-12-09T10:00:00"_s}}, desk).status, 400); // no offset
        const auto set = request("PUT", policy, {{u"mfa-required-scopes"_s, QJsonArray{u"Basic User"_s}},
                                                 {u"mfa-deadline-datetime"_s, deadline.toString(Qt::ISODate)}}, desk);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(u"mfa-deadline-datetime"_s).toString(), deadline.toString(Qt::ISODate));

        const auto before = signIn(u"basic@acme.demo"_s);
        QCOMPARE(before.status, 200);
        QVERIFY(before.json().contains(u"refresh"_s));
        QCOMPARE(claims(token(before)).value(u"mfa_enrollment_due"_s).toString(), deadline.toString(Qt::ISODate));
        QCOMPARE(userRecord(u"basic@acme.demo"_s).value(u"mfa-enrollment-due"_s).toString(), deadline.toString(Qt::ISODate));
        QCOMPARE(request("GET", u"/domains/~/users/~"_s, {}, token(before)).status, 200); // a full sign-in

        // The manager (required, not enrolled) is in the same grace.
        const auto manager = signIn(u"manager@acme.demo"_s);
        QVERIFY(manager.json().contains(u"refresh"_s));
        // Enrolling from the full sign-in, before the deadline.
        QVERIFY(!enroll(token(before)).isEmpty());
        QVERIFY(!userRecord(u"basic@acme.demo"_s).contains(u"mfa-enrollment-due"_s));

        m_sim->clock.advance(3601);
        const auto after = signIn(u"manager@acme.demo"_s);
        QCOMPARE(claims(token(after)).value(u"user_scope"_s).toString(), u"mfa_required"_s);
        QCOMPARE(claims(token(after)).value(u"mfa_enrolled"_s).toBool(true), false);
        QJsonObject refresh = client();
        refresh.insert(u"grant_type"_s, u"refresh_token"_s);
        refresh.insert(u"refresh"_s, manager.json().value(u"refresh"_s).toString());
        QCOMPARE(request("POST", u"/jwt"_s, refresh).status, 401); // the grace is over
        // Lifting the deadline: blocking at once, as without one.
        QCOMPARE(request("PUT", policy, {{u"mfa-deadline-datetime"_s, QJsonValue::Null}}, helpdesk()).json().contains(u"mfa-deadline-datetime"_s),
                 false);
    }

    void reminders()
    {
        const QString desk = helpdesk();
        QCOMPARE(request("POST", u"/domains/acme.demo/users/manager/mfa/reminder"_s, {}, desk).status, 202);
        QCOMPARE(audits(u"mfa.reminder"_s, u"manager@acme.demo"_s), 1);
        const QStringList sent = noticesTo(u"manager@acme.demo"_s, u"Reminder: set up multi-factor authentication"_s);
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.first().contains(u"To: Morgan Manager <manager@acme.demo>"_s));
        QCOMPARE(request("POST", u"/domains/acme.demo/users/1001/mfa/reminder"_s, {}, desk).status, 409); // enrolled
        QCOMPARE(request("POST", u"/domains/globex.demo/users/1002/mfa/reminder"_s, {}, token(signIn(u"basic@acme.demo"_s))).status,
                 403);
    }

    // A notice is a mail message any client reads: in new/, owner-only,
    // with the headers RFC 5322 asks for and non-ASCII names encoded.
    void noticesAreMailMessages()
    {
        // A user with an accent in the name who has not enrolled yet.
        std::optional<QJsonObject> record;
        for (const QJsonObject &u : m_sim->simulator->store().all(u"user"_s))
            if (!record && u.value(u"domain"_s) == u"acme.demo"_s && !u.value(u"mfa-enrolled"_s).toBool()
                && u.value(u"name-last-name"_s).toString().toUtf8().size() != u.value(u"name-last-name"_s).toString().size())
                record = u;
        QVERIFY(record.has_value());
        QCOMPARE(request("POST", u"/domains/acme.demo/users/%1/mfa/reminder"_s.arg(record->value(u"user"_s).toString()), {},
                         helpdesk()).status,
                 202);
        const QDir outbox(m_sim->simulator->outboxDir());
        QVERIFY(QDir(outbox.filePath(u"tmp"_s)).isEmpty());
        const QStringList files = QDir(outbox.filePath(u"new"_s)).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(QDir(outbox.filePath(u"new"_s)).filePath(files.first()));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray message = file.readAll();
        const qsizetype end = message.indexOf("\r\n\r\n");
        QVERIFY(end > 0);
        const QByteArray headers = message.left(end);
        for (const char *h : {"Date: ", "From: ", "To: ", "Subject: ", "Message-ID: <", "MIME-Version: 1.0",
                              "Content-Type: text/plain; charset=utf-8"})
            QVERIFY2(headers.contains(h), h);
        for (const QByteArray &line : headers.split('\n'))
            for (const char c : line)
                QVERIFY2(uchar(c) < 0x80, line.constData()); // headers are 7-bit
        const QString name = record->value(u"name-first-name"_s).toString() + u' ' + record->value(u"name-last-name"_s).toString();
        QVERIFY2(headers.contains(QByteArray("To: =?UTF-8?B?" + name.toUtf8().toBase64() + "?= <")), headers.constData());
        QVERIFY(QString::fromUtf8(message.mid(end + 4)).contains(u"Hello "_s + name));
    }

    // On a stock portal, none of this exists.
    void strictPortalHasNone()
    {
        m_sim = std::make_unique<test::SimFixture>();
        m_deskToken.clear();
        m_sim->fromTemplate = true;
        m_sim->options.api.netsapiensStrict = true;
        QVERIFY(m_sim->start());
        const QString desk = helpdesk();
        QCOMPARE(request("POST", u"/domains/acme.demo/users/basic/mfa/temporary-access"_s, {}, desk).status, 404);
        QCOMPARE(request("POST", u"/domains/acme.demo/users/basic/mfa/reminder"_s, {}, desk).status, 404);
        QCOMPARE(request("POST", u"/domains/~/users/~/mfa/recovery-codes"_s, {}, desk).status, 404);
        QCOMPARE(mfaGrant(u"helpdesk@demo"_s, desk, u"temporary-access"_s, u"ABCDEFGHJKMN"_s).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestHelpDeskPortal)
#include "tst_help_desk_portal.moc"
