#include "qr_image.h"

#include <cstring>

namespace pbx::ui {

QImage renderQrImage(const mfa::QrMatrix &matrix, int modulePixels)
{
    const int n = matrix.sizeWithQuietZone();
    if (modulePixels < 1 || n <= 0)
        return {};
    const int side = n * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    constexpr QRgb Dark = 0xff000000, Light = 0xffffffff;
    const size_t rowBytes = size_t(side) * sizeof(QRgb);
    for (int my = 0; my < n; ++my) {
        // One pixel row per module row, copied to the module's other rows.
        auto *first = reinterpret_cast<QRgb *>(image.scanLine(my * modulePixels));
        for (int mx = 0; mx < n; ++mx) {
            const QRgb colour = matrix.isDarkWithQuietZone(mx, my) ? Dark : Light;
            std::fill_n(first + mx * modulePixels, modulePixels, colour);
        }
        for (int r = 1; r < modulePixels; ++r)
            std::memcpy(image.scanLine(my * modulePixels + r), first, rowBytes);
    }
    return image;
}

} // namespace pbx::ui
