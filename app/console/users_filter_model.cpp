#include "users_filter_model.h"

#include "users_table_model.h"

#include <algorithm>

namespace pbx {

UsersFilterModel::UsersFilterModel(QObject *parent) : QAbstractProxyModel(parent) {}

void UsersFilterModel::setUsers(UsersTableModel *model)
{
    beginResetModel();
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        // The table only ever grows at the end (page by page), is reset, or
        // has a row replaced after an action.
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsAppended(first, last); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            beginResetModel();
            rebuildAll();
            endResetModel();
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    sourceRowsChanged(topLeft.row(), bottomRight.row());
                });
    }
    rebuildAll();
    endResetModel();
}

void UsersFilterModel::setText(const QString &text)
{
    const QByteArray folded = text.trimmed().toCaseFolded().toUtf8();
    if (folded == m_text)
        return;
    m_text = folded;
    refilter();
}

void UsersFilterModel::setState(std::optional<MfaState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    refilter();
}

bool UsersFilterModel::accepts(int sourceRow) const
{
    if (m_state && MfaState(m_states[size_t(sourceRow)]) != *m_state)
        return false;
    return m_text.isEmpty() || m_haystacks.at(size_t(sourceRow)).contains(m_text);
}

bool UsersFilterModel::before(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b;
    const QByteArrayView ka = m_sortKeys.at(size_t(a));
    const QByteArrayView kb = m_sortKeys.at(size_t(b));
    // Ties keep the portal's order, whichever direction.
    const int order = ka.compare(kb);
    if (order == 0)
        return a < b;
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void UsersFilterModel::computeSortKeys()
{
    m_sortKeys.clear();
    if (m_sortColumn < 0 || !m_users)
        return;
    const int n = m_users->rowCount();
    m_sortKeys.reserve(size_t(n), 0);
    for (int row = 0; row < n; ++row)
        m_sortKeys.append(UsersTableModel::sortKey(m_users->user(row), m_sortColumn));
}

void UsersFilterModel::computeVisible()
{
    // Which rows match, in the order their texts are stored (a scan of one
    // buffer), then those rows in sort order.
    const size_t n = m_sorted.size();
    std::vector<char> matches(n);
    for (size_t row = 0; row < n; ++row)
        matches[row] = accepts(int(row));
    m_visible.clear();
    m_proxyRowOf.assign(n, -1);
    for (const int row : m_sorted) {
        if (matches[size_t(row)]) {
            m_proxyRowOf[size_t(row)] = int(m_visible.size());
            m_visible.push_back(row);
        }
    }
}

void UsersFilterModel::rebuildAll()
{
    const int n = m_users ? m_users->rowCount() : 0;
    m_haystacks.clear();
    m_haystacks.reserve(size_t(n), 0);
    m_states.clear();
    m_states.reserve(size_t(n));
    for (int row = 0; row < n; ++row) {
        m_haystacks.append(UsersTableModel::searchText(m_users->user(row)));
        m_states.push_back(std::uint8_t(mfaStateOf(m_users->user(row))));
    }
    computeSortKeys();
    m_sorted.resize(size_t(n));
    for (int row = 0; row < n; ++row)
        m_sorted[size_t(row)] = row;
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return before(a, b); });
    computeVisible();
}

void UsersFilterModel::sourceRowsAppended(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_haystacks.append(UsersTableModel::searchText(m_users->user(row)));
        m_states.push_back(std::uint8_t(mfaStateOf(m_users->user(row))));
        if (m_sortColumn >= 0)
            m_sortKeys.append(UsersTableModel::sortKey(m_users->user(row), m_sortColumn));
    }
    // Sort the new page, then merge it into the sorted rows: O(n) a page.
    const auto middle = m_sorted.size();
    for (int row = first; row <= last; ++row)
        m_sorted.push_back(row);
    const auto less = [this](int a, int b) { return before(a, b); };
    std::stable_sort(m_sorted.begin() + qsizetype(middle), m_sorted.end(), less);
    std::inplace_merge(m_sorted.begin(), m_sorted.begin() + qsizetype(middle), m_sorted.end(), less);
    refilter();
}

void UsersFilterModel::sourceRowsChanged(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        m_haystacks.set(size_t(row), UsersTableModel::searchText(m_users->user(row)));
        m_states[size_t(row)] = std::uint8_t(mfaStateOf(m_users->user(row)));
        if (m_sortColumn >= 0)
            m_sortKeys.set(size_t(row), UsersTableModel::sortKey(m_users->user(row), m_sortColumn));
    }
    if (m_sortColumn >= 0)
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return before(a, b); });
    refilter();
    // The rows that stayed visible changed too.
    for (int row = first; row <= last; ++row) {
        if (const int p = m_proxyRowOf[size_t(row)]; p >= 0)
            emit dataChanged(index(p, 0), index(p, columnCount() - 1));
    }
}

void UsersFilterModel::refilter()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        sourceRows.push_back(i.isValid() && size_t(i.row()) < m_visible.size() ? m_visible[size_t(i.row())] : -1);

    computeVisible();

    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows[size_t(i)];
        const int proxy = source >= 0 ? m_proxyRowOf[size_t(source)] : -1;
        after.append(proxy >= 0 ? index(proxy, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UsersFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    const bool otherColumn = column != m_sortColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    if (otherColumn)
        computeSortKeys();
    std::stable_sort(m_sorted.begin(), m_sorted.end(), [this](int a, int b) { return before(a, b); });
    refilter();
}

QModelIndex UsersFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex UsersFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int UsersFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int UsersFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_users ? 0 : m_users->columnCount();
}

QModelIndex UsersFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_users || size_t(proxyIndex.row()) >= m_visible.size())
        return {};
    return m_users->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex UsersFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant UsersFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_users ? m_users->headerData(section, orientation, role) : QVariant();
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

} // namespace pbx
