#include "chart_file.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace pbx::ui {

namespace {
QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}
} // namespace

bool ChartFile::hasKnownSuffix(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == u"png" || suffix == u"svg" || suffix == u"pdf";
}

bool ChartFile::isImage(const QString &path)
{
    return suffixOf(path) == u"png";
}

bool ChartFile::write(const QString &path, const ChartDrawing &drawing, QString *error)
{
    if (!hasKnownSuffix(path)) {
        *error = tr("Choose a file name ending in .png, .svg or .pdf.");
        return false;
    }
    const QString suffix = suffixOf(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool written = true;
    if (suffix == u"pdf") {
        QPdfWriter pdf(&file);
        pdf.setTitle(drawing.title);
        pdf.setCreator(QCoreApplication::applicationName());
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        pdf.setResolution(96); // the painter's units are the screen's pixels
        QPainter p(&pdf);
        if (drawing.paintPages) {
            drawing.paintPages(pdf, p);
        } else {
            const double scale = std::min(1.0, double(pdf.width()) / drawing.size.width());
            p.scale(scale, scale);
            drawing.paint(p, drawing.size);
        }
        written = p.end();
    } else if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(drawing.size);
        svg.setViewBox(QRect(QPoint(0, 0), drawing.size));
        svg.setTitle(drawing.title);
        svg.setDescription(drawing.description);
        QPainter p(&svg);
        drawing.paint(p, drawing.size);
        written = p.end();
    } else {
        QImage image(drawing.size, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        drawing.paint(p, drawing.size);
        p.end();
        written = image.save(&file, "PNG");
    }
    if (!written || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pbx::ui
