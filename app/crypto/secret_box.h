#pragma once

#include <QByteArray>
#include <optional>

namespace pbx::crypto {

// Authenticated encryption (AES-256-GCM) of small secrets at rest, such as
// the simulator's TOTP secrets: the data directory never holds them in clear.
class SecretBox
{
public:
    static constexpr int KeyBytes = 32;

    explicit SecretBox(QByteArray key);
    ~SecretBox();
    SecretBox(const SecretBox &) = delete;
    SecretBox &operator=(const SecretBox &) = delete;

    // nonce | ciphertext | tag, base64-encoded. associatedData binds the
    // ciphertext to its owner so it cannot be moved to another record.
    QByteArray seal(const QByteArray &plain, const QByteArray &associatedData) const;
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &associatedData) const;

private:
    QByteArray m_key;
};

} // namespace pbx::crypto
