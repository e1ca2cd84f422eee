#include "mfa_summary_model.h"

#include <QLocale>
#include <algorithm>

namespace pbx {

namespace {
int countOf(const MfaSummary &s, int column)
{
    switch (column) {
    case MfaSummaryModel::UsersColumn: return s.users;
    case MfaSummaryModel::EnrolledColumn: return s.enrolled;
    case MfaSummaryModel::PendingColumn: return s.pending;
    case MfaSummaryModel::NotRequiredColumn: return s.notRequired;
    case MfaSummaryModel::OverdueColumn: return s.overdue;
    case MfaSummaryModel::LockedColumn: return s.locked;
    case MfaSummaryModel::UnknownColumn: return s.unknown;
    default: return 0;
    }
}
} // namespace

MfaSummaryModel::MfaSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

int MfaSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summaries.size());
}

int MfaSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MfaSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MfaSummary &s = m_summaries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(s, index.column());
    case SortRole:
        if (index.column() == DomainColumn)
            return s.domain;
        if (index.column() == ProgressColumn)
            return progress(s).value_or(2.0); // nobody must: after every domain that has some way to go
        return countOf(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == DomainColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant MfaSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section == ProgressColumn)
        return tr("Of the users who must use MFA, the share enrolled");
    if (role == Qt::ToolTipRole && section == OverdueColumn)
        return tr("Pending past the domain's enrollment deadline");
    return role == Qt::DisplayRole ? QVariant(columnTitle(section)) : QVariant();
}

void MfaSummaryModel::setSummaries(QList<MfaSummary> summaries)
{
    beginResetModel();
    m_summaries = std::move(summaries);
    m_totals = totalOf(m_summaries);
    endResetModel();
}

MfaSummary MfaSummaryModel::totalOf(const QList<MfaSummary> &summaries, const QString &domain)
{
    MfaSummary total{domain};
    for (const MfaSummary &s : summaries) {
        total.users += s.users;
        total.enrolled += s.enrolled;
        total.pending += s.pending;
        total.notRequired += s.notRequired;
        total.overdue += s.overdue;
        total.locked += s.locked;
        total.unknown += s.unknown;
    }
    return total;
}

std::optional<double> MfaSummaryModel::progress(const MfaSummary &summary)
{
    const int required = summary.enrolled + summary.pending;
    if (required == 0)
        return std::nullopt;
    return double(summary.enrolled) / required;
}

QString MfaSummaryModel::progressText(const MfaSummary &summary, const QLocale &locale)
{
    const auto p = progress(summary);
    if (!p)
        return QStringLiteral("—");
    // Floor, so a domain shows 100 % only when everyone is enrolled.
    return tr("%1 %").arg(locale.toString(int(*p * 100)));
}

QList<MfaSummary> MfaSummaryModel::mostBehindFirst(QList<MfaSummary> summaries)
{
    std::stable_sort(summaries.begin(), summaries.end(), [](const MfaSummary &a, const MfaSummary &b) {
        const double pa = progress(a).value_or(2.0), pb = progress(b).value_or(2.0);
        if (pa != pb)
            return pa < pb;
        if (a.pending != b.pending)
            return a.pending > b.pending;
        return a.domain < b.domain;
    });
    return summaries;
}

QString MfaSummaryModel::cellText(const MfaSummary &summary, int column, const QLocale &locale)
{
    if (column == DomainColumn)
        return summary.domain;
    if (column == ProgressColumn)
        return progressText(summary, locale);
    return locale.toString(countOf(summary, column));
}

QString MfaSummaryModel::columnTitle(int column)
{
    switch (column) {
    case DomainColumn: return tr("Domain");
    case UsersColumn: return tr("Users");
    case EnrolledColumn: return tr("Enrolled", "users, counted");
    case PendingColumn: return tr("Pending", "users, counted");
    case NotRequiredColumn: return tr("Not required", "users, counted");
    case OverdueColumn: return tr("Overdue", "users, counted");
    case LockedColumn: return tr("Locked", "users, counted");
    case UnknownColumn: return tr("Unknown", "users, counted");
    case ProgressColumn: return tr("Progress");
    default: return {};
    }
}

QStringList MfaSummaryModel::csvHeader()
{
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << columnTitle(c);
    return header;
}

QStringList MfaSummaryModel::csvRow(const MfaSummary &summary)
{
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << cellText(summary, c, QLocale::c());
    return cells;
}

} // namespace pbx
