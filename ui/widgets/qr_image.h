#pragma once

#include "mfa/qr_matrix.h"

#include <QImage>

namespace pbx::ui {

// The code as an image: dark modules on white, the quiet zone included,
// each module a square of `modulePixels` pixels. Written straight into the
// scan lines (no QPainter), so rendering costs microseconds.
QImage renderQrImage(const mfa::QrMatrix &matrix, int modulePixels);

} // namespace pbx::ui
