#include "mfa/base32.h"

#include <QTest>

using namespace pbx::mfa;

class TestBase32 : public QObject
{
    Q_OBJECT
private slots:
    void rfc4648_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        // RFC 4648 section 10, without padding.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("MY");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("MZXW6YTBOI");
    }
    void rfc4648()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(base32Encode(plain), encoded);
        QCOMPARE(base32Decode(encoded), std::optional<QByteArray>(plain));
        QCOMPARE(base32Decode(encoded.toLower()), std::optional<QByteArray>(plain));
    }
    void acceptsPadding() { QCOMPARE(base32Decode("MZXW6YQ="), std::optional<QByteArray>("foob")); }
    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("digit 1") << QByteArray("MZXW1");
        QTest::newRow("digit 8") << QByteArray("MZXW8");
        QTest::newRow("space") << QByteArray("MZXW 6");
        QTest::newRow("dash") << QByteArray("MZXW-6");
        QTest::newRow("one char") << QByteArray("M");
        QTest::newRow("three chars") << QByteArray("MZX");
        QTest::newRow("six chars") << QByteArray("MZXW6Y");
        QTest::newRow("non-ascii") << QByteArray("MZXW\xc3\xa9");
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!base32Decode(text).has_value());
    }
    void displayGroups()
    {
        QCOMPARE(groupForDisplay("ABCDEFGHIJ"), QStringLiteral("ABCD EFGH IJ"));
        QCOMPARE(normalizeTypedKey(QStringLiteral(" abcd-efgh ij ")), QByteArray("ABCDEFGHIJ"));
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
