#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cstdint>
#include <vector>

namespace pbx {

// One short byte string per row, all in one buffer: the filter's search
// texts and sort keys. A QByteArray per row costs its 24-byte handle and a
// heap block besides the text (about 60 bytes a row at 200,000 users), and
// scanning them in turn jumps around the heap; here a scan reads one buffer
// front to back.
class PackedTexts
{
public:
    void clear();
    void reserve(size_t rows, size_t bytes);
    size_t size() const { return m_spans.size(); }
    // Adds a row at the end.
    void append(QByteArrayView text);
    // Replaces a row's text: in place when it fits, else at the end (the
    // old bytes stay unused until the next clear()).
    void set(size_t row, QByteArrayView text);
    QByteArrayView at(size_t row) const
    {
        const Span s = m_spans[row];
        return QByteArrayView(m_bytes.constData() + s.offset, qsizetype(s.length));
    }

private:
    // 32 bits: 4 GiB of text would be some 50 million users.
    struct Span
    {
        std::uint32_t offset = 0, length = 0;
    };
    Span store(QByteArrayView text);

    QByteArray m_bytes;
    std::vector<Span> m_spans;
};

} // namespace pbx
