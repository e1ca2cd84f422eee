#include "secret_box.h"

#include "random_bytes.h"

#include <QList>
#include <QString>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <memory>

namespace pbx::crypto {

namespace {
constexpr int NonceBytes = 12;
constexpr int TagBytes = 16;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
auto uc(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
} // namespace

SecretBox::SecretBox(QByteArray key) : m_key(std::move(key))
{
    Q_ASSERT(m_key.size() == KeyBytes);
}

SecretBox::~SecretBox()
{
    OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
}

QByteArray SecretBox::seal(const QByteArray &plain, const QByteArray &associatedData) const
{
    const QByteArray nonce = randomBytes(NonceBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plain.size() + TagBytes, Qt::Uninitialized);
    int len = 0;
    int total = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, uc(m_key), uc(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, uc(associatedData), int(associatedData.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, uc(plain), int(plain.size())) != 1)
        return {};
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + total, &len) != 1)
        return {};
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagBytes, out.data() + total) != 1)
        return {};
    out.resize(total + TagBytes);
    return QByteArray(nonce + out).toBase64();
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed, const QByteArray &associatedData) const
{
    const auto decoded = QByteArray::fromBase64Encoding(sealed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < NonceBytes + TagBytes)
        return std::nullopt;
    const QByteArray &raw = decoded.decoded;
    const QByteArray nonce = raw.left(NonceBytes);
    const QByteArray cipher = raw.mid(NonceBytes, raw.size() - NonceBytes - TagBytes);
    QByteArray tag = raw.right(TagBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, uc(m_key), uc(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, uc(associatedData), int(associatedData.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &len, uc(cipher), int(cipher.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagBytes, tag.data()) != 1) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return std::nullopt;
    }
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + len, &finalLen) != 1) {
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return std::nullopt;
    }
    plain.resize(len + finalLen);
    return plain;
}

} // namespace pbx::crypto
