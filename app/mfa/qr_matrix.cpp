#include "qr_matrix.h"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace pbx::mfa {

Result<QrMatrix, QrError> QrMatrix::encode(const QByteArray &text)
{
    if (text.isEmpty())
        return QrError::Empty;
    // Byte mode and error correction level M: a phone camera copes with a
    // little glare, and an otpauth URI still fits a modest version.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return errno == ERANGE ? QrError::TooLong : QrError::EncoderFailed;
    QrMatrix m;
    m.m_size = code->width;
    m.m_modules.resize(size_t(code->width) * size_t(code->width));
    for (size_t i = 0; i < m.m_modules.size(); ++i)
        m.m_modules[i] = code->data[i] & 1;
    return m;
}

} // namespace pbx::mfa
