#pragma once

#include "portal/portal_types.h"

#include <QAbstractTableModel>
#include <optional>

namespace pbx {

// One row per domain with how far along with MFA it is: the dashboard's
// table, and the order its bars follow. Sorting by SortRole orders numbers
// as numbers.
class MfaSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Progress next to the name: the column that matters when the table is
    // narrower than all of them.
    enum Column {
        DomainColumn, ProgressColumn, UsersColumn, EnrolledColumn, PendingColumn, OverdueColumn, NotRequiredColumn,
        LockedColumn, UnknownColumn, ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit MfaSummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSummaries(QList<MfaSummary> summaries);
    const QList<MfaSummary> &summaries() const { return m_summaries; }
    const MfaSummary &summary(int row) const { return m_summaries.at(row); }
    // Every row added up; its domain is empty.
    const MfaSummary &totals() const { return m_totals; }

    // Every summary added up, under `domain`.
    static MfaSummary totalOf(const QList<MfaSummary> &summaries, const QString &domain = {});
    // Of the users who must use MFA, the share enrolled (0 to 1); nullopt
    // when nobody must.
    static std::optional<double> progress(const MfaSummary &summary);
    // The share as text, "42 %" in the locale's way, or "—" when nobody must.
    static QString progressText(const MfaSummary &summary, const QLocale &locale = QLocale());
    // The domains in the order of "most behind first": lowest progress,
    // then most pending; domains where nobody must use MFA last.
    static QList<MfaSummary> mostBehindFirst(QList<MfaSummary> summaries);
    // The visible text of a cell, also what CSV export writes.
    static QString cellText(const MfaSummary &summary, int column, const QLocale &locale = QLocale());
    static QString columnTitle(int column);
    // A CSV export of summaries, the same from the dashboard and the CLI:
    // every column, numbers as a spreadsheet reads them (C locale).
    static QStringList csvHeader();
    static QStringList csvRow(const MfaSummary &summary);

private:
    QList<MfaSummary> m_summaries;
    MfaSummary m_totals;
};

} // namespace pbx
