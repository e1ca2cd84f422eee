#include "enrollment_dashboard.h"

#include "console/csv.h"
#include "console/mfa_state.h"
#include "dialogs/message_boxes.h"
#include "enrollment_bars.h"
#include "enrollment_trend_chart.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pbx::ui {

EnrollmentDashboard::EnrollmentDashboard(Session &session, QWidget *parent)
    : QWidget(parent), m_session(&session), m_loader(session), m_totals(new QLabel(this)), m_source(new QLabel(this)),
      m_legend(new EnrollmentLegend(this)), m_bars(new EnrollmentBars(this)),
      m_trendChart(new EnrollmentTrendChart(m_trend, this)), m_trendSource(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_tables(new QTabWidget(this)), m_table(new QTableView(this)),
      m_trendTable(new QTableView(this)),
      m_countListing(new QPushButton(tr("Count from the &listing"), this)), m_progress(new QProgressBar(this)),
      m_reload(new QPushButton(tr("&Refresh"), this)),
      m_export(new QPushButton(tr("E&xport table…"), this)),
      m_exportChart(new QPushButton(tr("Export &chart…"), this))
{
    setObjectName(QStringLiteral("enrollmentDashboard"));
    auto *layout = new QVBoxLayout(this);

    m_totals->setObjectName(QStringLiteral("dashboardTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_totals->setFont(big);
    layout->addWidget(m_totals);
    m_source->setObjectName(QStringLiteral("dashboardSource"));
    m_source->setTextFormat(Qt::PlainText); // may quote the portal's error
    m_source->setWordWrap(true);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    m_countListing->setObjectName(QStringLiteral("dashboardCountListing"));
    m_countListing->setToolTip(tr("Reads every user of every domain; on a large territory this takes a while"));
    m_countListing->hide();
    sourceRow->addWidget(m_countListing, 0, Qt::AlignTop);
    layout->addLayout(sourceRow);

    // Bars on the left, the table on the right: the same figures twice, one
    // for the eye and one to sort, filter and read out.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("dashboardSplitter"));
    split->setChildrenCollapsible(false);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *trendTitle = new QLabel(tr("Enrollments per week"), left);
    trendTitle->setBuddy(m_trendChart);
    leftLayout->addWidget(trendTitle);
    m_trendChart->setObjectName(QStringLiteral("enrollmentTrend"));
    leftLayout->addWidget(m_trendChart);
    m_trendSource->setObjectName(QStringLiteral("dashboardTrendSource"));
    m_trendSource->setTextFormat(Qt::PlainText); // may quote the portal's error
    m_trendSource->setWordWrap(true);
    QFont small = m_trendSource->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_trendSource->setFont(small);
    leftLayout->addWidget(m_trendSource);
    auto *barsTitle = new QLabel(tr("Most behind first"), left);
    barsTitle->setBuddy(m_bars);
    leftLayout->addWidget(barsTitle);
    leftLayout->addWidget(m_legend);
    m_bars->setObjectName(QStringLiteral("enrollmentBars"));
    leftLayout->addWidget(m_bars, 1);
    // The tables: the charts' figures to sort, filter and read out.
    m_tables->setObjectName(QStringLiteral("dashboardTables"));
    auto *right = new QWidget(m_tables);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Fi&nd domain:"), right);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("dashboardFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find domain"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    rightLayout->addLayout(filterRow);
    m_proxy.setSourceModel(&m_model);
    m_proxy.setSortRole(MfaSummaryModel::SortRole);
    m_proxy.setFilterKeyColumn(MfaSummaryModel::DomainColumn);
    m_proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setModel(&m_proxy);
    m_table->setAccessibleName(tr("Enrollment by domain"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MfaSummaryModel::ProgressColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideMiddle); // tenant names differ at both ends
    m_table->setToolTip(tr("Double-click or press Enter to open the domain's users"));
    rightLayout->addWidget(m_table, 1);
    m_tables->addTab(right, tr("By do&main"));
    m_trendProxy.setSourceModel(&m_trend);
    m_trendProxy.setSortRole(EnrollmentTrendModel::SortRole);
    m_trendTable->setObjectName(QStringLiteral("dashboardTrendTable"));
    m_trendTable->setModel(&m_trendProxy);
    m_trendTable->setAccessibleName(tr("Enrollments per week"));
    m_trendTable->setSortingEnabled(true);
    m_trendTable->sortByColumn(EnrollmentTrendModel::WeekColumn, Qt::DescendingOrder); // the latest first
    m_trendTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trendTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trendTable->verticalHeader()->hide();
    m_trendTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tables->addTab(m_trendTable, tr("By &week"));
    split->addWidget(left);
    split->addWidget(m_tables);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({460, 700});
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setFormat(tr("Counting users: %v of %m domains"));
    m_progress->hide();
    m_reload->setObjectName(QStringLiteral("dashboardReload"));
    m_export->setObjectName(QStringLiteral("dashboardExport"));
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    m_exportChart->setObjectName(QStringLiteral("dashboardExportChart"));
    buttons->addWidget(m_reload);
    buttons->addWidget(m_exportChart);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, &m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_bars, &EnrollmentBars::domainActivated, this, &EnrollmentDashboard::domainActivated);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit domainActivated(m_model.summary(m_proxy.mapToSource(index).row()).domain);
    });
    connect(m_reload, &QPushButton::clicked, this, &EnrollmentDashboard::reload);
    connect(m_countListing, &QPushButton::clicked, this, &EnrollmentDashboard::countFromListing);
    // The table in view: domains or weeks.
    connect(m_export, &QPushButton::clicked, this, [this] {
        const bool weeks = m_tables->currentWidget() == m_trendTable;
        const QString title = weeks ? tr("Export enrollments per week") : tr("Export enrollment by domain");
        const QString path = QFileDialog::getSaveFileName(
            this, title, weeks ? QStringLiteral("mfa-enrollments-per-week.csv") : QStringLiteral("mfa-summary.csv"),
            tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !(weeks ? exportTrendCsv(path, &error) : exportCsv(path, &error)))
            MessageBoxes::warning(this, title, error);
    });
    const auto exportChart = [this](auto *chart, const QString &name) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart"), name, tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !chart->exportChart(path, &error))
            MessageBoxes::warning(this, tr("Export chart"), error);
    };
    auto *charts = new QMenu(m_exportChart);
    charts->addAction(tr("Enrollment by &domain…"), this,
                      [this, exportChart] { exportChart(m_bars, QStringLiteral("mfa-enrollment-by-domain.png")); });
    charts->addAction(tr("Enrollments per &week…"), this,
                      [this, exportChart] { exportChart(m_trendChart, QStringLiteral("mfa-enrollments-per-week.png")); });
    m_exportChart->setMenu(charts);
    connect(&m_loader, &MfaSummaryLoader::progress, this, [this](int counted, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(counted);
        m_progress->show();
    });
    connect(&m_loader, &MfaSummaryLoader::loaded, this, &EnrollmentDashboard::showFigures);
    connect(&m_loader, &MfaSummaryLoader::failed, this, &EnrollmentDashboard::showError);
    connect(&m_loader, &MfaSummaryLoader::listingNeeded, this, &EnrollmentDashboard::showListingNeeded);
    m_export->setEnabled(false);
    m_exportChart->setEnabled(false);
    reload();
}

void EnrollmentDashboard::reload()
{
    setLoading(true);
    m_source->setText(tr("Loading…"));
    // Counting every user only when asked: on a large territory it reads
    // the whole directory.
    m_loader.load({}, MfaSummaryLoader::Fallback::Ask);
    loadTrend();
}

void EnrollmentDashboard::countFromListing()
{
    setLoading(true);
    m_countListing->hide();
    m_source->setText(tr("Counting users from the directory listing…"));
    m_loader.countFromListing();
    showTrend();
}

void EnrollmentDashboard::showListingNeeded()
{
    setLoading(false);
    m_source->setText(tr("This portal has no MFA summary. Counting from the directory listing reads every user."));
    m_countListing->show();
    showTrend();
}

void EnrollmentDashboard::loadTrend()
{
    if (!m_session)
        return;
    m_auditTimes.reset();
    m_auditError.reset();
    showTrend();
    const quint64 run = ++m_trendRun;
    QPointer<EnrollmentDashboard> self(this);
    const QDate today = m_session->clock().now().toLocalTime().date();
    const QDateTime since(EnrollmentTrendModel::firstWeek(today), QTime(0, 0));
    m_enrollments.load(*m_session, since, [self, run](Result<QList<QDateTime>, PortalError> r) {
        if (!self || run != self->m_trendRun)
            return;
        if (r)
            self->m_auditTimes = std::move(r).value();
        else
            self->m_auditError = r.error();
        self->showTrend();
    });
}

void EnrollmentDashboard::showTrend()
{
    const QDate today = (m_session ? m_session->clock().now() : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    const MfaSummary &t = m_model.totals();
    const bool counting = m_loader.isCounting();
    const bool listed = m_summaryIn && !counting && m_loader.source() == MfaSummaryLoader::Source::Listing;
    const bool noAudit = m_auditError
                         && (m_auditError->kind == ErrorKind::Forbidden || m_auditError->kind == ErrorKind::NotFound);
    QString message, source;
    if (m_auditTimes && !m_auditTimes->isEmpty()) {
        m_trend.setEnrollments(*m_auditTimes, today);
        source = tr("From the audit log's enrollments.");
    } else if (m_summaryIn && t.unknown > 0 && t.enrolled == 0) {
        // A stock portal: no MFA state, so no enrollment dates either.
        message = tr("This portal does not say which users enrolled, so when they did is unknown.");
    } else if (m_auditTimes) {
        message = tr("The audit log records no enrollments in the last %n week(s).", nullptr,
                     EnrollmentTrendModel::DefaultWeeks);
    } else if (noAudit && counting) {
        message = tr("Counting users from the directory listing…");
    } else if (noAudit && listed) {
        m_trend.setEnrollments(m_loader.enrolledTimes(), today);
        source = tr("From the enrollment dates of the users listed: this account cannot read the audit log.");
    } else if (noAudit) {
        message = tr("This account cannot read the audit log. Count from the directory listing to see when users "
                     "enrolled.");
        m_countListing->setVisible(!m_loader.isRunning());
    } else if (m_auditError) {
        message = tr("Could not load enrollments over time: %1").arg(m_auditError->message());
    } else {
        message = tr("Loading…");
    }
    if (!message.isEmpty())
        m_trend.clear();
    m_trendChart->setMessage(message);
    m_trendSource->setText(source);
    m_trendSource->setVisible(!source.isEmpty());
}

void EnrollmentDashboard::setLoading(bool loading)
{
    m_reload->setEnabled(!loading);
    if (!loading)
        m_progress->hide();
}

void EnrollmentDashboard::showFigures(const QList<MfaSummary> &summaries)
{
    setLoading(false);
    m_summaryIn = true;
    m_countListing->hide();
    m_model.setSummaries(summaries);
    m_bars->setSummaries(MfaSummaryModel::mostBehindFirst(summaries));
    const MfaSummary &t = m_model.totals();
    m_legend->setShowsUnknown(t.unknown > 0);
    m_table->setColumnHidden(MfaSummaryModel::UnknownColumn, t.unknown == 0);
    const QLocale l = locale();
    QString totals = tr("%n domain(s), %1 users: %2 enrolled (%3 of those required), %4 pending, %5 overdue, %6 not "
                        "required, %7 locked", nullptr, int(summaries.size()))
                         .arg(l.toString(t.users), l.toString(t.enrolled), MfaSummaryModel::progressText(t, l),
                              l.toString(t.pending), l.toString(t.overdue), l.toString(t.notRequired), l.toString(t.locked));
    if (t.unknown > 0)
        totals += tr("; MFA state unknown for %1").arg(l.toString(t.unknown));
    m_totals->setText(totals);
    const QDateTime now = m_session ? m_session->clock().now() : QDateTime::currentDateTimeUtc();
    const QString at = l.toString(now.toLocalTime().time(), QLocale::ShortFormat);
    QString source = m_loader.source() == MfaSummaryLoader::Source::Portal
                         ? tr("As the portal counts them, at %1.").arg(at)
                         : tr("This portal has no MFA summary: counted from the directory listing in %1 s, at %2.")
                               .arg(l.toString(double(m_loader.elapsedMs()) / 1000.0, 'f', 1), at);
    if (t.unknown > 0)
        source += u' ' + unknownMfaStateReason();
    m_source->setText(source);
    m_export->setEnabled(!summaries.isEmpty());
    m_exportChart->setEnabled(!summaries.isEmpty());
    showTrend();
}

void EnrollmentDashboard::showError(const PortalError &error)
{
    if (error.kind == ErrorKind::Cancelled)
        return;
    setLoading(false);
    m_source->setText(tr("Could not load the figures: %1").arg(error.message()));
}

bool EnrollmentDashboard::exportCsv(const QString &path, QString *error) const
{
    QList<QStringList> rows{MfaSummaryModel::csvHeader()};
    for (int row = 0; row < m_proxy.rowCount(); ++row)
        rows << MfaSummaryModel::csvRow(m_model.summary(m_proxy.mapToSource(m_proxy.index(row, 0)).row()));
    return csv::writeFile(path, rows, error);
}

bool EnrollmentDashboard::exportTrendCsv(const QString &path, QString *error) const
{
    QStringList header;
    for (int c = 0; c < EnrollmentTrendModel::ColumnCount; ++c)
        header << EnrollmentTrendModel::columnTitle(c);
    QList<QStringList> rows{header};
    for (int week = 0; week < m_trend.weekCount(); ++week) {
        // ISO dates and plain numbers, as a spreadsheet reads them.
        const auto cell = [&](int column) { return m_trend.index(week, column).data(EnrollmentTrendModel::SortRole); };
        rows << QStringList{cell(EnrollmentTrendModel::WeekColumn).toDate().toString(Qt::ISODate),
                            QString::number(cell(EnrollmentTrendModel::EnrolledColumn).toInt()),
                            QString::number(cell(EnrollmentTrendModel::RunningTotalColumn).toInt())};
    }
    return csv::writeFile(path, rows, error);
}

} // namespace pbx::ui
