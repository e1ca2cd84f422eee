#include "jwt_codec.h"

#include "crypto/hmac.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pbx::sim {

namespace {
constexpr auto B64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QByteArray Header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(B64);
} // namespace

QString JwtCodec::sign(const QJsonObject &claims) const
{
    const QByteArray signingInput = Header + '.' + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(B64);
    const QByteArray mac = crypto::hmac(crypto::HashAlgorithm::Sha256, m_key, signingInput);
    return QString::fromLatin1(signingInput + '.' + mac.toBase64(B64));
}

std::optional<QJsonObject> JwtCodec::verify(const QString &token) const
{
    if (token.size() > 16 * 1024)
        return std::nullopt;
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto header = QByteArray::fromBase64Encoding(parts[0], B64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto payload = QByteArray::fromBase64Encoding(parts[1], B64 | QByteArray::AbortOnBase64DecodingErrors);
    const auto mac = QByteArray::fromBase64Encoding(parts[2], B64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!header || !payload || !mac)
        return std::nullopt;
    // Check the algorithm ourselves: never let the token choose it.
    if (QJsonDocument::fromJson(header.decoded).object().value(u"alg"_s).toString() != u"HS256")
        return std::nullopt;
    const QByteArray expected =
        crypto::hmac(crypto::HashAlgorithm::Sha256, m_key, QByteArray(parts[0] + '.' + parts[1]));
    if (!crypto::constantTimeEquals(expected, mac.decoded))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.decoded);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace pbx::sim
