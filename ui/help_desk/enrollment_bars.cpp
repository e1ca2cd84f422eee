#include "enrollment_bars.h"

#include "console/mfa_summary_model.h"

#include "chart_file.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace pbx::ui {

namespace {
QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}
} // namespace

EnrollmentBars::Colors EnrollmentBars::colors(const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Highlight), base = palette.color(QPalette::Base),
                 text = palette.color(QPalette::Text);
    // Enrolled in the theme's accent; pending a pale share of it, so the
    // gap reads as "still to do"; not required and unknown in greys mixed
    // from the text and the background, so they stand out from the
    // background in light and dark themes alike.
    return {highlight, mix(highlight, base, 0.4), mix(text, base, 0.4), mix(text, base, 0.15)};
}

EnrollmentBars::EnrollmentBars(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Enrollment by domain, most behind first"));
    setAccessibleDescription(tr("Each domain's users split into enrolled, pending and not required. The table lists "
                                "the same figures."));
}

QSize EnrollmentBars::sizeHint() const
{
    return {420, 12 * rowHeight()};
}

void EnrollmentBars::setSummaries(const QList<MfaSummary> &summaries)
{
    m_rows = summaries;
    m_current = m_rows.isEmpty() ? -1 : 0;
    verticalScrollBar()->setValue(0);
    updateScrollRange();
    viewport()->update();
}

QString EnrollmentBars::domainAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).domain : QString();
}

void EnrollmentBars::setCurrentRow(int row)
{
    if (m_rows.isEmpty())
        return;
    m_current = std::clamp(row, 0, int(m_rows.size()) - 1);
    // Keep it in view.
    const int top = m_current * rowHeight(), bottom = top + rowHeight();
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (bottom > bar->value() + viewport()->height())
        bar->setValue(bottom - viewport()->height());
    viewport()->update();
}

int EnrollmentBars::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int EnrollmentBars::rowAt(int y) const
{
    const int row = (y + verticalScrollBar()->value()) / rowHeight();
    return row >= 0 && row < m_rows.size() ? row : -1;
}

QRect EnrollmentBars::rowRect(int row) const
{
    return {0, row * rowHeight() - verticalScrollBar()->value(), viewport()->width(), rowHeight()};
}

void EnrollmentBars::updateScrollRange()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, std::max(0, int(m_rows.size()) * rowHeight() - viewport()->height()));
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(rowHeight());
}

void EnrollmentBars::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void EnrollmentBars::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateScrollRange();
        viewport()->update();
    }
}

void EnrollmentBars::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (m_rows.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No domains"));
        return;
    }
    const int first = std::max(0, rowAt(0));
    const int last = std::min(int(m_rows.size()), first + viewport()->height() / rowHeight() + 2);
    paintRows(p, first, last, rowRect(first).top(), viewport()->width(), rowHeight(), hasFocus() ? m_current : -1);
}

void EnrollmentBars::paintRows(QPainter &p, int first, int last, int top, int width, int h, int current) const
{
    const QPalette &pal = palette();
    const Colors c = colors(pal);
    const QFontMetrics fm(p.font());
    const int nameWidth = std::min(220, width * 2 / 5);
    const int figureWidth = fm.horizontalAdvance(QStringLiteral("100 %")) + 12;
    const int barLeft = nameWidth + 8, barWidth = std::max(10, width - barLeft - figureWidth - 8);
    for (int row = first; row < last; ++row) {
        const QRect r(0, top + (row - first) * h, width, h);
        const MfaSummary &s = m_rows.at(row);
        if (row == current) {
            QColor focus = pal.color(QPalette::Highlight);
            focus.setAlphaF(0.18f);
            p.fillRect(r, focus);
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(6, r.top(), nameWidth - 6, h), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(s.domain, Qt::ElideMiddle, nameWidth - 6));
        const QRect bar(barLeft, r.top() + 4, barWidth, h - 8);
        if (s.users > 0) {
            int x = bar.left();
            const std::pair<int, QColor> parts[] = {
                {s.enrolled, c.enrolled}, {s.pending, c.pending}, {s.notRequired, c.notRequired}, {s.unknown, c.unknown}};
            int counted = 0;
            for (const auto &[n, colour] : parts) {
                counted += n;
                // Ends computed from the running total: no rounding gap.
                const int end = bar.left() + int(qint64(bar.width()) * counted / s.users);
                p.fillRect(QRect(x, bar.top(), end - x, bar.height()), colour);
                x = end;
            }
        }
        p.setPen(pal.color(QPalette::Mid));
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(bar.right() + 8, r.top(), figureWidth, h), Qt::AlignVCenter | Qt::AlignRight,
                   MfaSummaryModel::progressText(s));
    }
}

int EnrollmentBars::paintHeading(QPainter &p, int width, int h) const
{
    const QFontMetrics fm(p.font());
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRect(6, 0, width - 12, h), Qt::AlignVCenter | Qt::AlignLeft, accessibleName());
    bool unknown = false;
    for (const MfaSummary &s : m_rows)
        unknown = unknown || s.unknown > 0;
    EnrollmentLegend::paint(p, {6, h}, h, palette(), fm, unknown);
    return 2 * h + 6;
}

bool EnrollmentBars::exportChart(const QString &path, QString *error) const
{
    if (ChartFile::hasKnownSuffix(path) && ChartFile::isImage(path) && m_rows.size() > MaxImageRows) {
        *error = tr("A picture holds at most %1 domains; export a PDF, which has pages, or the table.")
                     .arg(locale().toString(MaxImageRows));
        return false;
    }
    constexpr int Width = 900;
    const int h = fontMetrics().height() + 10;
    const int rows = int(m_rows.size());
    ChartDrawing drawing;
    drawing.title = accessibleName();
    drawing.description = accessibleDescription();
    drawing.size = QSize(Width, 2 * h + 6 + rows * h + 6);
    drawing.paint = [&](QPainter &p, const QSize &size) {
        p.setFont(font());
        p.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
        const int top = paintHeading(p, Width, h);
        paintRows(p, 0, rows, top, Width, h, -1);
    };
    drawing.paintPages = [&](QPagedPaintDevice &pdf, QPainter &p) {
        p.setFont(font());
        const int width = pdf.width();
        const int perPage = std::max(1, (pdf.height() - (2 * h + 6)) / h);
        for (int first = 0; first == 0 || first < rows; first += perPage) {
            if (first > 0)
                pdf.newPage();
            const int top = paintHeading(p, width, h);
            paintRows(p, first, std::min(rows, first + perPage), top, width, h, -1);
        }
    };
    return ChartFile::write(path, drawing, error);
}

void EnrollmentBars::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row < 0 || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    setCurrentRow(row);
    emit domainActivated(m_rows.at(row).domain);
}

void EnrollmentBars::keyPressEvent(QKeyEvent *event)
{
    const int page = std::max(1, viewport()->height() / rowHeight());
    switch (event->key()) {
    case Qt::Key_Up: setCurrentRow(m_current - 1); break;
    case Qt::Key_Down: setCurrentRow(m_current + 1); break;
    case Qt::Key_PageUp: setCurrentRow(m_current - page); break;
    case Qt::Key_PageDown: setCurrentRow(m_current + page); break;
    case Qt::Key_Home: setCurrentRow(0); break;
    case Qt::Key_End: setCurrentRow(int(m_rows.size()) - 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit domainActivated(m_rows.at(m_current).domain);
        break;
    default:
        return QAbstractScrollArea::keyPressEvent(event);
    }
}

QString EnrollmentBars::describe(const MfaSummary &s) const
{
    QString text = tr("%1: %2 users; %3 enrolled, %4 pending (%5 overdue), %6 not required")
                       .arg(s.domain, locale().toString(s.users), locale().toString(s.enrolled),
                            locale().toString(s.pending), locale().toString(s.overdue), locale().toString(s.notRequired));
    if (s.unknown > 0)
        text += tr("; MFA state unknown for %1").arg(locale().toString(s.unknown));
    return text;
}

bool EnrollmentBars::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        // The domain's name is the portal's text: escaped, so a tooltip
        // never takes it for markup.
        if (row >= 0)
            QToolTip::showText(help->globalPos(),
                               u"<p style=\"white-space:pre\">"_s + describe(m_rows.at(row)).toHtmlEscaped() + u"</p>"_s,
                               viewport(), rowRect(row));
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

EnrollmentLegend::EnrollmentLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Key to the bars"));
}

void EnrollmentLegend::setShowsUnknown(bool shows)
{
    m_unknown = shows;
    updateGeometry();
    update();
}

QList<std::pair<QString, QColor>> EnrollmentLegend::entries(const QPalette &palette, bool showsUnknown)
{
    const EnrollmentBars::Colors c = EnrollmentBars::colors(palette);
    QList<std::pair<QString, QColor>> out{{tr("Enrolled", "users, counted"), c.enrolled}, {tr("Pending", "users, counted"), c.pending},
                                          {tr("Not required", "users, counted"), c.notRequired}};
    if (showsUnknown)
        out.append({tr("Unknown", "users, counted"), c.unknown});
    return out;
}

QSize EnrollmentLegend::sizeHint() const
{
    int width = 0;
    for (const auto &[text, colour] : entries(palette(), m_unknown))
        width += fontMetrics().height() + 6 + fontMetrics().horizontalAdvance(text) + 18;
    return {width, fontMetrics().height() + 6};
}

void EnrollmentLegend::paint(QPainter &p, const QPoint &topLeft, int height, const QPalette &palette,
                             const QFontMetrics &fm, bool showsUnknown)
{
    const int box = fm.height() - 2;
    int x = topLeft.x();
    for (const auto &[text, colour] : entries(palette, showsUnknown)) {
        const QRect swatch(x, topLeft.y() + (height - box) / 2, box, box);
        p.fillRect(swatch, colour);
        p.setPen(palette.color(QPalette::Mid));
        p.drawRect(swatch.adjusted(0, 0, -1, -1));
        p.setPen(palette.color(QPalette::WindowText));
        const int textWidth = fm.horizontalAdvance(text);
        p.drawText(QRect(swatch.right() + 6, topLeft.y(), textWidth + 2, height), Qt::AlignVCenter | Qt::AlignLeft, text);
        x = swatch.right() + 6 + textWidth + 18;
    }
}

void EnrollmentLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(p, {0, 0}, height(), palette(), fontMetrics(), m_unknown);
}

} // namespace pbx::ui
