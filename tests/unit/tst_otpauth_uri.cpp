#include "mfa/otpauth_uri.h"

#include <QTest>

using namespace pbx::mfa;

Q_DECLARE_METATYPE(pbx::mfa::OtpauthError)
Q_DECLARE_METATYPE(pbx::mfa::HashAlgorithm)

namespace {
const QString Secret = QStringLiteral("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"); // 160 bits
QString uri(const QString &rest)
{
    return QStringLiteral("otpauth://totp/") + rest;
}
} // namespace

class TestOtpauthUri : public QObject
{
    Q_OBJECT
private slots:
    void googleExample()
    {
        const auto r = OtpauthUri::parse(QStringLiteral(
            "otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co"
            "&algorithm=SHA1&digits=6&period=30"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().issuer, QStringLiteral("ACME Co"));
        QCOMPARE(r.value().account, QStringLiteral("john.doe@email.com"));
        QCOMPARE(r.value().secretBase32(), QByteArray("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"));
        QVERIFY(r.value().parameters.isDefault());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<HashAlgorithm>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::newRow("defaults") << QStringLiteral("PBX Demo Portal") << QStringLiteral("manager@acme.demo")
                                  << HashAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("sha256 8 digits") << QStringLiteral("Acme") << QStringLiteral("a@b") << HashAlgorithm::Sha256 << 8 << 60;
        QTest::newRow("sha512") << QStringLiteral("X") << QStringLiteral("y") << HashAlgorithm::Sha512 << 6 << 15;
        QTest::newRow("colon in account") << QStringLiteral("Acme") << QStringLiteral("ops:team@acme")
                                          << HashAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("unicode and symbols") << QStringLiteral("Café & Co") << QStringLiteral("chloé+1@côté.demo")
                                             << HashAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("no issuer") << QString() << QStringLiteral("solo@example.com") << HashAlgorithm::Sha1 << 6 << 30;
    }
    void roundTrip()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(HashAlgorithm, algorithm);
        QFETCH(int, digits);
        QFETCH(int, period);
        OtpauthUri key;
        key.issuer = issuer;
        key.account = account;
        key.secret = QByteArray::fromHex("00112233445566778899aabbccddeeff01234567");
        key.parameters = {algorithm, digits, period};
        const auto parsed = OtpauthUri::parse(key.toString());
        QVERIFY2(parsed.ok(), qPrintable(key.toString()));
        QCOMPARE(parsed.value().issuer, issuer);
        QCOMPARE(parsed.value().account, account);
        QCOMPARE(parsed.value().secret, key.secret);
        QCOMPARE(parsed.value().parameters, key.parameters);
    }

    // The split happens before percent-decoding: an encoded colon after the
    // first separator belongs to the account name.
    void labelSplitBeforeDecoding()
    {
        const auto r = OtpauthUri::parse(uri(QStringLiteral("Acme:ops%3Ateam?secret=") + Secret + QStringLiteral("&issuer=Acme")));
        QVERIFY(r.ok());
        QCOMPARE(r.value().issuer, QStringLiteral("Acme"));
        QCOMPARE(r.value().account, QStringLiteral("ops:team"));
    }

    void lenientWhereAppsAre()
    {
        QVERIFY(OtpauthUri::parse(QStringLiteral("OTPAUTH://TOTP/a?secret=") + Secret).ok());
        QVERIFY(OtpauthUri::parse(uri(QStringLiteral("a?secret=") + Secret.toLower())).ok());
        QVERIFY(OtpauthUri::parse(uri(QStringLiteral("a?secret=") + Secret + QStringLiteral("&image=x&counter=3"))).ok());
        QVERIFY(OtpauthUri::parse(uri(QStringLiteral("a?secret=") + Secret + QStringLiteral("&algorithm=sha256"))).ok());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<OtpauthError>("reason");
        const QString s = QStringLiteral("secret=") + Secret;
        QTest::newRow("http scheme") << QStringLiteral("https://totp/a?") + s << OtpauthError::NotOtpauthScheme;
        QTest::newRow("no scheme") << QStringLiteral("totp/a?") + s << OtpauthError::NotOtpauthScheme;
        QTest::newRow("hotp") << QStringLiteral("otpauth://hotp/a?counter=1&") + s << OtpauthError::HotpNotSupported;
        QTest::newRow("unknown type") << QStringLiteral("otpauth://motp/a?") + s << OtpauthError::UnknownType;
        QTest::newRow("user info") << QStringLiteral("otpauth://eve@totp/a?") + s << OtpauthError::UnexpectedPart;
        QTest::newRow("fragment") << uri(QStringLiteral("a?") + s + QStringLiteral("#x")) << OtpauthError::UnexpectedPart;
        QTest::newRow("no label") << QStringLiteral("otpauth://totp?") + s << OtpauthError::MissingLabel;
        QTest::newRow("empty label") << uri(QStringLiteral("?") + s) << OtpauthError::MissingLabel;
        QTest::newRow("empty account") << uri(QStringLiteral("Acme:?") + s) << OtpauthError::EmptyAccount;
        QTest::newRow("blank account") << uri(QStringLiteral("Acme:%20%20?") + s) << OtpauthError::EmptyAccount;
        QTest::newRow("empty label issuer") << uri(QStringLiteral(":bob?") + s) << OtpauthError::EmptyIssuer;
        QTest::newRow("empty issuer param") << uri(QStringLiteral("bob?issuer=&") + s) << OtpauthError::EmptyIssuer;
        QTest::newRow("issuer mismatch") << uri(QStringLiteral("Acme:bob?issuer=Evil&") + s) << OtpauthError::IssuerMismatch;
        QTest::newRow("colon in issuer") << uri(QStringLiteral("bob?issuer=Ev:il&") + s) << OtpauthError::ColonInIssuer;
        QTest::newRow("canonical form too long") << uri(QString(240, QChar(0xF600)) + QLatin1Char('?') + s) << OtpauthError::TooLong;
        QTest::newRow("bad percent") << uri(QStringLiteral("Ac%zzme:bob?") + s) << OtpauthError::BadPercentEncoding;
        QTest::newRow("truncated percent") << uri(QStringLiteral("bob%4?") + s) << OtpauthError::BadPercentEncoding;
        QTest::newRow("invalid utf-8") << uri(QStringLiteral("bob%C3%28?") + s) << OtpauthError::BadPercentEncoding;
        QTest::newRow("no secret") << uri(QStringLiteral("bob?issuer=Acme")) << OtpauthError::MissingSecret;
        QTest::newRow("empty secret") << uri(QStringLiteral("bob?secret=")) << OtpauthError::MissingSecret;
        QTest::newRow("secret not base32") << uri(QStringLiteral("bob?secret=JBSWY3DPEHPK3PX1")) << OtpauthError::SecretNotBase32;
        QTest::newRow("secret with space") << uri(QStringLiteral("bob?secret=JBSW%20Y3DPEHPK3PXP")) << OtpauthError::SecretNotBase32;
        QTest::newRow("secret bad length") << uri(QStringLiteral("bob?secret=JBSWY3DPE")) << OtpauthError::SecretNotBase32;
        QTest::newRow("secret too short") << uri(QStringLiteral("bob?secret=JBSWY3DP")) << OtpauthError::SecretTooShort;
        // 80 bits, which many apps take; RFC 4226 §4 requires 128.
        QTest::newRow("secret of 80 bits") << uri(QStringLiteral("bob?secret=JBSWY3DPEHPK3PXP")) << OtpauthError::SecretTooShort;
        QTest::newRow("secret of 120 bits") << uri(QStringLiteral("bob?secret=JBSWY3DPEHPK3PXPJBSWY3DP")) << OtpauthError::SecretTooShort;
        QTest::newRow("secret too long") << uri(QStringLiteral("bob?secret=") + QString(240, QLatin1Char('A'))) << OtpauthError::SecretTooLong;
        QTest::newRow("duplicate secret") << uri(QStringLiteral("bob?") + s + QLatin1Char('&') + s) << OtpauthError::DuplicateParameter;
        QTest::newRow("md5") << uri(QStringLiteral("bob?algorithm=MD5&") + s) << OtpauthError::UnsupportedAlgorithm;
        QTest::newRow("sha3") << uri(QStringLiteral("bob?algorithm=SHA3-256&") + s) << OtpauthError::UnsupportedAlgorithm;
        QTest::newRow("digits 7") << uri(QStringLiteral("bob?digits=7&") + s) << OtpauthError::UnsupportedDigits;
        QTest::newRow("digits 0") << uri(QStringLiteral("bob?digits=0&") + s) << OtpauthError::UnsupportedDigits;
        QTest::newRow("digits 10") << uri(QStringLiteral("bob?digits=10&") + s) << OtpauthError::UnsupportedDigits;
        QTest::newRow("digits text") << uri(QStringLiteral("bob?digits=six&") + s) << OtpauthError::UnsupportedDigits;
        QTest::newRow("period 0") << uri(QStringLiteral("bob?period=0&") + s) << OtpauthError::UnsupportedPeriod;
        QTest::newRow("period negative") << uri(QStringLiteral("bob?period=-30&") + s) << OtpauthError::UnsupportedPeriod;
        QTest::newRow("period absurd") << uri(QStringLiteral("bob?period=86400&") + s) << OtpauthError::UnsupportedPeriod;
        QTest::newRow("period fraction") << uri(QStringLiteral("bob?period=30.5&") + s) << OtpauthError::UnsupportedPeriod;
        QTest::newRow("label too long") << uri(QString(300, QLatin1Char('x')) + QLatin1Char('?') + s) << OtpauthError::LabelTooLong;
        QTest::newRow("megabyte uri") << uri(QString(1 << 20, QLatin1Char('x')) + QLatin1Char('?') + s) << OtpauthError::TooLong;
    }
    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(OtpauthError, reason);
        const auto r = OtpauthUri::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), reason);
        QVERIFY(!describe(r.error()).isEmpty()); // a clear reason for the user
    }
};

QTEST_GUILESS_MAIN(TestOtpauthUri)
#include "tst_otpauth_uri.moc"
