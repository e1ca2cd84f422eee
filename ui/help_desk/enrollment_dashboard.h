#pragma once

#include "console/audited_enrollments.h"
#include "console/enrollment_trend_model.h"
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
class QTabWidget;
class QTableView;

namespace pbx::ui {

class EnrollmentBars;
class EnrollmentLegend;
class EnrollmentTrendChart;

// How far along with MFA every domain of the caller's scope is: totals,
// enrollments per week, a bar per domain (most behind first), and the same
// figures as tables that sort. From the portal's summary and audit log; on
// a portal without a summary, or for an account without the audit log,
// counted from the directory listing when the user asks, which it then
// says. Opening a domain (a bar, or a row of the table) asks for its users.
class EnrollmentDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit EnrollmentDashboard(Session &session, QWidget *parent = nullptr);

    void reload();
    // The domains' table as filtered and sorted. False, with *error set, on
    // failure.
    bool exportCsv(const QString &path, QString *error) const;
    // The weeks' table, oldest first.
    bool exportTrendCsv(const QString &path, QString *error) const;
    const MfaSummaryModel &model() const { return m_model; }
    const EnrollmentTrendModel &trend() const { return m_trend; }

signals:
    void domainActivated(const QString &domain);

private:
    void showFigures(const QList<MfaSummary> &summaries);
    void showError(const PortalError &error);
    void showListingNeeded();
    void loadTrend();
    // The trend from what has arrived: the audit log's, or the listing's
    // dates when the audit log is out of reach, or why there is none.
    void showTrend();
    void countFromListing();
    void setLoading(bool loading);

    QPointer<Session> m_session;
    MfaSummaryLoader m_loader;
    MfaSummaryModel m_model;
    QSortFilterProxyModel m_proxy;
    EnrollmentTrendModel m_trend;
    QSortFilterProxyModel m_trendProxy;
    AuditedEnrollments m_enrollments;
    // The audit log's answer for the trend; neither: not in yet.
    std::optional<QList<QDateTime>> m_auditTimes;
    std::optional<PortalError> m_auditError;
    quint64 m_trendRun = 0;
    bool m_summaryIn = false;
    QLabel *m_totals;
    QLabel *m_source;
    EnrollmentLegend *m_legend;
    EnrollmentBars *m_bars;
    EnrollmentTrendChart *m_trendChart;
    QLabel *m_trendSource;
    QLineEdit *m_filter;
    QTabWidget *m_tables;
    QTableView *m_table;
    QTableView *m_trendTable;
    QPushButton *m_countListing;
    QProgressBar *m_progress;
    QPushButton *m_reload;
    QPushButton *m_export;
    QPushButton *m_exportChart;
};

} // namespace pbx::ui
