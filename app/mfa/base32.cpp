#include "base32.h"

#include <QString>

namespace pbx::mfa {

static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QByteArray base32Encode(const QByteArray &data)
{
    QByteArray out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(Alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(Alphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

std::optional<QByteArray> base32Decode(QByteArrayView text)
{
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == '=')
        --end;
    QByteArray out;
    out.reserve(end * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = text[i];
        int value;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= 'a' && c <= 'z')
            value = c - 'a';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        else
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    // A lone trailing character (5 bits) or three (15 bits) cannot come from
    // whole bytes: such input is corrupt.
    if (bits >= 5)
        return std::nullopt;
    return out;
}

QString groupForDisplay(const QByteArray &base32, int groupSize)
{
    QString out;
    for (qsizetype i = 0; i < base32.size(); i += groupSize) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += QString::fromLatin1(base32.mid(i, groupSize));
    }
    return out;
}

QByteArray normalizeTypedKey(const QString &typed)
{
    QByteArray out;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out.append(c.toUpper().toLatin1());
    }
    return out;
}

} // namespace pbx::mfa
