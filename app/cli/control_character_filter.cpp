#include "control_character_filter.h"

#include <QFileDevice>

namespace pbx::cli {

namespace {
constexpr char Replacement[] = "\xEF\xBF\xBD"; // U+FFFD

bool isC0OrDelete(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
}
} // namespace

ControlCharacterFilter::ControlCharacterFilter(QIODevice *target, QObject *parent)
    : QIODevice(parent), m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QByteArray ControlCharacterFilter::filtered(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '\r' && i + 1 < utf8.size() && utf8[i + 1] == '\n') {
            out += "\r\n"; // a line's end (CSV's): it cannot hide the line
            ++i;
        } else if (isC0OrDelete(c)) {
            out += Replacement;
        } else if (c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0x80
                   && static_cast<unsigned char>(utf8[i + 1]) <= 0x9F) {
            out += Replacement; // U+0080..U+009F, the C1 controls
            ++i;
        } else {
            out += char(c);
        }
    }
    return out;
}

qint64 ControlCharacterFilter::readData(char *, qint64)
{
    return -1;
}

qint64 ControlCharacterFilter::writeData(const char *data, qint64 size)
{
    // QTextStream writes whole characters, so a write never ends inside a
    // two-byte C1 control.
    const QByteArray out = filtered(QByteArrayView(data, size));
    if (m_target->write(out) != out.size())
        return -1;
    // At once, as QTextStream's flush() means it (and in order with the other stream).
    if (auto *file = qobject_cast<QFileDevice *>(m_target))
        file->flush();
    return size;
}

} // namespace pbx::cli
