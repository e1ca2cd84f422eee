#include "terminal_qr.h"

namespace pbx::cli {

QString renderHalfBlocks(const mfa::QrMatrix &matrix, bool ansiColors)
{
    const int n = matrix.sizeWithQuietZone();
    QString out;
    for (int y = 0; y < n; y += 2) {
        if (ansiColors)
            out += QLatin1String("\x1b[30;107m"); // black on bright white
        for (int x = 0; x < n; ++x) {
            const bool top = matrix.isDarkWithQuietZone(x, y);
            const bool bottom = y + 1 < n && matrix.isDarkWithQuietZone(x, y + 1);
            out += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QChar(u' ');
        }
        if (ansiColors)
            out += QLatin1String("\x1b[0m");
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace pbx::cli
