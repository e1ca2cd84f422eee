#include "mfa/base32.h"
#include "mfa/totp.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace pbx::mfa;

Q_DECLARE_METATYPE(pbx::mfa::HashAlgorithm)

namespace {
// RFC 6238 Appendix B uses a different seed length per algorithm.
const QByteArray Seed20 = "12345678901234567890";
const QByteArray Seed32 = "12345678901234567890123456789012";
const QByteArray Seed64 = "1234567890123456789012345678901234567890123456789012345678901234";
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT
private slots:
    void rfc4226_data()
    {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QString>("expected");
        const char *values[] = {"755224", "287082", "359152", "969429", "338314",
                                "254676", "287922", "162583", "399871", "520489"};
        for (quint64 i = 0; i < 10; ++i)
            QTest::addRow("counter %llu", i) << i << QString::fromLatin1(values[i]);
    }
    void rfc4226()
    {
        QFETCH(quint64, counter);
        QFETCH(QString, expected);
        QCOMPARE(hotp(Seed20, counter, HashAlgorithm::Sha1, 6), expected);
    }

    void rfc6238_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<HashAlgorithm>("algorithm");
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QString>("expected");
        const struct { qint64 t; const char *sha1, *sha256, *sha512; } table[] = {
            {59, "94287082", "46119246", "90693936"},
            {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"},
            {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"},
            {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const auto &row : table) {
            QTest::addRow("SHA1 %lld", row.t) << row.t << HashAlgorithm::Sha1 << Seed20 << QString::fromLatin1(row.sha1);
            QTest::addRow("SHA256 %lld", row.t) << row.t << HashAlgorithm::Sha256 << Seed32 << QString::fromLatin1(row.sha256);
            QTest::addRow("SHA512 %lld", row.t) << row.t << HashAlgorithm::Sha512 << Seed64 << QString::fromLatin1(row.sha512);
        }
    }
    void rfc6238()
    {
        QFETCH(qint64, time);
        QFETCH(HashAlgorithm, algorithm);
        QFETCH(QByteArray, seed);
        QFETCH(QString, expected);
        const TotpParameters params{algorithm, 8, 30};
        QCOMPARE(totp(seed, time, params), expected);
        QCOMPARE(verifyTotp(seed, expected, time, params), std::optional<quint64>(totpStep(time, 30)));
    }

    void window()
    {
        const qint64 now = 1700000000;
        const QString previous = totp(Seed20, now - 30);
        const QString next = totp(Seed20, now + 30);
        const QString old = totp(Seed20, now - 90);
        QCOMPARE(verifyTotp(Seed20, previous, now), std::optional<quint64>(totpStep(now, 30) - 1));
        QCOMPARE(verifyTotp(Seed20, next, now), std::optional<quint64>(totpStep(now, 30) + 1));
        QVERIFY(!verifyTotp(Seed20, old, now).has_value());
        QVERIFY(!verifyTotp(Seed20, QStringLiteral("12345"), now).has_value()); // wrong length
        QVERIFY(!verifyTotp(Seed20, totp(Seed20, now), now, TotpParameters{HashAlgorithm::Sha1, 8, 30}).has_value());
    }

    // An independent implementation agrees: oathtool computes what a phone would.
    void matchesOathtool()
    {
        const QString oathtool = QStandardPaths::findExecutable(QStringLiteral("oathtool"));
        if (oathtool.isEmpty())
            QSKIP("oathtool is not installed (the README's test command installs it)");
        const QByteArray secret = QByteArray::fromHex("3132333435363738393031323334353637383930aabbccdd");
        const qint64 now = 1800000000;
        QProcess p;
        p.start(oathtool, {QStringLiteral("--totp"), QStringLiteral("-b"), QStringLiteral("--now"),
                           QStringLiteral("@%1").arg(now), QString::fromLatin1(base32Encode(secret))});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(QString::fromLatin1(p.readAllStandardOutput().trimmed()), totp(secret, now));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
