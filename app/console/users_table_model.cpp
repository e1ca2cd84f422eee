#include "users_table_model.h"

namespace pbx {

UsersTableModel::UsersTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int UsersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersTableModel::columnTitle(int column)
{
    switch (column) {
    case UserColumn: return tr("User");
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("Email");
    case ScopeColumn: return tr("Scope");
    case MfaColumn: return tr("MFA");
    }
    return {};
}

QString UsersTableModel::cellText(const ListedUser &u, int column)
{
    switch (column) {
    case UserColumn: return u.loginUsername.isEmpty() ? u.user + QLatin1Char('@') + u.domain : u.loginUsername;
    case NameColumn: return QString(u.firstName + QLatin1Char(' ') + u.lastName).trimmed();
    case EmailColumn: return u.email;
    case ScopeColumn: return u.scope;
    case MfaColumn: return describeMfaState(u);
    }
    return {};
}

QStringList UsersTableModel::csvHeader()
{
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << columnTitle(c);
    return header << tr("MFA state");
}

QStringList UsersTableModel::csvRow(const ListedUser &user)
{
    QStringList cells;
    for (int c = 0; c < ColumnCount; ++c)
        cells << cellText(user, c);
    return cells << mfaStateKey(mfaStateOf(user));
}

QVariant UsersTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const ListedUser &u = m_users.at(index.row());
    if (role == Qt::DisplayRole)
        return cellText(u, index.column());
    if (role == SortRole)
        return QString::fromUtf8(sortKey(u, index.column()));
    if (role == Qt::ToolTipRole && index.column() == MfaColumn && mfaStateOf(u) == MfaState::Unknown)
        return unknownMfaStateReason();
    return {};
}

QByteArray UsersTableModel::searchText(const ListedUser &u)
{
    const QString text = u.loginUsername + QLatin1Char('\n') + u.user + QLatin1Char('\n') + u.firstName
        + QLatin1Char(' ') + u.lastName + QLatin1Char('\n') + u.email;
    return text.toCaseFolded().toUtf8();
}

QByteArray UsersTableModel::sortKey(const ListedUser &u, int column)
{
    // MFA sorts by state, then by enrollment date.
    if (column == MfaColumn)
        return QByteArray::number(int(mfaStateOf(u))) + ' '
            + QByteArray::number(u.mfaEnrolledAt.toSecsSinceEpoch()).rightJustified(12, '0');
    return cellText(u, column).toCaseFolded().toUtf8();
}

QVariant UsersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

void UsersTableModel::clear()
{
    beginResetModel();
    m_users.clear();
    m_users.squeeze();
    m_shared.clear();
    m_counts = {};
    endResetModel();
    emit countsChanged();
}

void UsersTableModel::reserve(int rows)
{
    m_users.reserve(rows);
}

void UsersTableModel::append(const QList<PortalUser> &users)
{
    if (users.isEmpty())
        return;
    beginInsertRows({}, int(m_users.size()), int(m_users.size() + users.size() - 1));
    const auto share = [this](QString &text) {
        const auto known = m_shared.constFind(text);
        if (known != m_shared.cend())
            text = *known;
        else
            m_shared.insert(text);
    };
    for (const PortalUser &listed : users) {
        ListedUser u = listed; // the table's fields only
        share(u.domain);
        share(u.scope);
        share(u.firstName);
        share(u.lastName);
        ++m_counts[size_t(mfaStateOf(u))];
        m_users.append(std::move(u));
    }
    endInsertRows();
    emit countsChanged();
}

void UsersTableModel::update(const ListedUser &user)
{
    for (qsizetype row = 0; row < m_users.size(); ++row) {
        ListedUser &u = m_users[row];
        if (u.user != user.user || u.domain != user.domain)
            continue;
        --m_counts[size_t(mfaStateOf(u))];
        u = user;
        ++m_counts[size_t(mfaStateOf(u))];
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        emit countsChanged();
        return;
    }
}

} // namespace pbx
