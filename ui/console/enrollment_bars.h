#pragma once

#include "portal/portal_types.h"

#include <QAbstractScrollArea>
#include <QColor>

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
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    QString domainAt(int row) const;
    // Where a row is drawn, in viewport coordinates (for tests and tooltips).
    QRect rowRect(int row) const;
    QSize sizeHint() const override;

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
    // Whether "Unknown" is listed: only when some users' state is.
    void setShowsUnknown(bool shows);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::pair<QString, QColor>> entries() const;
    bool m_unknown = false;
};

} // namespace pbx::ui
