#pragma once

#include "common/result.h"

#include <QByteArray>
#include <vector>

namespace pbx::mfa {

enum class QrError { Empty, TooLong, EncoderFailed };

// The modules of a QR code (no quiet zone), computed by libqrencode.
// Drawing is left to the UI and the terminal so both show the same code.
class QrMatrix
{
public:
    static constexpr int QuietZoneModules = 4;

    static Result<QrMatrix, QrError> encode(const QByteArray &text);

    int size() const { return m_size; }
    bool isDark(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules[size_t(y) * size_t(m_size) + size_t(x)];
    }
    // Same, with the 4-module quiet zone around it: coordinates run from 0
    // to sizeWithQuietZone() - 1 and the border is always light.
    int sizeWithQuietZone() const { return m_size + 2 * QuietZoneModules; }
    bool isDarkWithQuietZone(int x, int y) const { return isDark(x - QuietZoneModules, y - QuietZoneModules); }

private:
    QrMatrix() = default;
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace pbx::mfa
