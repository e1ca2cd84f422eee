#include "enrollment_trend_model.h"

#include <QLocale>
#include <algorithm>
#include <numeric>

namespace pbx {

EnrollmentTrendModel::EnrollmentTrendModel(QObject *parent) : QAbstractTableModel(parent) {}

int EnrollmentTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int EnrollmentTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnrollmentTrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int week = index.row();
    const auto running = [&] { return std::accumulate(m_counts.cbegin(), m_counts.cbegin() + week + 1, 0); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WeekColumn: return QLocale().toString(weekStart(week), QLocale::ShortFormat);
        case EnrolledColumn: return QLocale().toString(enrolled(week));
        default: return QLocale().toString(running());
        }
    case SortRole:
        switch (index.column()) {
        case WeekColumn: return weekStart(week);
        case EnrolledColumn: return enrolled(week);
        default: return running();
        }
    case Qt::TextAlignmentRole:
        return index.column() == WeekColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant EnrollmentTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == RunningTotalColumn)
        return tr("Enrollments from the first week shown to this one");
    return role == Qt::DisplayRole ? QVariant(columnTitle(section)) : QVariant();
}

QString EnrollmentTrendModel::columnTitle(int column)
{
    switch (column) {
    case WeekColumn: return tr("Week of");
    case EnrolledColumn: return tr("Enrolled", "users enrolled that week");
    case RunningTotalColumn: return tr("Running total");
    default: return {};
    }
}

QDate EnrollmentTrendModel::firstWeek(const QDate &today, int weeks)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return monday.addDays(-7 * qint64(weeks - 1));
}

void EnrollmentTrendModel::setEnrollments(const QList<QDateTime> &enrolledAt, const QDate &today, int weeks)
{
    beginResetModel();
    m_first = firstWeek(today, weeks);
    m_counts = QList<int>(std::max(weeks, 0), 0);
    for (const QDateTime &at : enrolledAt) {
        if (!at.isValid())
            continue;
        const qint64 days = m_first.daysTo(at.toLocalTime().date());
        if (days >= 0 && days / 7 < m_counts.size())
            ++m_counts[days / 7];
    }
    endResetModel();
}

void EnrollmentTrendModel::clear()
{
    beginResetModel();
    m_first = {};
    m_counts.clear();
    endResetModel();
}

int EnrollmentTrendModel::total() const
{
    return std::accumulate(m_counts.cbegin(), m_counts.cend(), 0);
}

int EnrollmentTrendModel::busiestWeek() const
{
    return m_counts.isEmpty() ? 0 : *std::max_element(m_counts.cbegin(), m_counts.cend());
}

} // namespace pbx
