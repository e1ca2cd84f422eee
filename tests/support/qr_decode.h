#pragma once

#include "mfa/qr_matrix.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace pbx::test {

// An 8-bit grayscale picture, row by row.
struct GrayImage
{
    int width = 0;
    int height = 0;
    std::vector<unsigned char> pixels;
};

// Modules as booleans, quiet zone included, read back from some rendering.
using ModuleGrid = std::vector<std::vector<bool>>;

GrayImage renderGrid(const ModuleGrid &grid, int pixelsPerModule);
ModuleGrid gridOf(const mfa::QrMatrix &matrix);
// Reads the Unicode half-block drawing back into modules.
ModuleGrid parseHalfBlocks(const QString &text);
// Decodes with libzbar, an implementation independent of ours.
std::optional<QByteArray> decodeWithZbar(const GrayImage &image);

} // namespace pbx::test
