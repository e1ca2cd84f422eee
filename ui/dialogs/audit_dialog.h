#pragma once

#include "portal/session.h"

#include <QDialog>
#include <QPointer>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace pbx::ui {

// Who did what to whom and when, from GET /auditlog, filtered by user and
// dates.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    AuditDialog(Session &session, const QString &domain, QWidget *parent = nullptr);
    void refresh();
    int rowCount() const;

private:
    QPointer<Session> m_session;
    QString m_domain;
    QLineEdit *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableWidget *m_table;
    QLabel *m_status;
    quint64 m_run = 0;
};

} // namespace pbx::ui
