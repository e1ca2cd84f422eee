#include "users_filter_model.h"

#include "users_table_model.h"

namespace pbx {

UsersFilterModel::UsersFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(UsersTableModel::SortRole);
    setDynamicSortFilter(true);
}

void UsersFilterModel::setUsers(UsersTableModel *model)
{
    m_users = model;
    setSourceModel(model);
}

void UsersFilterModel::setText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_text)
        return;
    m_text = folded;
    invalidateFilter();
}

void UsersFilterModel::setState(std::optional<MfaState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool UsersFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_users)
        return true;
    const PortalUser &u = m_users->user(sourceRow);
    if (m_state && mfaStateOf(u) != *m_state)
        return false;
    if (m_text.isEmpty())
        return true;
    // Straight from the record: no display strings built per keystroke.
    const auto has = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
    return has(u.loginUsername) || has(u.user) || has(u.firstName) || has(u.lastName) || has(u.email)
        || has(QString(u.firstName + QLatin1Char(' ') + u.lastName));
}

} // namespace pbx
