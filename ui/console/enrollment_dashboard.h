#pragma once

#include "console/mfa_summary_loader.h"
#include "console/mfa_summary_model.h"
#include "portal/session.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pbx::ui {

class EnrollmentBars;
class EnrollmentLegend;

// How far along with MFA every domain of the caller's scope is: totals,
// a bar per domain (most behind first) and the same figures as a table
// that sorts and filters. From the portal's summary, or counted from the
// listing on a portal without one, which it then says. Opening a domain
// (a bar, or a row of the table) asks for its users.
class EnrollmentDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit EnrollmentDashboard(Session &session, QWidget *parent = nullptr);

    void reload();
    // The table as filtered and sorted. False, with *error set, on failure.
    bool exportCsv(const QString &path, QString *error) const;
    const MfaSummaryModel &model() const { return m_model; }

signals:
    void domainActivated(const QString &domain);

private:
    void showFigures(const QList<MfaSummary> &summaries);
    void showError(const PortalError &error);
    void setLoading(bool loading);

    QPointer<Session> m_session;
    MfaSummaryLoader m_loader;
    MfaSummaryModel m_model;
    QSortFilterProxyModel m_proxy;
    QLabel *m_totals;
    QLabel *m_source;
    EnrollmentLegend *m_legend;
    EnrollmentBars *m_bars;
    QLineEdit *m_filter;
    QTableView *m_table;
    QProgressBar *m_progress;
    QPushButton *m_reload;
    QPushButton *m_export;
    QPushButton *m_exportChart;
};

} // namespace pbx::ui
