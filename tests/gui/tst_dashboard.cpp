// The enrollment dashboard, offscreen, against the simulator over TLS: the
// portal's figures (or the listing's on a portal without a summary), the
// bars and the table saying the same, opening a domain's users, export.
#include "support/demo_app.h"
#include "app_controller.h"
#include "help_desk/enrollment_bars.h"
#include "help_desk/enrollment_dashboard.h"
#include "help_desk/enrollment_trend_chart.h"
#include "help_desk/help_desk_console.h"
#include "dialogs/message_boxes.h"
#include "sim/demo_seed.h"
#include "support/demo_accounts.h"
#include "support/sim_fixture.h"
#include "support/widget_lookup.h"
#include "windows/sign_in_window.h"

#include <QComboBox>
#include <QFile>
#include <QImageReader>
#include <QJsonObject>
#include <QProcess>
#include <QSvgRenderer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QHelpEvent>
#include <QToolTip>

using namespace pbx;
using namespace Qt::StringLiterals;
using test::child;

namespace {
constexpr int Timeout = 30000;
constexpr int SeedUsers = 900;
constexpr int SeedDomains = 30;
constexpr int Domains = 4 + SeedDomains;
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SimFixture> m_sim;
    QTemporaryDir m_config;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::AppController> m_app;

    bool startSim(bool summaries = true, bool auditLog = true, bool strict = false)
    {
        if (!m_sim) {
            m_sim = std::make_unique<test::SimFixture>();
            m_sim->fromTemplate = true;
            m_sim->options.seedUsers = SeedUsers;
            m_sim->options.seedDomains = SeedDomains;
        }
        m_sim->stop();
        m_sim->options.api.mfaAdministration = summaries;
        m_sim->options.api.auditLog = auditLog;
        m_sim->options.api.netsapiensStrict = strict;
        return m_sim->start();
    }

    // Signs the help desk (a reseller) in and waits for its dashboard.
    ui::EnrollmentDashboard *signIn()
    {
        m_app = test::demoApp(
            *m_settings, DemoPortal{m_sim->url(), m_sim->simulator->certificateSha256(), u"helpdesk@demo"_s,
                                        test::demoPassword(), QString::fromLatin1(sim::DemoSeed::ClientId),
                                        QString::fromLatin1(sim::DemoSeed::ClientSecret)});
        m_app->start();
        QTest::mouseClick(child<QPushButton>(m_app->signInWindow(), "signInButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }, Timeout))
            return nullptr;
        auto *dashboard = child<ui::EnrollmentDashboard>(m_app->mainWindow(), "enrollmentDashboard");
        if (!dashboard || !QTest::qWaitFor([&] { return child(dashboard, "dashboardReload")->isEnabled(); }, Timeout))
            return nullptr;
        return dashboard;
    }

    // Waits for the trend to be drawn (or to say why not); its message.
    static QString trendMessage(ui::EnrollmentDashboard *dashboard)
    {
        auto *chart = child<ui::EnrollmentTrendChart>(dashboard, "enrollmentTrend");
        if (!QTest::qWaitFor([&] { return chart->message() != u"Loading…"_s; }, Timeout))
            return u"(still loading)"_s;
        return chart->message();
    }

    // The trend shown is the store's enrollment times (every user's
    // mfa-enrolled-datetime) put in the same weeks.
    void compareWithStore(const EnrollmentTrendModel &shown) const
    {
        QList<QDateTime> times;
        for (const QJsonObject &user : m_sim->simulator->store().all(u"user"_s))
            if (user.value(u"mfa-enrolled"_s).toBool())
                times << QDateTime::fromString(user.value(u"mfa-enrolled-datetime"_s).toString(), Qt::ISODate);
        EnrollmentTrendModel expected;
        expected.setEnrollments(times, shown.weekStart(shown.weekCount() - 1), shown.weekCount());
        QCOMPARE(shown.weekCount(), EnrollmentTrendModel::DefaultWeeks);
        QCOMPARE(expected.weekStart(0), shown.weekStart(0));
        for (int w = 0; w < shown.weekCount(); ++w)
            QCOMPARE(shown.enrolled(w), expected.enrolled(w));
    }

    // The whole numbers of a text, in order ("2,055 users: 946 enrolled"...).
    static QList<int> numbersIn(const QString &text)
    {
        QList<int> out;
        static const QRegularExpression number(u"\\d[\\d,]*"_s);
        for (auto it = number.globalMatch(text); it.hasNext();)
            out << it.next().captured().remove(u',').toInt();
        return out;
    }

    // What a poppler tool prints about a PDF; empty when it failed.
    static QString poppler(const QString &tool, const QStringList &arguments)
    {
        QProcess p;
        p.start(tool, arguments);
        if (!p.waitForFinished(Timeout) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_settings = std::make_unique<QSettings>(m_config.filePath(u"settings.ini"_s), QSettings::IniFormat);
        ui::MessageBoxes::setTestHook([](QDialog &) { return int(QMessageBox::Ok); });
    }
    void cleanup()
    {
        m_app.reset();
        m_sim.reset();
    }

    // A reseller lands on the dashboard; its totals, bars and table are the
    // portal's figures and agree with one another.
    void showsTheTerritoryFromThePortal()
    {
        QVERIFY(startSim());
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        auto *tabs = child<QTabWidget>(m_app->mainWindow(), "consoleTabs");
        QCOMPARE(tabs->currentWidget(), dashboard);
        QVERIFY2(child<QLabel>(dashboard, "dashboardSource")->text().startsWith(u"As the portal counts them"_s),
                 qPrintable(child<QLabel>(dashboard, "dashboardSource")->text()));

        const MfaSummaryModel &model = dashboard->model();
        QCOMPARE(model.rowCount(), Domains);
        // The table's cells, added up, are the totals line's numbers.
        auto *table = child<QTableView>(dashboard, "dashboardTable");
        MfaSummary sum;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const auto cell = [&](int column) { return table->model()->index(row, column).data().toString().remove(u',').toInt(); };
            sum.users += cell(MfaSummaryModel::UsersColumn);
            sum.enrolled += cell(MfaSummaryModel::EnrolledColumn);
            sum.pending += cell(MfaSummaryModel::PendingColumn);
            sum.notRequired += cell(MfaSummaryModel::NotRequiredColumn);
            sum.overdue += cell(MfaSummaryModel::OverdueColumn);
            sum.locked += cell(MfaSummaryModel::LockedColumn);
        }
        QCOMPARE(sum.users, 55 + SeedUsers);
        const QList<int> totals = numbersIn(child<QLabel>(dashboard, "dashboardTotals")->text());
        // "N domains, U users: E enrolled (P % of those required), P pending, O overdue, R not required, L locked"
        QCOMPARE(totals, (QList<int>{Domains, sum.users, sum.enrolled,
                                     int(100 * sum.enrolled / (sum.enrolled + sum.pending)), sum.pending, sum.overdue,
                                     sum.notRequired, sum.locked}));
        // The store itself, domain by domain, as an independent check.
        for (const MfaSummary &s : model.summaries())
            QCOMPARE(s.users, int(m_sim->simulator->store().keysWhere(u"user"_s, s.domain).size()));

        // The bars: one per domain, most behind first.
        auto *bars = child<ui::EnrollmentBars>(dashboard, "enrollmentBars");
        QCOMPARE(bars->count(), Domains);
        const QList<MfaSummary> order = MfaSummaryModel::mostBehindFirst(model.summaries());
        for (int row = 0; row < bars->count(); ++row)
            QCOMPARE(bars->domainAt(row), order.at(row).domain);
        QVERIFY(!bars->accessibleName().isEmpty());
        QVERIFY(MfaSummaryModel::progress(order.constFirst()).value_or(1) <= MfaSummaryModel::progress(order.at(1)).value_or(1));

        // Find a domain as you type.
        child<QLineEdit>(dashboard, "dashboardFilter")->setText(u"LAW"_s);
        QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < Domains);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, MfaSummaryModel::DomainColumn).data().toString().contains(u"law"_s));
    }

    // Enrollments per week from the audit log: the same weeks the users'
    // records give, the chart's description and the table agreeing.
    void showsEnrollmentsPerWeek()
    {
        QVERIFY(startSim());
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        QCOMPARE(trendMessage(dashboard), QString());
        QCOMPARE(child<QLabel>(dashboard, "dashboardTrendSource")->text(), u"From the audit log's enrollments."_s);
        const EnrollmentTrendModel &trend = dashboard->trend();
        compareWithStore(trend);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(trend.total() > 100); // the seed spreads enrollments over months
        int busyWeeks = 0;
        for (int w = 0; w < trend.weekCount(); ++w)
            busyWeeks += trend.enrolled(w) > 0;
        QVERIFY(busyWeeks > 10);

        // The table by week: every week, latest first, the same figures.
        auto *table = child<QTableView>(dashboard, "dashboardTrendTable");
        QCOMPARE(table->model()->rowCount(), trend.weekCount());
        int sum = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            sum += table->model()->index(row, EnrollmentTrendModel::EnrolledColumn).data().toString().remove(u',').toInt();
        QCOMPARE(sum, trend.total());
        QCOMPARE(table->model()->index(0, EnrollmentTrendModel::RunningTotalColumn).data().toString().remove(u',').toInt(),
                 trend.total());
        auto *chart = child<ui::EnrollmentTrendChart>(dashboard, "enrollmentTrend");
        QVERIFY(!chart->accessibleName().isEmpty());
        QVERIFY2(chart->accessibleDescription().startsWith(QLocale().toString(trend.total()) + u" enrollments in the 52 weeks"_s),
                 qPrintable(chart->accessibleDescription()));
        // The busiest week's point is the highest.
        int busiest = 0;
        for (int w = 0; w < trend.weekCount(); ++w)
            if (trend.enrolled(w) > trend.enrolled(busiest))
                busiest = w;
        for (int w = 0; w < trend.weekCount(); ++w)
            QVERIFY(chart->pointOf(w).y() >= chart->pointOf(busiest).y());
    }

    // An account that cannot read the audit log: the dashboard says so,
    // and counting from the listing gives the same weeks from the users'
    // enrollment dates.
    void trendFromTheListingWithoutTheAuditLog()
    {
        QVERIFY(startSim(true, false));
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        const QString message = trendMessage(dashboard);
        QVERIFY2(message.startsWith(u"This account cannot read the audit log."_s), qPrintable(message));
        QCOMPARE(dashboard->trend().weekCount(), 0);
        auto *count = child<QPushButton>(dashboard, "dashboardCountListing");
        QVERIFY(count->isVisible());
        const QList<MfaSummary> fromPortal = dashboard->model().summaries();
        QTest::mouseClick(count, Qt::LeftButton);
        // While counting, no trend drawn from dates not all in yet.
        QCOMPARE(child<ui::EnrollmentTrendChart>(dashboard, "enrollmentTrend")->message(),
                 u"Counting users from the directory listing…"_s);
        QCOMPARE(dashboard->trend().weekCount(), 0);
        QVERIFY(QTest::qWaitFor([&] { return child(dashboard, "dashboardReload")->isEnabled(); }, Timeout));
        QCOMPARE(trendMessage(dashboard), QString());
        QVERIFY2(child<QLabel>(dashboard, "dashboardTrendSource")->text().startsWith(u"From the enrollment dates"_s),
                 qPrintable(child<QLabel>(dashboard, "dashboardTrendSource")->text()));
        compareWithStore(dashboard->trend());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(dashboard->model().summaries(), fromPortal); // the listing's counts agree too
        QVERIFY(!count->isVisible());
    }

    // A stock portal: no MFA state on its users, so the dashboard says the
    // states and the enrollment dates are unknown instead of drawing zeros.
    void aStockPortalSaysWhatItDoesNotKnow()
    {
        QVERIFY(startSim(true, false, true)); // nor an audit log to read
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        auto *count = child<QPushButton>(dashboard, "dashboardCountListing");
        QVERIFY(count->isVisible());
        QTest::mouseClick(count, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return child(dashboard, "dashboardReload")->isEnabled(); }, Timeout));
        QCOMPARE(dashboard->model().totals().unknown, dashboard->model().totals().users);
        QVERIFY(child<QLabel>(dashboard, "dashboardTotals")->text().contains(u"MFA state unknown for"_s));
        QCOMPARE(trendMessage(dashboard), u"This portal does not say which users enrolled, so when they did is unknown."_s);
        QCOMPARE(dashboard->trend().weekCount(), 0);
    }

    // A bar, a table row or the keyboard opens the domain's users.
    void opensADomainsUsers()
    {
        QVERIFY(startSim());
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        auto *tabs = child<QTabWidget>(m_app->mainWindow(), "consoleTabs");
        auto *console = child<ui::HelpDeskConsole>(m_app->mainWindow(), "helpDeskConsole");
        auto *bars = child<ui::EnrollmentBars>(dashboard, "enrollmentBars");
        const auto opened = [&](const QString &domain) {
            return QTest::qWaitFor([&] { return !child(console, "consoleCancel")->isVisible(); }, Timeout)
                && tabs->currentWidget() == console
                && child<QComboBox>(console, "domainCombo")->currentData().toString() == domain;
        };

        const QString second = bars->domainAt(1);
        QTest::mouseClick(bars->viewport(), Qt::LeftButton, {}, bars->rowRect(1).center());
        QVERIFY(opened(second));
        const MfaSummary expected = *std::find_if(dashboard->model().summaries().cbegin(),
                                                  dashboard->model().summaries().cend(),
                                                  [&](const MfaSummary &s) { return s.domain == second; });
        QCOMPARE(child<QTableView>(console, "usersTable")->model()->rowCount(), expected.users);

        tabs->setCurrentWidget(dashboard);
        bars->setFocus();
        QTest::keyClick(bars, Qt::Key_End);
        QTest::keyClick(bars, Qt::Key_Return);
        QVERIFY(opened(bars->domainAt(bars->count() - 1)));

        tabs->setCurrentWidget(dashboard);
        auto *table = child<QTableView>(dashboard, "dashboardTable");
        const QModelIndex first = table->model()->index(0, 0);
        emit table->activated(first);
        QVERIFY(opened(first.data().toString()));
    }

    // The table exports as CSV that parses back to the same figures.
    void exportsTheTable()
    {
        QVERIFY(startSim());
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        QTemporaryDir out;
        const QString path = out.filePath(u"summary.csv"_s);
        QString error;
        QVERIFY2(dashboard->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + Domains);
        QCOMPARE(lines.constFirst().split(u','), (QStringList{u"Domain"_s, u"Progress"_s, u"Users"_s, u"Enrolled"_s,
                                                              u"Pending"_s, u"Overdue"_s, u"Not required"_s,
                                                              u"Locked"_s, u"Unknown"_s}));
        int users = 0;
        for (const QString &line : lines.mid(1)) {
            const QStringList cells = line.split(u',');
            QCOMPARE(cells.size(), 9);
            bool ok = false;
            users += cells.at(2).toInt(&ok);
            QVERIFY2(ok, qPrintable(line));
            QCOMPARE(cells.at(2).toInt(), cells.at(3).toInt() + cells.at(4).toInt() + cells.at(6).toInt());
        }
        QCOMPARE(users, dashboard->model().totals().users);
        // A path that cannot be written: an error, and nothing half-written.
        QVERIFY(!dashboard->exportCsv(out.filePath(u"no-such-dir/summary.csv"_s), &error));
        QVERIFY(error.contains(u"no-such-dir"_s));
    }

    // The chart exports as PNG, SVG and PDF, each checked by its own
    // reader: Qt's image reader, Qt's SVG renderer, poppler's pdfinfo and
    // pdftotext.
    void exportsTheChart()
    {
        QVERIFY(startSim());
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        auto *bars = child<ui::EnrollmentBars>(dashboard, "enrollmentBars");
        QTemporaryDir out;
        QString error;

        const QString png = out.filePath(u"chart.png"_s);
        QVERIFY2(bars->exportChart(png, &error), qPrintable(error));
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > Domains * 10); // every domain, not only those in view
        const QColor enrolled = ui::EnrollmentBars::colors(bars->palette()).enrolled;
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; y += 3)
            for (int x = 0; x < image.width() && !drawn; x += 3)
                drawn = image.pixelColor(x, y) == enrolled;
        QVERIFY(drawn);

        const QString svg = out.filePath(u"chart.svg"_s);
        QVERIFY2(bars->exportChart(svg, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox().width(), image.width());

        const QString pdf = out.filePath(u"chart.pdf"_s);
        QVERIFY2(bars->exportChart(pdf, &error), qPrintable(error));
        const QString infoText = poppler(u"pdfinfo"_s, {pdf});
        QVERIFY2(infoText.contains(u"Title:"_s) && infoText.contains(u"Enrollment by domain"_s), qPrintable(infoText));
        const QString words = poppler(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(!words.isEmpty());
        for (int row = 0; row < bars->count(); ++row) // every domain on some page
            QVERIFY2(words.contains(bars->domainAt(row)), qPrintable(bars->domainAt(row)));

        // A name without one of those suffixes, and a picture too tall.
        QVERIFY(!bars->exportChart(out.filePath(u"chart.gif"_s), &error));
        QVERIFY(error.contains(u".png, .svg or .pdf"_s));
        ui::EnrollmentBars many;
        many.setSummaries(QList<MfaSummary>(ui::EnrollmentBars::MaxImageRows + 1, MfaSummary{u"x.demo"_s, 1, 1, 0, 0, 0, 0, 0}));
        QVERIFY(!many.exportChart(out.filePath(u"many.png"_s), &error));
        QVERIFY(error.contains(u"at most 500 domains"_s));
        QVERIFY(!QFile::exists(out.filePath(u"many.png"_s)));
        QVERIFY2(many.exportChart(out.filePath(u"many.pdf"_s), &error), qPrintable(error)); // pages hold them
        QVERIFY(poppler(u"pdfinfo"_s, {out.filePath(u"many.pdf"_s)})
                    .contains(QRegularExpression(u"Pages:\\s+([2-9]|\\d\\d+)"_s)));
    }

    // The weekly line exports the same three ways, and its table as CSV
    // that parses back to the same weeks.
    void exportsTheTrend()
    {
        QVERIFY(startSim());
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        QCOMPARE(trendMessage(dashboard), QString());
        auto *chart = child<ui::EnrollmentTrendChart>(dashboard, "enrollmentTrend");
        QTemporaryDir out;
        QString error;

        const QString png = out.filePath(u"trend.png"_s);
        QVERIFY2(chart->exportChart(png, &error), qPrintable(error));
        const QImage image = QImageReader(png).read();
        QVERIFY(!image.isNull());
        const QColor accent = chart->palette().color(QPalette::Highlight);
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y)
            for (int x = 0; x < image.width() && !drawn; ++x)
                drawn = image.pixelColor(x, y) == accent;
        QVERIFY(drawn); // the line, in the palette's accent

        const QString svg = out.filePath(u"trend.svg"_s);
        QVERIFY2(chart->exportChart(svg, &error), qPrintable(error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox().size(), image.size());

        const QString pdf = out.filePath(u"trend.pdf"_s);
        QVERIFY2(chart->exportChart(pdf, &error), qPrintable(error));
        const QString infoText = poppler(u"pdfinfo"_s, {pdf});
        QVERIFY2(infoText.contains(u"Enrollments per week"_s) && infoText.contains(QRegularExpression(u"Pages:\\s+1\\b"_s)),
                 qPrintable(infoText));

        const QString csv = out.filePath(u"trend.csv"_s);
        QVERIFY2(dashboard->exportTrendCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        const EnrollmentTrendModel &trend = dashboard->trend();
        QCOMPARE(lines.size(), 1 + trend.weekCount());
        QCOMPARE(lines.constFirst().split(u','), (QStringList{u"Week of"_s, u"Enrolled"_s, u"Running total"_s}));
        int running = 0;
        for (int w = 0; w < trend.weekCount(); ++w) {
            const QStringList cells = lines.at(1 + w).split(u',');
            QCOMPARE(cells.size(), 3);
            QCOMPARE(QDate::fromString(cells.at(0), Qt::ISODate), trend.weekStart(w));
            QCOMPARE(cells.at(1).toInt(), trend.enrolled(w));
            running += trend.enrolled(w);
            QCOMPARE(cells.at(2).toInt(), running);
        }
    }

    // A portal without the summary: the same figures, counted from the
    // listing, and the dashboard says so.
    void countsFromTheListingOnAPortalWithoutSummaries()
    {
        QVERIFY(startSim());
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        const QList<MfaSummary> fromPortal = dashboard->model().summaries();
        m_app.reset();
        QVERIFY(startSim(false));
        dashboard = signIn();
        QVERIFY(dashboard);
        // Not counted unasked: it reads every user.
        auto *count = child<QPushButton>(dashboard, "dashboardCountListing");
        QVERIFY(count->isVisible());
        QVERIFY2(child<QLabel>(dashboard, "dashboardSource")->text().startsWith(u"This portal has no MFA summary."_s),
                 qPrintable(child<QLabel>(dashboard, "dashboardSource")->text()));
        QCOMPARE(dashboard->model().rowCount(), 0);
        QTest::mouseClick(count, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return child(dashboard, "dashboardReload")->isEnabled(); }, Timeout));
        const QString source = child<QLabel>(dashboard, "dashboardSource")->text();
        QVERIFY2(source.startsWith(u"This portal has no MFA summary: counted from the directory listing in "_s),
                 qPrintable(source));
        QCOMPARE(dashboard->model().summaries(), fromPortal);
    }

    // The portal gone at a refresh: the dashboard says so, keeps the
    // figures it had, and can be asked again.
    void aFailedRefreshKeepsTheFigures()
    {
        QVERIFY(startSim());
        ui::EnrollmentDashboard *dashboard = signIn();
        QVERIFY(dashboard);
        const QList<MfaSummary> before = dashboard->model().summaries();
        QCOMPARE(before.size(), Domains);
        m_sim->stop();
        auto *reload = child<QPushButton>(dashboard, "dashboardReload");
        QTest::mouseClick(reload, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return reload->isEnabled(); }, Timeout));
        const QString source = child<QLabel>(dashboard, "dashboardSource")->text();
        QVERIFY2(source.startsWith(u"Could not load the figures: "_s), qPrintable(source));
        QCOMPARE(dashboard->model().summaries(), before);
        QCOMPARE(child<ui::EnrollmentBars>(dashboard, "enrollmentBars")->count(), Domains);
    }

    // A domain's name is the portal's text: its tooltip shows it as typed,
    // never as markup.
    void tooltipsShowNamesAsPlainText()
    {
        ui::EnrollmentBars bars;
        bars.resize(400, 200);
        bars.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bars));
        bars.setSummaries({{u"<b>bold</b>.demo"_s, 2, 1, 1, 0, 0, 0, 0}});
        const QPoint at = bars.rowRect(0).center();
        QHelpEvent help(QEvent::ToolTip, at, bars.viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(bars.viewport(), &help);
        QVERIFY2(QToolTip::text().contains(u"&lt;b&gt;bold&lt;/b&gt;.demo: 2 users"_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    // The bars follow the palette: a dark one paints a dark background and
    // its own accent.
    void barsFollowThePalette()
    {
        ui::EnrollmentBars bars;
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        dark.setColor(QPalette::Text, Qt::white);
        bars.setPalette(dark);
        bars.resize(400, 200);
        bars.setSummaries({{u"a.demo"_s, 10, 10, 0, 0, 0, 0, 0}});
        const QImage image = bars.viewport()->grab().toImage();
        QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), dark.color(QPalette::Base));
        const QRect row = bars.rowRect(0);
        // Somewhere in the row the bar shows the accent (all enrolled).
        bool accent = false;
        for (int x = 0; x < image.width() && !accent; ++x)
            accent = image.pixelColor(x, row.center().y()) == dark.color(QPalette::Highlight);
        QVERIFY(accent);
        QCOMPARE(ui::EnrollmentBars::colors(dark).enrolled, dark.color(QPalette::Highlight));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
