#include "portal/tls_trust.h"
#include "sim/certificate_factory.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pbx;

namespace {
QSslCertificate certificate(const sim::CertificateSpec &spec = {})
{
    const auto made = sim::makeCertificate(spec);
    return made ? QSslCertificate(made->certificatePem, QSsl::Pem) : QSslCertificate();
}
} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<QList<int>>("errors");
        QTest::addColumn<int>("problem");
        QTest::newRow("self-signed") << QList<int>{QSslError::SelfSignedCertificate} << int(TlsProblem::Untrusted);
        QTest::newRow("unknown CA") << QList<int>{QSslError::UnableToGetLocalIssuerCertificate} << int(TlsProblem::Untrusted);
        QTest::newRow("expired") << QList<int>{QSslError::CertificateExpired} << int(TlsProblem::Expired);
        QTest::newRow("expired and self-signed")
            << QList<int>{QSslError::SelfSignedCertificate, QSslError::CertificateExpired} << int(TlsProblem::Expired);
        QTest::newRow("not yet valid") << QList<int>{QSslError::CertificateNotYetValid} << int(TlsProblem::NotYetValid);
        QTest::newRow("wrong host") << QList<int>{QSslError::HostNameMismatch} << int(TlsProblem::HostMismatch);
        QTest::newRow("revoked") << QList<int>{QSslError::CertificateRevoked} << int(TlsProblem::Other);
    }
    void classify()
    {
        QFETCH(QList<int>, errors);
        QFETCH(int, problem);
        const QSslCertificate peer = certificate();
        QList<QSslError> list;
        for (int e : errors)
            list.append(QSslError(QSslError::SslError(e), peer));
        const auto verdict = TlsTrust().evaluate(list, peer);
        QVERIFY(!verdict.ok()); // without a pin, nothing is ignored
        QCOMPARE(verdict.error().kind, ErrorKind::Tls);
        QCOMPARE(int(verdict.error().tlsProblem), problem);
        QCOMPARE(verdict.error().certificate.sha256, sha256Fingerprint(peer));
        QVERIFY(verdict.error().message().size() > 10);
    }

    void pinCoversOnlyChainErrorsOfThatCertificate()
    {
        const QSslCertificate peer = certificate();
        const TlsTrust pinned = TlsTrust::withPin(sha256Fingerprint(peer));
        const QList<QSslError> chain{QSslError(QSslError::SelfSignedCertificate, peer)};
        const auto accepted = pinned.evaluate(chain, peer);
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.value(), chain); // exactly those errors, no blanket ignore
        QVERIFY(!pinned.checkPeer(peer).has_value());

        const auto expired = pinned.evaluate({QSslError(QSslError::CertificateExpired, peer)}, peer);
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().tlsProblem, TlsProblem::Expired);

        const QSslCertificate other = certificate();
        const auto mismatch = pinned.evaluate({QSslError(QSslError::SelfSignedCertificate, other)}, other);
        QVERIFY(!mismatch.ok());
        QCOMPARE(mismatch.error().tlsProblem, TlsProblem::PinMismatch);
        // Even a certificate the system trusts is refused when it is not the pinned one.
        QCOMPARE(pinned.checkPeer(other)->tlsProblem, TlsProblem::PinMismatch);
    }

    void caFile()
    {
        QTemporaryDir dir;
        const auto ca = sim::makeCertificate({QStringLiteral("Test CA"), QStringLiteral("Test"), {}, {},
                                              QDateTime::currentDateTimeUtc().addDays(-1),
                                              QDateTime::currentDateTimeUtc().addDays(30), true, {}, {}});
        QVERIFY(ca.has_value());
        QFile file(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ca->certificatePem);
        file.close();
        const auto trust = TlsTrust::withCaFile(file.fileName());
        QVERIFY(trust.ok());
        QVERIFY(trust.value().configuration().caCertificates().contains(QSslCertificate(ca->certificatePem)));
        QCOMPARE(trust.value().configuration().protocol(), QSsl::TlsV1_2OrLater);

        QVERIFY(!TlsTrust::withCaFile(dir.filePath(QStringLiteral("missing.pem"))).ok());
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        QCOMPARE(TlsTrust::withCaFile(junk.fileName()).error().kind, ErrorKind::InvalidInput);
    }

    void fingerprints()
    {
        const QByteArray digest = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const QString text = formatFingerprint(digest);
        QVERIFY(text.startsWith(QStringLiteral("00:11:22")));
        QCOMPARE(parseFingerprint(text), digest);
        QCOMPARE(parseFingerprint(text.toLower().remove(QLatin1Char(':'))), digest);
        QVERIFY(parseFingerprint(QStringLiteral("00:11")).isEmpty());
        QString bad = text;
        QVERIFY(parseFingerprint(bad.replace(0, 1, QLatin1Char('g'))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "tst_tls_trust.moc"
