#include "common/utc.h"
#include "portal/response_parsers.h"
#include "support/unsigned_jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
QString jwt(const QJsonObject &claims)
{
    return QString::fromLatin1(test::unsignedJwt(claims));
}
QJsonObject fullClaims()
{
    return {{QStringLiteral("sub"), QStringLiteral("basic@acme.demo")}, {QStringLiteral("user"), QStringLiteral("basic")},
            {QStringLiteral("domain"), QStringLiteral("acme.demo")}, {QStringLiteral("user_scope"), QStringLiteral("Basic User")},
            {QStringLiteral("exp"), 1900000000}, {QStringLiteral("iat"), 1800000000}};
}
} // namespace

class TestResponseParsers : public QObject
{
    Q_OBJECT
private slots:
    void claims()
    {
        const auto c = parse::jwtClaims(jwt(fullClaims()));
        QVERIFY(c.ok());
        QCOMPARE(c.value().user, QStringLiteral("basic"));
        QCOMPARE(c.value().exp, 1900000000);
        QVERIFY(!c.value().isMfaRestricted());

        QJsonObject restricted = fullClaims();
        restricted.insert(QStringLiteral("user_scope"), QStringLiteral("mfa_required"));
        restricted.insert(QStringLiteral("mfa_enrolled"), false);
        QVERIFY(parse::jwtClaims(jwt(restricted)).value().needsEnrollment());
        restricted.remove(QStringLiteral("mfa_enrolled"));
        QVERIFY(parse::jwtClaims(jwt(restricted)).value().needsChallenge());
    }
    void badTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("not a jwt") << QStringLiteral("opaque-token");
        QTest::newRow("two parts") << QStringLiteral("a.b");
        QTest::newRow("bad base64") << QStringLiteral("a.!!!.c");
        QTest::newRow("not json") << QStringLiteral("a.") + QString::fromLatin1(QByteArray("hello").toBase64()) + QStringLiteral(".c");
        QJsonObject noExp = fullClaims();
        noExp.remove(QStringLiteral("exp"));
        QTest::newRow("no exp") << jwt(noExp);
        QJsonObject textExp = fullClaims();
        textExp.insert(QStringLiteral("exp"), QStringLiteral("soon"));
        QTest::newRow("exp as text") << jwt(textExp);
        QJsonObject numberSub = fullClaims();
        numberSub.insert(QStringLiteral("sub"), 42);
        QTest::newRow("sub as number") << jwt(numberSub);
        QTest::newRow("huge") << QString(20000, QLatin1Char('a'));
    }
    void badTokens()
    {
        QFETCH(QString, token);
        const auto c = parse::jwtClaims(token);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, ErrorKind::Protocol);
    }
    void tokenPair()
    {
        const QByteArray full = QJsonDocument(QJsonObject{{QStringLiteral("token"), jwt(fullClaims())},
                                                          {QStringLiteral("refresh"), QStringLiteral("r")}})
                                    .toJson();
        QVERIFY(parse::tokenPair(full).ok());
        const QByteArray noRefresh = QJsonDocument(QJsonObject{{QStringLiteral("token"), jwt(fullClaims())}}).toJson();
        QVERIFY(!parse::tokenPair(noRefresh).ok()); // a full session needs one
        QVERIFY(!parse::tokenPair("<html>502 Bad Gateway</html>").ok());
        QVERIFY(!parse::tokenPair("[]").ok());
        QVERIFY(!parse::tokenPair(R"({"token": 5, "refresh": "r"})").ok());
    }
    void enrollmentMustAgreeWithUri()
    {
        const QString secret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        QJsonObject e{{QStringLiteral("secret"), secret},
                      {QStringLiteral("otpauth-uri"), QString(QStringLiteral("otpauth://totp/PBX:m@a?secret=") + secret + QStringLiteral("&issuer=PBX"))},
                      {QStringLiteral("digits"), 6}, {QStringLiteral("period"), 30}, {QStringLiteral("algorithm"), QStringLiteral("SHA1")},
                      {QStringLiteral("expires-datetime"), QStringLiteral("2030-01-01T00:00:00Z")}};
        const auto ok = parse::enrollment(QJsonDocument(e).toJson());
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().expires, utc::at(QDate(2030, 1, 1), QTime(0, 0)));
        QJsonObject otherSecret = e;
        otherSecret.insert(QStringLiteral("secret"), QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
        QVERIFY(!parse::enrollment(QJsonDocument(otherSecret).toJson()).ok());
        QJsonObject otherDigits = e;
        otherDigits.insert(QStringLiteral("digits"), 8);
        QVERIFY(!parse::enrollment(QJsonDocument(otherDigits).toJson()).ok());
        QJsonObject badUri = e;
        badUri.insert(QStringLiteral("otpauth-uri"), QStringLiteral("otpauth://totp/x?secret=JBSW1"));
        QVERIFY(!parse::enrollment(QJsonDocument(badUri).toJson()).ok());
    }
    void users()
    {
        const auto u = parse::users(R"([{"user":"1001","domain":"acme.demo","mfa-required":"yes","mfa-enrolled":true,
            "mfa-enrolled-datetime":"2026-01-02T03:04:05Z","user-scope":"Basic User"}])");
        QVERIFY(u.ok());
        QCOMPARE(u.value().size(), 1);
        QVERIFY(u.value().first().mfaRequired == true);
        QVERIFY(u.value().first().mfaEnrolledAt.isValid());
        QVERIFY(!parse::users(R"([{"user":1001,"domain":"acme.demo"}])").ok());
        QVERIFY(!parse::users(R"({"user":"x"})").ok());
        QCOMPARE(parse::count(R"({"total": 25})").value(), 25);
        QVERIFY(!parse::count(R"({"total": -1})").ok());
        QVERIFY(!parse::count(R"({"total": "25"})").ok());
    }
    // A domain's MFA summary: every count present, whole and not negative,
    // and counts that could be true of one domain; anything else is the
    // portal's mistake, not a chart.
    void mfaSummaries_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        const QByteArray good = R"({"domain":"a.demo","users":10,"enrolled":4,"pending":5,"not-required":1,"overdue":2,"locked":1})";
        QTest::newRow("good") << good << true;
        QTest::newRow("extra field ignored")
            << QByteArray(R"({"domain":"a.demo","users":0,"enrolled":0,"pending":0,"not-required":0,"overdue":0,"locked":0,"x":1})")
            << true;
        QTest::newRow("states do not add up")
            << QByteArray(R"({"domain":"a.demo","users":10,"enrolled":4,"pending":5,"not-required":2,"overdue":0,"locked":0})")
            << false;
        QTest::newRow("more overdue than pending")
            << QByteArray(R"({"domain":"a.demo","users":10,"enrolled":4,"pending":5,"not-required":1,"overdue":6,"locked":0})")
            << false;
        QTest::newRow("more locked than users")
            << QByteArray(R"({"domain":"a.demo","users":1,"enrolled":1,"pending":0,"not-required":0,"overdue":0,"locked":2})")
            << false;
        QTest::newRow("negative")
            << QByteArray(R"({"domain":"a.demo","users":-1,"enrolled":0,"pending":0,"not-required":-1,"overdue":0,"locked":0})")
            << false;
        QTest::newRow("fraction")
            << QByteArray(R"({"domain":"a.demo","users":1.5,"enrolled":1.5,"pending":0,"not-required":0,"overdue":0,"locked":0})")
            << false;
        QTest::newRow("count as a string")
            << QByteArray(R"({"domain":"a.demo","users":"1","enrolled":1,"pending":0,"not-required":0,"overdue":0,"locked":0})")
            << false;
        QTest::newRow("missing count")
            << QByteArray(R"({"domain":"a.demo","users":1,"enrolled":1,"pending":0,"not-required":0,"overdue":0})") << false;
        QTest::newRow("no domain")
            << QByteArray(R"({"users":0,"enrolled":0,"pending":0,"not-required":0,"overdue":0,"locked":0})") << false;
        QTest::newRow("too large")
            << QByteArray(R"({"domain":"a.demo","users":3000000000,"enrolled":3000000000,"pending":0,"not-required":0,"overdue":0,"locked":0})")
            << false;
        QTest::newRow("not JSON") << QByteArray("<html>") << false;
    }
    void mfaSummaries()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(parse::mfaSummary(body).ok(), ok);
        // In the scope's array, one bad summary sinks the answer.
        QCOMPARE(parse::mfaSummaries('[' + body + ']').ok(), ok);
        if (!ok)
            return;
        QCOMPARE(parse::mfaSummary(body).value().domain, u"a.demo"_s);
        QVERIFY(!parse::mfaSummaries(body).ok()); // an object where an array belongs
    }
    void mfaSummaryFields()
    {
        const auto s = parse::mfaSummary(
            R"({"domain":"a.demo","users":10,"enrolled":4,"pending":5,"not-required":1,"overdue":2,"locked":1})");
        QVERIFY(s.ok());
        const MfaSummary expected{u"a.demo"_s, 10, 4, 5, 1, 2, 1, 0};
        QCOMPARE(s.value(), expected);
    }
    // A record from a stock portal, or with one odd field, is kept; only a
    // record without `user` or `domain` sinks its page.
    void userRecordsTolerateOddFields_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("required"); // -1 unknown, 0 false, 1 true
        QTest::addColumn<QString>("warned"); // the field named in the log, if any
        QTest::newRow("stock portal: no MFA fields")
            << QByteArray(R"({"user":"1001","domain":"a.demo","email":"a@b.c","site":"Main","area-code":613,)"
                          R"("voicemail-enabled":"yes","account-status":"standard","time-zone":"US/Eastern"})")
            << true << u"a@b.c"_s << -1 << QString();
        QTest::newRow("email as a number") << QByteArray(R"({"user":"1001","domain":"a.demo","email":4242})")
                                           << true << QString() << -1 << u"email"_s;
        QTest::newRow("mfa-required as a number")
            << QByteArray(R"({"user":"1001","domain":"a.demo","email":"a@b.c","mfa-required":1,"mfa-enrolled":false})")
            << true << u"a@b.c"_s << -1 << u"mfa-required"_s;
        QTest::newRow("name as an object")
            << QByteArray(R"({"user":"1001","domain":"a.demo","name-first-name":{"x":"SECRETVALUE"},"mfa-required":"no",)"
                          R"("mfa-enrolled":false})")
            << true << QString() << 0 << u"name-first-name"_s;
        QTest::newRow("no user") << QByteArray(R"({"domain":"a.demo"})") << false << QString() << -1 << QString();
        QTest::newRow("no domain") << QByteArray(R"({"user":"1001"})") << false << QString() << -1 << QString();
        QTest::newRow("user as a number") << QByteArray(R"({"user":1001,"domain":"a.demo"})") << false << QString() << -1
                                          << QString();
    }
    void userRecordsTolerateOddFields()
    {
        QFETCH(QByteArray, record);
        QFETCH(bool, kept);
        QFETCH(QString, email);
        QFETCH(int, required);
        QFETCH(QString, warned);
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            logged << m;
        });
        // The odd record between two good ones.
        const QByteArray good = R"({"user":"1000","domain":"a.demo","mfa-required":true,"mfa-enrolled":true})";
        const auto page = parse::users('[' + good + ',' + record + ',' + good + ']');
        const auto one = parse::user(record);
        qInstallMessageHandler(previous);
        QCOMPARE(page.ok(), kept);
        QCOMPARE(one.ok(), kept);
        if (!kept)
            return;
        QCOMPARE(page.value().size(), 3);
        const PortalUser &u = page.value().at(1);
        QCOMPARE(u.user, u"1001"_s);
        QCOMPARE(u.email, email);
        QCOMPARE(u.mfaRequired, required < 0 ? std::nullopt : std::optional<bool>(required == 1));
        QCOMPARE(page.value().at(0).mfaEnrolled, std::optional<bool>(true));
        const QString log = logged.join(u'\n');
        if (warned.isEmpty()) {
            QVERIFY2(log.isEmpty(), qPrintable(log));
        } else {
            QVERIFY2(log.contains(u"\""_s + warned + u"\""_s), qPrintable(log));
            QVERIFY2(!log.contains(u"SECRETVALUE"_s) && !log.contains(u"4242"_s), qPrintable(log));
        }
    }

    // The help desk's fields of user records; codes given out once.
    void helpDeskFields()
    {
        const auto u = parse::user(R"({"user":"1001","domain":"a.demo","mfa-required":true,"mfa-enrolled":true,
            "mfa-recovery-codes-left":7,"mfa-locked":true,"mfa-locked-until":"2026-12-02T10:00:00Z",
            "mfa-enrollment-due":"2026-12-31T00:00:00Z","mfa-temporary-access-expires-datetime":"2026-12-02T11:00:00Z"})");
        QVERIFY(u.ok());
        QCOMPARE(u.value().recoveryCodesLeft, std::optional<int>(7));
        QVERIFY(u.value().locked);
        QCOMPARE(u.value().lockedUntil, utc::at(QDate(2026, 12, 2), QTime(10, 0)));
        QCOMPARE(u.value().enrollmentDue, utc::at(QDate(2026, 12, 31), QTime(0, 0)));
        QCOMPARE(u.value().temporaryAccessExpires, utc::at(QDate(2026, 12, 2), QTime(11, 0)));
        // Odd values are left empty, the record kept.
        const auto odd = parse::user(R"({"user":"1001","domain":"a.demo","mfa-recovery-codes-left":"seven","mfa-locked":"maybe"})");
        QVERIFY(odd.ok());
        QVERIFY(!odd.value().recoveryCodesLeft.has_value());
        QVERIFY(!odd.value().locked);

        QJsonObject claims = fullClaims();
        const QString token = jwt(claims);
        const auto pair = parse::tokenPair(QJsonDocument(QJsonObject{{u"token"_s, token}, {u"refresh"_s, u"r"_s},
                                                                     {u"recovery-codes"_s, QJsonArray{u"ABCDEFGHJKMN"_s, u"PQRSTUVWXYZ2"_s}},
                                                                     {u"recovery-codes-left"_s, 3}})
                                                   .toJson());
        QVERIFY(pair.ok());
        QCOMPARE(pair.value().recoveryCodes, (QStringList{u"ABCDEFGHJKMN"_s, u"PQRSTUVWXYZ2"_s}));
        QCOMPARE(pair.value().recoveryCodesLeft, std::optional<int>(3));
        QVERIFY(!parse::tokenPair(QJsonDocument(QJsonObject{{u"token"_s, token}, {u"refresh"_s, u"r"_s},
                                                            {u"recovery-codes"_s, QJsonArray{1, 2}}})
                                      .toJson())
                     .ok());
        QCOMPARE(parse::recoveryCodes(R"({"recovery-codes":["A","B"]})").value(), (QStringList{u"A"_s, u"B"_s}));
        QVERIFY(!parse::recoveryCodes(R"({"recovery-codes":[]})").ok());
        const auto code = parse::temporaryAccessCode(R"({"code":"ABCDEFGHJKMN","expires-datetime":"2026-12-02T11:00:00Z"})");
        QCOMPARE(code.value().code, u"ABCDEFGHJKMN"_s);
        QCOMPARE(code.value().expires, utc::at(QDate(2026, 12, 2), QTime(11, 0)));
        QVERIFY(!parse::temporaryAccessCode(R"({"code":"ABCDEFGHJKMN"})").ok());
        claims.insert(u"mfa_enrollment_due"_s, u"2026-12-31T00:00:00Z"_s);
        QCOMPARE(parse::jwtClaims(jwt(claims)).value().mfaEnrollmentDue, utc::at(QDate(2026, 12, 31), QTime(0, 0)));
        claims.insert(u"mfa_via"_s, 5);
        QVERIFY(!parse::jwtClaims(jwt(claims)).ok());
    }

    void retryAfter()
    {
        const QDateTime now = utc::at(QDate(2015, 10, 21), QTime(7, 20));
        QCOMPARE(parse::retryAfterSeconds("120", now), 120);
        QCOMPARE(parse::retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT", now), 480);
        QCOMPARE(parse::retryAfterSeconds("0", now), 1);
        QCOMPARE(parse::retryAfterSeconds("999999999", now), 86400);
        QCOMPARE(parse::retryAfterSeconds("garbage", now), 60);
    }
    void errorMessage()
    {
        QCOMPARE(parse::errorMessage(R"({"code":409,"message":"Conflict"})"), QStringLiteral("Conflict"));
        QCOMPARE(parse::errorMessage("<html>oops</html>"), QString());
    }
};

QTEST_GUILESS_MAIN(TestResponseParsers)
#include "tst_response_parsers.moc"
