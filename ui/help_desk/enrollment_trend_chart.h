#pragma once

#include <QPointer>
#include <QWidget>

namespace pbx {
class EnrollmentTrendModel;
}

namespace pbx::ui {

// Enrollments per week as a line, oldest on the left (the week under way
// dashed), in the palette's colours; the model's table says the same in
// words. Hovering a week shows its figure.
class EnrollmentTrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit EnrollmentTrendChart(const EnrollmentTrendModel &model, QWidget *parent = nullptr);

    // Shown instead of the line (why there is none, or "Loading…").
    void setMessage(const QString &message);
    QString message() const { return m_message; }

    // Where week `week`'s point is drawn (for tests and tooltips).
    QPoint pointOf(int week) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The chart with its title as a file: PNG, SVG or PDF by the name's
    // suffix. False, with *error saying why.
    bool exportChart(const QString &path, QString *error) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The chart in `area`, axes and labels included.
    void paintChart(QPainter &p, const QRect &area) const;
    QRect plotArea(const QRect &area) const;
    // Where week `week`'s point falls in `plot` (the model has weeks).
    QPointF pointIn(const QRect &plot, int week) const;
    int scaleTop() const; // the y axis's top value: a round number above the busiest week
    void modelChanged();

    QPointer<const EnrollmentTrendModel> m_model;
    QString m_message;
};

} // namespace pbx::ui
