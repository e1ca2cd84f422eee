#include "certificate_factory.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace pbx::sim {

namespace {

template <typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool setTime(ASN1_TIME *field, const QDateTime &t)
{
    return ASN1_TIME_set(field, time_t(t.toSecsSinceEpoch())) != nullptr;
}

} // namespace

std::optional<CertificateAndKey> makeCertificate(const CertificateSpec &spec)
{
    Pkey key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert)
        return std::nullopt;

    X509Ptr issuerCert;
    Pkey issuerKey;
    if (!spec.issuerCertificatePem.isEmpty()) {
        Bio cb(BIO_new_mem_buf(spec.issuerCertificatePem.constData(), int(spec.issuerCertificatePem.size())));
        Bio kb(BIO_new_mem_buf(spec.issuerKeyPem.constData(), int(spec.issuerKeyPem.size())));
        issuerCert.reset(PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr));
        issuerKey.reset(PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, nullptr));
        if (!issuerCert || !issuerKey)
            return std::nullopt;
    }

    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    X509_set_version(cert.get(), 2);
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    if (!setTime(X509_getm_notBefore(cert.get()), spec.notBefore) || !setTime(X509_getm_notAfter(cert.get()), spec.notAfter))
        return std::nullopt;
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = spec.commonName.toUtf8();
    const QByteArray org = spec.organization.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(org.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuerCert ? X509_get_subject_name(issuerCert.get()) : name);

    X509 *issuer = issuerCert ? issuerCert.get() : cert.get();
    QByteArray san;
    for (const QString &dns : spec.dnsNames)
        san += (san.isEmpty() ? "" : ",") + QByteArray("DNS:") + dns.toUtf8();
    for (const QString &ip : spec.ipAddresses)
        san += (san.isEmpty() ? "" : ",") + QByteArray("IP:") + ip.toUtf8();
    bool ok = addExtension(cert.get(), issuer, NID_basic_constraints, spec.isCa ? "critical,CA:TRUE" : "critical,CA:FALSE")
        && addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash")
        && addExtension(cert.get(), issuer, NID_key_usage,
                        spec.isCa ? "critical,keyCertSign,cRLSign,digitalSignature" : "critical,digitalSignature");
    if (!spec.isCa)
        ok = ok && addExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth");
    if (!san.isEmpty())
        ok = ok && addExtension(cert.get(), issuer, NID_subject_alt_name, san);
    if (issuerCert)
        ok = ok && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey.get() : key.get(), EVP_sha256()) == 0)
        return std::nullopt;

    Bio certOut(BIO_new(BIO_s_mem()));
    Bio keyOut(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certOut.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return std::nullopt;
    return CertificateAndKey{bioBytes(certOut.get()), bioBytes(keyOut.get())};
}

} // namespace pbx::sim
