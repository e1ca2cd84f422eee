#pragma once

#include "mfa/qr_matrix.h"

#include <QImage>
#include <QWidget>
#include <optional>

namespace pbx::ui {

// A QR code drawn dark on white with its 4-module quiet zone whatever the
// theme, at a whole number of device pixels per module (crisp on HiDPI).
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MinimumLogicalSize = 220;

    explicit QrCodeWidget(QWidget *parent = nullptr);
    void setMatrix(std::optional<mfa::QrMatrix> matrix);
    const std::optional<mfa::QrMatrix> &matrix() const { return m_matrix; }

    // Device pixels per module at the current size (for tests).
    int devicePixelsPerModule() const;
    // The code as painted, one pixel per device pixel.
    QImage renderImage() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<mfa::QrMatrix> m_matrix;
    mutable QImage m_cache;
    mutable int m_cacheModule = 0;
};

} // namespace pbx::ui
