#include "qr_code_widget.h"

#include <QPainter>

namespace pbx::ui {

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("QR code for your authenticator app"));
    setAccessibleDescription(
        tr("Scan this code with your authenticator app. If you cannot scan it, choose “Can't scan the code?” "
           "to see the key and type it into the app."));
}

void QrCodeWidget::setMatrix(std::optional<mfa::QrMatrix> matrix)
{
    m_matrix = std::move(matrix);
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    return {260, 260};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    return {MinimumLogicalSize, MinimumLogicalSize};
}

int QrCodeWidget::devicePixelsPerModule() const
{
    if (!m_matrix)
        return 0;
    const int available = int(std::min(width(), height()) * devicePixelRatioF());
    return std::max(1, available / m_matrix->sizeWithQuietZone());
}

QImage QrCodeWidget::renderImage() const
{
    if (!m_matrix)
        return {};
    const int n = m_matrix->sizeWithQuietZone();
    const int module = devicePixelsPerModule();
    QImage image(n * module, n * module, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (m_matrix->isDarkWithQuietZone(x, y))
                p.fillRect(x * module, y * module, module, module, Qt::black);
    p.end();
    image.setDevicePixelRatio(devicePixelRatioF());
    return image;
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    // White around the code too, so the quiet zone is never tinted by a
    // dark theme.
    p.fillRect(rect(), Qt::white);
    const QImage image = renderImage();
    if (image.isNull())
        return;
    // Centre on a whole device pixel so modules stay sharp.
    const qreal dpr = devicePixelRatioF();
    const int x = int((width() * dpr - image.width()) / 2);
    const int y = int((height() * dpr - image.height()) / 2);
    p.drawImage(QPointF(x / dpr, y / dpr), image);
}

} // namespace pbx::ui
