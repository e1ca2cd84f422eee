#include "qr_code_widget.h"

#include "qr_image.h"

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
    m_cache = QImage();
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
    const int module = devicePixelsPerModule();
    const qreal dpr = devicePixelRatioF();
    // Painting happens on every expose; the image only changes with the code
    // or the size.
    if (m_cache.isNull() || m_cacheModule != module || m_cache.devicePixelRatio() != dpr) {
        m_cache = renderQrImage(*m_matrix, module);
        m_cache.setDevicePixelRatio(dpr);
        m_cacheModule = module;
    }
    return m_cache;
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
