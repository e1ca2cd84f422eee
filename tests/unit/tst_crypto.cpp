#include "crypto/hmac.h"
#include "crypto/password_hash.h"
#include "crypto/random_bytes.h"
#include "crypto/secret_box.h"

#include <QTest>

using namespace pbx::crypto;

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    // RFC 4231 test case 2.
    void hmacSha256()
    {
        QCOMPARE(hmac(HashAlgorithm::Sha256, "Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }
    void constantTime()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals("", ""));
    }
    void randomness()
    {
        const QByteArray a = randomBytes(32), b = randomBytes(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        QCOMPARE(randomHex(8).size(), 16);
    }
    void passwordHash()
    {
        // Few iterations keep the test fast; the format and the check are
        // what is under test, the cost is a stored parameter.
        const QByteArray stored = PasswordHash::create("DemoPass-2026", 1000);
        QVERIFY(stored.startsWith("pbkdf2-sha256$1000$"));
        QVERIFY(!stored.contains("DemoPass"));
        QVERIFY(PasswordHash::verify("DemoPass-2026", stored));
        QVERIFY(!PasswordHash::verify("DemoPass-2027", stored));
        QVERIFY(!PasswordHash::verify("", stored));
        QVERIFY(PasswordHash::create("x", 1000) != PasswordHash::create("x", 1000)); // salted
    }
    void defaultCostIsSlow() { QVERIFY(PasswordHash::create("x").startsWith("pbkdf2-sha256$600000$")); }
    void malformedHashes_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain text") << QByteArray("DemoPass-2026");
        QTest::newRow("wrong scheme") << QByteArray("md5$1$AAAA$AAAA");
        QTest::newRow("zero iterations") << QByteArray("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAA");
        QTest::newRow("huge iterations") << QByteArray("pbkdf2-sha256$999999999$AAAA$AAAA");
        QTest::newRow("bad base64") << QByteArray("pbkdf2-sha256$1000$!!!$@@@");
        QTest::newRow("short hash") << QByteArray("pbkdf2-sha256$1000$AAAA$AAAA");
    }
    void malformedHashes()
    {
        QFETCH(QByteArray, stored);
        QVERIFY(!PasswordHash::verify("DemoPass-2026", stored));
    }
    void secretBox()
    {
        SecretBox box(randomBytes(SecretBox::KeyBytes));
        const QByteArray sealed = box.seal("totp secret", "alice|active");
        QVERIFY(!sealed.contains("totp"));
        QCOMPARE(box.open(sealed, "alice|active"), std::optional<QByteArray>("totp secret"));
        QVERIFY(!box.open(sealed, "bob|active").has_value()); // bound to its owner
        QByteArray tampered = QByteArray::fromBase64(sealed);
        tampered[14] = char(tampered[14] ^ 1);
        QVERIFY(!box.open(tampered.toBase64(), "alice|active").has_value());
        QVERIFY(!box.open("not base64 !", "alice|active").has_value());
        SecretBox other(randomBytes(SecretBox::KeyBytes));
        QVERIFY(!other.open(sealed, "alice|active").has_value());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
