#pragma once

#include <QByteArray>
#include <optional>

namespace pbx::mfa {

// RFC 4648 base32 as authenticator apps use it: uppercase, no padding.
QByteArray base32Encode(const QByteArray &data);

// Accepts upper or lower case and optional '=' padding; rejects anything else
// (spaces included) so a typo never silently yields a different key.
std::optional<QByteArray> base32Decode(QByteArrayView text);

// Groups an encoded key in blocks of four for people to read or type.
QString groupForDisplay(const QByteArray &base32, int groupSize = 4);

// What a person typed or pasted as a key: drops spaces and dashes, uppercases.
QByteArray normalizeTypedKey(const QString &typed);

} // namespace pbx::mfa
