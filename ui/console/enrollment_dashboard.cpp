#include "enrollment_dashboard.h"

#include "console/csv.h"
#include "console/mfa_state.h"
#include "dialogs/message_boxes.h"
#include "enrollment_bars.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace pbx::ui {

EnrollmentDashboard::EnrollmentDashboard(Session &session, QWidget *parent)
    : QWidget(parent), m_session(&session), m_loader(session), m_totals(new QLabel(this)), m_source(new QLabel(this)),
      m_legend(new EnrollmentLegend(this)), m_bars(new EnrollmentBars(this)), m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)), m_progress(new QProgressBar(this)), m_reload(new QPushButton(tr("&Refresh"), this)),
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
    layout->addWidget(m_source);

    // Bars on the left, the table on the right: the same figures twice, one
    // for the eye and one to sort, filter and read out.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("dashboardSplitter"));
    split->setChildrenCollapsible(false);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *barsTitle = new QLabel(tr("Most behind first"), left);
    barsTitle->setBuddy(m_bars);
    leftLayout->addWidget(barsTitle);
    leftLayout->addWidget(m_legend);
    m_bars->setObjectName(QStringLiteral("enrollmentBars"));
    leftLayout->addWidget(m_bars, 1);
    auto *right = new QWidget(split);
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
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({460, 700});
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setFormat(tr("Counting users: %v of %m"));
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
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export enrollment by domain"),
                                                          QStringLiteral("mfa-summary.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            MessageBoxes::warning(this, tr("Export enrollment by domain"), error);
    });
    connect(m_exportChart, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart"), QStringLiteral("mfa-enrollment.png"),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !m_bars->exportChart(path, &error))
            MessageBoxes::warning(this, tr("Export chart"), error);
    });
    connect(&m_loader, &MfaSummaryLoader::progress, this, [this](int counted, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(counted);
        m_progress->show();
    });
    connect(&m_loader, &MfaSummaryLoader::loaded, this, &EnrollmentDashboard::showFigures);
    connect(&m_loader, &MfaSummaryLoader::failed, this, &EnrollmentDashboard::showError);
    m_export->setEnabled(false);
    m_exportChart->setEnabled(false);
    reload();
}

void EnrollmentDashboard::reload()
{
    setLoading(true);
    m_source->setText(tr("Loading…"));
    m_loader.load();
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
    QStringList header;
    for (int c = 0; c < MfaSummaryModel::ColumnCount; ++c)
        header << MfaSummaryModel::columnTitle(c);
    QList<QStringList> rows{header};
    for (int row = 0; row < m_proxy.rowCount(); ++row) {
        const MfaSummary &s = m_model.summary(m_proxy.mapToSource(m_proxy.index(row, 0)).row());
        QStringList cells;
        for (int c = 0; c < MfaSummaryModel::ColumnCount; ++c)
            cells << MfaSummaryModel::cellText(s, c, QLocale::c()); // numbers a spreadsheet reads as numbers
        rows << cells;
    }
    return csv::writeFile(path, rows, error);
}

} // namespace pbx::ui
