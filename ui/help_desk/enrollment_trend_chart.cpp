#include "enrollment_trend_chart.h"

#include "chart_file.h"
#include "console/enrollment_trend_model.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace pbx::ui {

EnrollmentTrendChart::EnrollmentTrendChart(const EnrollmentTrendModel &model, QWidget *parent)
    : QWidget(parent), m_model(&model)
{
    setAccessibleName(tr("Enrollments per week"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(&model, &QAbstractItemModel::modelReset, this, &EnrollmentTrendChart::modelChanged);
    modelChanged();
}

QSize EnrollmentTrendChart::sizeHint() const
{
    return {460, 9 * fontMetrics().height()};
}

QSize EnrollmentTrendChart::minimumSizeHint() const
{
    return {240, 7 * fontMetrics().height()};
}

void EnrollmentTrendChart::setMessage(const QString &message)
{
    m_message = message;
    modelChanged();
}

void EnrollmentTrendChart::modelChanged()
{
    // What a screen reader says instead of the picture.
    const QLocale l = locale();
    if (!m_message.isEmpty() || !m_model || m_model->weekCount() == 0)
        setAccessibleDescription(m_message);
    else
        setAccessibleDescription(tr("%1 enrollments in the %n weeks from %2; the busiest week had %3. The table "
                                    "\"By week\" lists every week.", nullptr, m_model->weekCount())
                                     .arg(l.toString(m_model->total()),
                                          l.toString(m_model->weekStart(0), QLocale::ShortFormat),
                                          l.toString(m_model->busiestWeek())));
    update();
}

int EnrollmentTrendChart::scaleTop() const
{
    const int busiest = m_model ? m_model->busiestWeek() : 0;
    // 1, 2 or 5 times a power of ten, at least the busiest week.
    for (int step = 1;; step *= 10)
        for (const int m : {1, 2, 5})
            if (m * step >= std::max(busiest, 4))
                return m * step;
}

QRect EnrollmentTrendChart::plotArea(const QRect &area) const
{
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(locale().toString(scaleTop())) + 10;
    return area.adjusted(left, fm.height() / 2 + 2, -fm.horizontalAdvance(u'0') * 2, -(fm.height() + 8));
}

QPoint EnrollmentTrendChart::pointOf(int week) const
{
    const QRect plot = plotArea(rect());
    if (!m_model || m_model->weekCount() == 0)
        return plot.bottomLeft();
    return pointIn(plot, week).toPoint();
}

QPointF EnrollmentTrendChart::pointIn(const QRect &plot, int week) const
{
    const int weeks = m_model->weekCount();
    const int x = plot.left() + (weeks == 1 ? 0 : int(qint64(plot.width()) * week / (weeks - 1)));
    return {double(x), plot.bottom() - double(plot.height()) * m_model->enrolled(week) / scaleTop()};
}

void EnrollmentTrendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    paintChart(p, rect());
}

void EnrollmentTrendChart::paintChart(QPainter &p, const QRect &area) const
{
    const QPalette &pal = palette();
    const QFontMetrics fm(p.font());
    if (!m_message.isEmpty() || !m_model || m_model->weekCount() == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? tr("No enrollments to show") : m_message);
        return;
    }
    const QRect plot = plotArea(area);
    const int weeks = m_model->weekCount(), top = scaleTop();
    // Grid lines at 0, half and the top, labelled on the left.
    for (const int value : {0, top / 2, top}) {
        const int y = plot.bottom() - int(qint64(plot.height()) * value / top);
        p.setPen(QPen(pal.color(QPalette::Mid), 1, value == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(area.left(), y - fm.height() / 2, plot.left() - area.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale().toString(value));
    }
    // A label at each month's first week, as many as fit.
    int lastLabelEnd = -1;
    for (int w = 0; w < weeks; ++w) {
        const QDate start = m_model->weekStart(w);
        if (w > 0 && start.month() == start.addDays(-7).month())
            continue;
        const int x = int(pointIn(plot, w).x());
        const QString label = locale().toString(start, u"MMM"_s);
        const int width = fm.horizontalAdvance(label);
        if (x - width / 2 <= lastLabelEnd + 6 || x + width / 2 > area.right())
            continue;
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(x, plot.bottom(), x, plot.bottom() + 3);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x - width / 2, plot.bottom() + 4, width, fm.height()), Qt::AlignCenter, label);
        lastLabelEnd = x + width / 2;
    }
    // The line, and a dot on each week.
    const auto pointAt = [&](int w) { return pointIn(plot, w); };
    // The week under way is not over: its segment is dashed.
    QPainterPath line(pointAt(0));
    for (int w = 1; w < weeks - 1; ++w)
        line.lineTo(pointAt(w));
    const QColor accent = pal.color(QPalette::Highlight);
    p.setPen(QPen(accent, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    if (weeks > 1) {
        p.setPen(QPen(accent, 2, Qt::DashLine));
        p.drawLine(pointAt(weeks - 2), pointAt(weeks - 1));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    for (int w = 0; w < weeks; ++w)
        p.drawEllipse(pointAt(w), 2.5, 2.5);
}

bool EnrollmentTrendChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model && m_model->weekCount() > 0 && m_message.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        int nearest = 0;
        for (int w = 1; w < m_model->weekCount(); ++w)
            if (std::abs(pointOf(w).x() - help->pos().x()) < std::abs(pointOf(nearest).x() - help->pos().x()))
                nearest = w;
        const QString week = locale().toString(m_model->weekStart(nearest), QLocale::ShortFormat);
        QToolTip::showText(help->globalPos(),
                           nearest == m_model->weekCount() - 1
                               ? tr("Week of %1, so far: %n enrolled", nullptr, m_model->enrolled(nearest)).arg(week)
                               : tr("Week of %1: %n enrolled", nullptr, m_model->enrolled(nearest)).arg(week),
                           this);
        return true;
    }
    return QWidget::event(event);
}

bool EnrollmentTrendChart::exportChart(const QString &path, QString *error) const
{
    const int h = fontMetrics().height() + 10;
    ChartDrawing drawing;
    drawing.title = accessibleName();
    drawing.description = accessibleDescription();
    drawing.size = QSize(900, 320);
    drawing.paint = [&](QPainter &p, const QSize &size) {
        p.setFont(font());
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(6, 0, size.width() - 12, h), Qt::AlignVCenter | Qt::AlignLeft, accessibleName());
        paintChart(p, QRect(6, h + 4, size.width() - 12, size.height() - h - 10));
    };
    return ChartFile::write(path, drawing, error);
}

} // namespace pbx::ui
