#include "packed_texts.h"

namespace pbx {

void PackedTexts::clear()
{
    m_bytes = QByteArray();
    m_spans = {};
}

void PackedTexts::reserve(size_t rows, size_t bytes)
{
    m_spans.reserve(rows);
    m_bytes.reserve(qsizetype(bytes));
}

PackedTexts::Span PackedTexts::store(QByteArrayView text)
{
    const Span span{std::uint32_t(m_bytes.size()), std::uint32_t(text.size())};
    // Grow by half, not QByteArray's exact fit after reserve(): pages arrive
    // one after another.
    if (m_bytes.capacity() - m_bytes.size() < text.size())
        m_bytes.reserve(m_bytes.size() + std::max<qsizetype>(text.size(), m_bytes.size() / 2));
    m_bytes.append(text);
    return span;
}

void PackedTexts::append(QByteArrayView text)
{
    m_spans.push_back(store(text));
}

void PackedTexts::set(size_t row, QByteArrayView text)
{
    Span &span = m_spans[row];
    if (text.size() <= qsizetype(span.length)) {
        std::copy(text.begin(), text.end(), m_bytes.data() + span.offset);
        span.length = std::uint32_t(text.size());
        return;
    }
    span = store(text);
}

} // namespace pbx
