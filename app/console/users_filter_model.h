#pragma once

#include "mfa_state.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace pbx {

class UsersTableModel;

// Filters the users table as the user types (user, name, email) and by MFA
// state, and sorts by any column.
class UsersFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UsersFilterModel(QObject *parent = nullptr);
    void setUsers(UsersTableModel *model);
    void setText(const QString &text);
    void setState(std::optional<MfaState> state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    UsersTableModel *m_users = nullptr;
    QString m_text;
    std::optional<MfaState> m_state;
};

} // namespace pbx
