#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pbx::sim {

// HS256 JSON Web Tokens signed with the simulator's key.
class JwtCodec
{
public:
    explicit JwtCodec(QByteArray key) : m_key(std::move(key)) {}
    QString sign(const QJsonObject &claims) const;
    // The claims if the signature is ours and the header is HS256; expiry
    // and revocation are the caller's business.
    std::optional<QJsonObject> verify(const QString &token) const;

private:
    QByteArray m_key;
};

} // namespace pbx::sim
