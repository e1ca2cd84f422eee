#include "qr_decode.h"

#include <QStringList>

#include <zbar.h>

namespace pbx::test {

using namespace zbar;

GrayImage renderGrid(const ModuleGrid &grid, int scale)
{
    GrayImage img;
    img.height = int(grid.size()) * scale;
    img.width = grid.empty() ? 0 : int(grid.front().size()) * scale;
    img.pixels.assign(size_t(img.width) * size_t(img.height), 255);
    for (size_t y = 0; y < grid.size(); ++y)
        for (size_t x = 0; x < grid[y].size(); ++x)
            if (grid[y][x])
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        img.pixels[(y * scale + dy) * size_t(img.width) + x * scale + dx] = 0;
    return img;
}

ModuleGrid gridOf(const mfa::QrMatrix &matrix)
{
    const int n = matrix.sizeWithQuietZone();
    ModuleGrid grid(n, std::vector<bool>(n));
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            grid[y][x] = matrix.isDarkWithQuietZone(x, y);
    return grid;
}

ModuleGrid parseHalfBlocks(const QString &text)
{
    ModuleGrid grid;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.remove(QStringLiteral("\x1b[30;107m"));
        line.remove(QStringLiteral("\x1b[0m"));
        if (line.isEmpty())
            continue;
        std::vector<bool> top, bottom;
        for (const QChar c : line) {
            top.push_back(c.unicode() == 0x2588 || c.unicode() == 0x2580);
            bottom.push_back(c.unicode() == 0x2588 || c.unicode() == 0x2584);
        }
        grid.push_back(top);
        grid.push_back(bottom);
    }
    return grid;
}

std::optional<QByteArray> decodeWithZbar(const GrayImage &image)
{
    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *zimg = zbar_image_create();
    zbar_image_set_format(zimg, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(zimg, unsigned(image.width), unsigned(image.height));
    zbar_image_set_data(zimg, image.pixels.data(), image.pixels.size(), nullptr);
    std::optional<QByteArray> result;
    if (zbar_scan_image(scanner, zimg) > 0) {
        const zbar_symbol_t *symbol = zbar_image_first_symbol(zimg);
        result = QByteArray(zbar_symbol_get_data(symbol), int(zbar_symbol_get_data_length(symbol)));
    }
    zbar_image_destroy(zimg);
    zbar_image_scanner_destroy(scanner);
    return result;
}

} // namespace pbx::test
