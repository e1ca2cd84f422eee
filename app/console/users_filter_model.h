#pragma once

#include "mfa_state.h"
#include "packed_texts.h"

#include <QAbstractProxyModel>
#include <QByteArray>
#include <optional>
#include <vector>

namespace pbx {

class UsersTableModel;

// Filters the users table as the user types (user, name, email) and by MFA
// state, and sorts by any column.
//
// Not a QSortFilterProxyModel: that one re-sorts every accepted row on each
// keystroke, comparing through QVariant, which took 400 ms at 100,000 users.
// Here each row's search text and sort key are computed once; all rows are
// kept in sort order, and a keystroke is one pass over the search texts in
// the order they are stored, then one over the sorted rows
// (docs/performance.md has the figures).
class UsersFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit UsersFilterModel(QObject *parent = nullptr);
    void setUsers(UsersTableModel *model);
    void setText(const QString &text);
    void setState(std::optional<MfaState> state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void rebuildAll();
    void sourceRowsAppended(int first, int last);
    void sourceRowsChanged(int first, int last);
    bool accepts(int sourceRow) const;
    bool before(int a, int b) const;
    // The sort keys of every row for m_sortColumn; none when unsorted.
    void computeSortKeys();
    // The visible rows, in sort order, and the proxy row of each.
    void computeVisible();
    // Recomputes the visible rows from the sorted ones, keeping selections
    // and the current index on the rows they were on.
    void refilter();

    UsersTableModel *m_users = nullptr;
    QByteArray m_text; // case-folded UTF-8
    std::optional<MfaState> m_state;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    PackedTexts m_haystacks;             // per source row
    PackedTexts m_sortKeys;              // per source row, for m_sortColumn
    std::vector<std::uint8_t> m_states;  // per source row, an MfaState
    std::vector<int> m_sorted;           // every source row, in sort order
    std::vector<int> m_visible;          // the accepted ones, in sort order
    std::vector<int> m_proxyRowOf;       // source row -> proxy row, or -1
};

} // namespace pbx
