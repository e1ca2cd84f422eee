#pragma once

#include "mfa_state.h"
#include "portal/portal_types.h"

#include <QAbstractTableModel>
#include <QSet>
#include <array>

namespace pbx {

// The users of one or more domains, as the console's table shows them.
class UsersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UserColumn, NameColumn, EmailColumn, ScopeColumn, MfaColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit UsersTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Room for this many rows in all, when the caller knows.
    void reserve(int rows);
    // Keeps what the table shows of each user; the user's page looks up
    // the rest.
    void append(const QList<PortalUser> &users);
    // Replaces the row of that user (after an action), if shown.
    void update(const ListedUser &user);
    const ListedUser &user(int row) const { return m_users.at(row); }
    const QList<ListedUser> &users() const { return m_users; }

    // Users per MFA state, indexed by MfaState.
    std::array<int, MfaStateCount> countByState() const { return m_counts; }

    // The visible text of a cell, also what CSV export writes.
    static QString cellText(const ListedUser &user, int column);
    // What the filter searches: user, login, name and email, case-folded
    // UTF-8, one field a line so no match spans two fields.
    static QByteArray searchText(const ListedUser &user);
    // Orders a column (case-folded; MFA by state, then enrollment date).
    static QByteArray sortKey(const ListedUser &user, int column);
    static QString columnTitle(int column);
    // A CSV export of users, the same from the console and the CLI: the
    // table's columns, then the MFA state as a key for scripts
    // (mfaStateKey(): not-required, pending, enrolled, unknown).
    static QStringList csvHeader();
    static QStringList csvRow(const ListedUser &user);

signals:
    void countsChanged();

private:
    QList<ListedUser> m_users;
    // One copy of each domain, scope and name the rows share: a reseller's
    // 200,000 users have a few thousand of those (about 130 bytes a row).
    QSet<QString> m_shared;
    std::array<int, MfaStateCount> m_counts{};
};

} // namespace pbx
