#pragma once

#include "portal/portal_types.h"

#include <QAbstractScrollArea>
#include <QColor>

class QPainter;

namespace pbx::ui {

// One bar per domain, split into enrolled, pending and not required (and
// unknown, for a portal that does not say), each domain's users as 100 %.
// Painted row by row, only the rows in view, so thousands of domains
// scroll as smoothly as ten. Click, Enter or Space opens a domain.
class EnrollmentBars : public QAbstractScrollArea
{
    Q_OBJECT
public:
    struct Colors
    {
        QColor enrolled, pending, notRequired, unknown;
    };
    // From the palette, so the bars follow the theme, dark ones included.
    static Colors colors(const QPalette &palette);

    explicit EnrollmentBars(QWidget *parent = nullptr);

    // In the order to show them (most behind first).
    void setSummaries(const QList<MfaSummary> &summaries);
    int count() const { return int(m_rows.size()); }
    void setCurrentRow(int row);
    QString domainAt(int row) const;
    // Where a row is drawn, in viewport coordinates (for tests and tooltips).
    QRect rowRect(int row) const;
    QSize sizeHint() const override;

    // Every domain's bar, with a title and the key, as a file: PNG, SVG or
    // PDF by the name's suffix, in the widget's palette and font. A PDF
    // has as many pages as it takes; a PNG holds at most MaxImageRows.
    // Written whole or not at all; false, with *error saying why.
    bool exportChart(const QString &path, QString *error) const;
    static constexpr int MaxImageRows = 500;

signals:
    void domainActivated(const QString &domain);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Rows [first, last) from y = top, in a band `width` wide; `current`
    // marked (-1: none).
    void paintRows(QPainter &p, int first, int last, int top, int width, int rowHeight, int current) const;
    // The title and the key above exported rows; returns their height.
    int paintHeading(QPainter &p, int width, int rowHeight) const;
    int rowHeight() const;
    int rowAt(int y) const;
    void updateScrollRange();
    QString describe(const MfaSummary &summary) const;

    QList<MfaSummary> m_rows;
    int m_current = -1;
};

// The key to the bars' colours.
class EnrollmentLegend : public QWidget
{
    Q_OBJECT
public:
    explicit EnrollmentLegend(QWidget *parent = nullptr);
    // The key's swatches and names from `topLeft`, one line high.
    static void paint(QPainter &p, const QPoint &topLeft, int height, const QPalette &palette, const QFontMetrics &fm,
                      bool showsUnknown);
    // Whether "Unknown" is listed: only when some users' state is.
    void setShowsUnknown(bool shows);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static QList<std::pair<QString, QColor>> entries(const QPalette &palette, bool showsUnknown);
    bool m_unknown = false;
};

} // namespace pbx::ui
