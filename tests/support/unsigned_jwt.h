#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbx::test {

// A token with these claims, as a portal sends it. The signature is not
// one: the client reads a token's claims and never checks its signature
// (only the portal holds the key).
inline QByteArray unsignedJwt(const QJsonObject &claims)
{
    constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(base64url) + '.'
        + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64url) + ".c2ln";
}

} // namespace pbx::test
