#pragma once

#include <QCoreApplication>
#include <QSize>

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace pbx::ui {

// A chart written to a file: PNG, SVG or PDF by the name's suffix, whole
// or not at all.
struct ChartDrawing
{
    QString title, description;
    QSize size;                                    // of the PNG and the SVG
    std::function<void(QPainter &, const QSize &)> paint; // onto a blank area of that size
    // A PDF's pages, each in the painter's device (96 units an inch); unset:
    // one page, `paint` scaled to the page's width.
    std::function<void(QPagedPaintDevice &, QPainter &)> paintPages;
};

class ChartFile
{
    Q_DECLARE_TR_FUNCTIONS(pbx::ui::ChartFile)
public:
    static bool hasKnownSuffix(const QString &path);
    static bool isImage(const QString &path); // PNG: a bitmap, its size bounded
    // False, with *error saying why, if the name has another suffix or the
    // file cannot be written.
    static bool write(const QString &path, const ChartDrawing &drawing, QString *error);
};

} // namespace pbx::ui
