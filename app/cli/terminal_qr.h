#pragma once

#include "mfa/qr_matrix.h"

#include <QString>

namespace pbx::cli {

// Draws a QR code with Unicode half blocks, two module rows per text line,
// quiet zone included. With `ansiColors`, modules are forced dark on white
// so the code scans whatever the terminal's theme; without, dark modules
// are the block characters (for files and light terminals).
QString renderHalfBlocks(const mfa::QrMatrix &matrix, bool ansiColors);

} // namespace pbx::cli
