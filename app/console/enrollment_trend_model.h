#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>

namespace pbx {

// Enrollments week by week, oldest first: the dashboard's line chart, and
// the same figures as a table (its equivalent for screen readers and
// export). Weeks start on Monday, in local time.
class EnrollmentTrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WeekColumn, EnrolledColumn, RunningTotalColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int DefaultWeeks = 52;

    explicit EnrollmentTrendModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The `weeks` weeks up to and including the one holding `today`, each
    // with how many of `enrolledAt` fall in it; times outside them count
    // nowhere.
    void setEnrollments(const QList<QDateTime> &enrolledAt, const QDate &today, int weeks = DefaultWeeks);
    void clear();

    // The Monday the first week shows starts on.
    static QDate firstWeek(const QDate &today, int weeks = DefaultWeeks);

    int weekCount() const { return int(m_counts.size()); }
    QDate weekStart(int week) const { return m_first.addDays(7 * qint64(week)); }
    int enrolled(int week) const { return m_counts.at(week); }
    int total() const;
    int busiestWeek() const; // the largest count; 0 when empty
    static QString columnTitle(int column);

private:
    QDate m_first;
    QList<int> m_counts;
};

} // namespace pbx
