#include "cli/terminal_qr.h"
#include "mfa/otpauth_uri.h"
#include "mfa/qr_matrix.h"
#include "support/qr_decode.h"

#include <QTest>

using namespace pbx;

class TestQrMatrix : public QObject
{
    Q_OBJECT
private slots:
    void decodesBack_data()
    {
        QTest::addColumn<QByteArray>("text");
        mfa::OtpauthUri key;
        key.issuer = QStringLiteral("PBX Demo Portal");
        key.account = QStringLiteral("manager@acme.demo");
        key.secret = QByteArray::fromHex("3132333435363738393031323334353637383930");
        QTest::newRow("demo enrollment") << key.toString().toUtf8();
        key.issuer = QStringLiteral("Café & Co: Ops");
        key.account = QStringLiteral("chloé.côté@initech.demo");
        key.parameters = {mfa::HashAlgorithm::Sha512, 8, 60};
        key.secret = QByteArray(64, '\x5a');
        QTest::newRow("long, encoded label") << key.toString().toUtf8();
        QTest::newRow("short") << QByteArray("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP");
    }
    void decodesBack()
    {
        QFETCH(QByteArray, text);
        const auto matrix = mfa::QrMatrix::encode(text);
        QVERIFY(matrix.ok());
        QVERIFY(matrix.value().size() >= 21);
        // Quiet zone is light all round.
        const int n = matrix.value().sizeWithQuietZone();
        for (int i = 0; i < n; ++i)
            for (int q = 0; q < mfa::QrMatrix::QuietZoneModules; ++q) {
                QVERIFY(!matrix.value().isDarkWithQuietZone(i, q));
                QVERIFY(!matrix.value().isDarkWithQuietZone(q, i));
                QVERIFY(!matrix.value().isDarkWithQuietZone(i, n - 1 - q));
                QVERIFY(!matrix.value().isDarkWithQuietZone(n - 1 - q, i));
            }
        const auto decoded = test::decodeWithZbar(test::renderGrid(test::gridOf(matrix.value()), 4));
        QCOMPARE(decoded, std::optional<QByteArray>(text));
    }

    // The terminal drawing holds exactly the same modules, and scans.
    void terminalRendering_data()
    {
        QTest::addColumn<bool>("ansi");
        QTest::newRow("plain") << false;
        QTest::newRow("ansi colours") << true;
    }
    void terminalRendering()
    {
        QFETCH(bool, ansi);
        const QByteArray text("otpauth://totp/PBX:manager@acme.demo?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=PBX");
        const auto matrix = mfa::QrMatrix::encode(text);
        QVERIFY(matrix.ok());
        const QString drawing = cli::renderHalfBlocks(matrix.value(), ansi);
        QCOMPARE(drawing.contains(QStringLiteral("\x1b[")), ansi);
        test::ModuleGrid parsed = test::parseHalfBlocks(drawing);
        const test::ModuleGrid expected = test::gridOf(matrix.value());
        // An odd module count leaves one light padding row at the bottom.
        QVERIFY(parsed.size() == expected.size() || parsed.size() == expected.size() + 1);
        parsed.resize(expected.size());
        QVERIFY(parsed == expected);
        QCOMPARE(test::decodeWithZbar(test::renderGrid(parsed, 3)), std::optional<QByteArray>(text));
    }

    void errors()
    {
        QCOMPARE(mfa::QrMatrix::encode({}).error(), mfa::QrError::Empty);
        QCOMPARE(mfa::QrMatrix::encode(QByteArray(8000, 'x')).error(), mfa::QrError::TooLong);
    }
};

QTEST_GUILESS_MAIN(TestQrMatrix)
#include "tst_qr_matrix.moc"
