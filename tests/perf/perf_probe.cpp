// pbx-perf-probe: drives the real app (AppController, its windows and
// dialogs) against a simulator on a thread of its own, and prints what it
// measured as one JSON object. scripts/measure-performance runs it and
// writes docs/performance.md; it is a measuring tool, not a test.
//
//   pbx-perf-probe flows          requests and TLS connections per flow
//   pbx-perf-probe stall MS       the UI thread's longest stall while every
//                                 answer takes MS milliseconds
//   pbx-perf-probe table N        users table with N users: load, filter
//   pbx-perf-probe territory URL SHA256
//                                 a reseller's territory on a running
//                                 pbx-portal-sim: dashboard, first rows and
//                                 full load of every user, memory, search
#include "support/demo_app.h"
#include "app_controller.h"
#include "help_desk/enrollment_bars.h"
#include "help_desk/enrollment_dashboard.h"
#include "dialogs/message_boxes.h"
#include "mfa/base32.h"
#include "mfa/totp.h"
#include "sim/demo_seed.h"
#include "support/simulator_thread.h"
#include "support/widget_lookup.h"
#include "widgets/qr_code_widget.h"
#include "windows/main_window.h"
#include "windows/sign_in_window.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QFile>
#include <QTabWidget>
#include <algorithm>
#include <cstdio>
#include <malloc.h>

using namespace pbx;
using namespace Qt::StringLiterals;
using test::child;

namespace {

constexpr int Patience = 600000; // ms; a slow portal is slow

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "pbx-perf-probe: %s\n", what);
    std::exit(1);
}

// Runs the event loop until `condition` holds. Not QTest::qWaitFor: it
// sleeps 10 ms between checks, which the stall monitor would count.
void waitFor(const std::function<bool()> &condition, const char *what)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(Patience, &loop, [&] { loop.exit(1); });
    check.start();
    if (!condition() && loop.exec() != 0)
        die(what);
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QWidget *visibleTopLevel(const QString &objectName)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == objectName && w->isVisible())
            return w;
    return nullptr;
}

void type(QWidget *parent, const char *field, const QString &text)
{
    if (!test::typeInto(parent, field, text))
        die(field);
}

// The longest time the UI thread did not get back to its event loop: a
// precise 1 ms timer whose late ticks are stalls.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double gapMs = double(now - m_last) / 1e6 - 1.0;
            m_last = now;
            m_gaps.append(gapMs);
            if (gapMs > 8.0)
                m_long.append(u"%1 ms in %2"_s.arg(gapMs, 0, 'f', 1).arg(m_phase));
            if (gapMs > m_worst) {
                m_worst = gapMs;
                m_worstPhase = m_phase;
            }
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void setPhase(const QString &phase) { m_phase = phase; }
    QJsonObject report() const
    {
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double p) { return sorted.isEmpty() ? 0.0 : sorted[qsizetype(p * double(sorted.size() - 1))]; };
        return {{u"max_stall_ms"_s, m_worst},
                {u"max_stall_phase"_s, m_worstPhase},
                {u"p99_gap_ms"_s, at(0.99)},
                {u"ticks"_s, m_gaps.size()},
                {u"stalls_over_8ms"_s, QJsonArray::fromStringList(m_long)},
                {u"stalls_over_16ms"_s, int(std::count_if(m_gaps.cbegin(), m_gaps.cend(), [](double g) { return g > 16.0; }))}};
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
    QStringList m_long;
    double m_worst = 0;
    QString m_phase, m_worstPhase;
};

class Probe
{
public:
    explicit Probe(sim::Simulator::Options options)
    {
        options.dataDir = m_data.path();
        QString error;
        if (!m_sim.start(options, &error))
            die(qPrintable(error));
        m_url = m_sim.read([](sim::Simulator &s) { return s.url(); });
        m_pin = m_sim.read([](sim::Simulator &s) { return s.certificateSha256(); });
        prepareApp();
    }

    // Against a portal already running (pbx-portal-sim, another process).
    Probe(const QUrl &url, const QByteArray &pin) : m_url(url), m_pin(pin) { prepareApp(); }

    // The app's settings, and the success message and any question
    // answered at once.
    void prepareApp()
    {
        m_settings = std::make_unique<QSettings>(m_config.filePath(u"settings.ini"_s), QSettings::IniFormat);
        ui::MessageBoxes::setTestHook([](QDialog &dialog) {
            return qobject_cast<QMessageBox *>(&dialog) ? int(QMessageBox::Ok) : int(QDialog::Accepted);
        });
    }

    std::pair<qint64, qint64> traffic()
    {
        return m_sim.read([](sim::Simulator &s) { return std::pair{s.requestsServed(), s.connectionsAccepted()}; });
    }

    void startApp(const QString &user)
    {
        m_app.reset();
        m_app = test::demoApp(
            *m_settings, DemoPortal{m_url, m_pin, user, QString::fromLatin1(sim::DemoSeed::Password),
                                        QString::fromLatin1(sim::DemoSeed::ClientId),
                                        QString::fromLatin1(sim::DemoSeed::ClientSecret)});
        m_app->start();
        waitFor([&] { return m_app->signInWindow()->isVisible(); }, "the sign-in window did not show");
    }

    void clickSignIn()
    {
        QTest::mouseClick(child<QPushButton>(m_app->signInWindow(), "signInButton"), Qt::LeftButton);
    }

    // Sign-in, the enrollment dialog, activation; returns the secret.
    QByteArray enroll(StallMonitor *monitor = nullptr)
    {
        const auto phase = [&](const char *p) {
            if (monitor)
                monitor->setPhase(QString::fromLatin1(p));
        };
        phase("sign-in");
        clickSignIn();
        QWidget *dialog = nullptr;
        waitFor([&] { return (dialog = visibleTopLevel(u"mfaEnrollmentDialog"_s)) != nullptr; }, "no enrollment dialog");
        phase("enrollment");
        QTest::mouseClick(child<QPushButton>(dialog, "configureButton"), Qt::LeftButton);
        auto *qr = child<ui::QrCodeWidget>(dialog, "qrCode");
        waitFor([&] { return qr->matrix().has_value(); }, "no QR code");
        QTest::mouseClick(child<QToolButton>(dialog, "cantScanButton"), Qt::LeftButton);
        const auto secret = mfa::base32Decode(mfa::normalizeTypedKey(child<QLabel>(dialog, "keyLabel")->text()));
        if (!secret)
            die("the key shown does not decode");
        phase("activation");
        type(dialog, "passcodeEdit", mfa::totp(*secret, QDateTime::currentSecsSinceEpoch()));
        type(dialog, "passwordEdit", QString::fromLatin1(sim::DemoSeed::Password));
        QTest::keyClick(child<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Return);
        // The recovery codes: copied and confirmed, as a user would.
        QWidget *gate = nullptr;
        waitFor([&] { return (gate = visibleTopLevel(u"recoveryCodesDialog"_s)) != nullptr; }, "no recovery codes");
        QTest::mouseClick(child<QPushButton>(gate, "copyCodesButton"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(gate, "confirmSavedCheck"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(gate, "continueButton"), Qt::LeftButton);
        return *secret;
    }

    void challenge(const QByteArray &secret, StallMonitor *monitor = nullptr)
    {
        if (monitor)
            monitor->setPhase(u"challenge"_s);
        clickSignIn();
        QWidget *dialog = nullptr;
        waitFor([&] { return (dialog = visibleTopLevel(u"passcodeDialog"_s)) != nullptr; }, "no passcode dialog");
        type(dialog, "passcodeEdit", mfa::totp(secret, QDateTime::currentSecsSinceEpoch()));
        QTest::keyClick(child<QLineEdit>(dialog, "passcodeEdit"), Qt::Key_Return);
    }

    void waitSignedIn()
    {
        waitFor([&] { return m_app->session().state() == Session::State::SignedIn; }, "not signed in");
    }

    QWidget *console() { return m_app->mainWindow() ? child(m_app->mainWindow(), "helpDeskConsole") : nullptr; }

    void waitConsoleIdle()
    {
        waitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }, "no main window");
        waitFor([&] { return console() && !child(console(), "consoleCancel")->isVisible(); }, "the console stays busy");
    }

    // Waits until the TOTP step after the one just used, so the next code
    // is not a replay.
    static void waitNextStep()
    {
        const qint64 step = QDateTime::currentSecsSinceEpoch() / 30;
        waitFor([&] { return QDateTime::currentSecsSinceEpoch() / 30 > step; }, "clock");
    }

    ui::AppController &app() { return *m_app; }

private:
    QTemporaryDir m_data, m_config;
    test::SimulatorThread m_sim;
    QUrl m_url;
    QByteArray m_pin;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::AppController> m_app;
};

QJsonObject flows()
{
    Probe probe({});
    probe.startApp(u"manager@acme.demo"_s);
    const auto before = probe.traffic();
    std::pair<qint64, qint64> atSignIn;
    // Counted the moment the portal unlocks, before the console asks for
    // anything.
    QObject::connect(&probe.app().session(), &Session::signedIn, &probe.app(), [&] { atSignIn = probe.traffic(); });
    const QByteArray secret = probe.enroll();
    probe.waitSignedIn();
    probe.waitConsoleIdle();
    const auto loaded = probe.traffic();
    pause(10000); // signed in and idle
    const auto idle = probe.traffic();
    QTest::mouseClick(child<QPushButton>(probe.app().mainWindow(), "signOutButton"), Qt::LeftButton);
    waitFor([&] { return probe.app().signInWindow()->isVisible(); }, "no sign-in window after signing out");

    Probe::waitNextStep();
    probe.startApp(u"manager@acme.demo"_s);
    const auto beforeChallenge = probe.traffic();
    std::pair<qint64, qint64> atChallenge;
    QObject::connect(&probe.app().session(), &Session::signedIn, &probe.app(), [&] { atChallenge = probe.traffic(); });
    probe.challenge(secret);
    probe.waitSignedIn();
    probe.waitConsoleIdle();
    return {{u"scenario"_s, u"flows"_s},
            {u"enroll_requests"_s, atSignIn.first - before.first},
            {u"enroll_connections"_s, atSignIn.second - before.second},
            {u"console_requests"_s, loaded.first - atSignIn.first},
            {u"idle_requests_10s"_s, idle.first - loaded.first},
            {u"challenge_requests"_s, atChallenge.first - beforeChallenge.first},
            {u"challenge_connections"_s, atChallenge.second - beforeChallenge.second}};
}

QJsonObject stall(int delayMs)
{
    sim::Simulator::Options options;
    options.responseDelayMs = delayMs;
    Probe probe(options);
    probe.startApp(u"manager@acme.demo"_s);
    pause(500); // past the first paint: start-up is measured on its own
    StallMonitor monitor;
    monitor.start();
    QElapsedTimer flow;
    flow.start();
    const QByteArray secret = probe.enroll(&monitor);
    probe.waitSignedIn();
    monitor.setPhase(u"signed in, console loading"_s);
    probe.waitConsoleIdle();
    monitor.setPhase(u"sign-out"_s);
    QTest::mouseClick(child<QPushButton>(probe.app().mainWindow(), "signOutButton"), Qt::LeftButton);
    waitFor([&] { return probe.app().signInWindow()->isVisible(); }, "no sign-in window after signing out");
    monitor.setPhase(u"waiting"_s);
    Probe::waitNextStep();
    monitor.setPhase(u"start"_s);
    probe.startApp(u"manager@acme.demo"_s); // the password is not kept after signing out
    probe.challenge(secret, &monitor);
    probe.waitSignedIn();
    monitor.setPhase(u"console"_s);
    probe.waitConsoleIdle();
    monitor.stop();
    QJsonObject out = monitor.report();
    out.insert(u"scenario"_s, u"stall"_s);
    out.insert(u"response_delay_ms"_s, delayMs);
    out.insert(u"flow_seconds"_s, double(flow.elapsed()) / 1000.0);
    return out;
}

// Time from a key press in the filter to the table's repaint.
class RepaintWatch : public QObject
{
public:
    explicit RepaintWatch(QWidget *viewport) { viewport->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) {
            // Let the paint finish, then note it.
            const bool result = QObject::eventFilter(o, e);
            painted = true;
            return result;
        }
        return QObject::eventFilter(o, e);
    }
};

struct Keystrokes
{
    int matching = 0; // rows matching the whole text
    double medianMs = 0, worstMs = 0;
};

// Types `text` into `filter` and erases it, one key at a time, each timed
// from the key press to the end of `view`'s repaint.
Keystrokes typeAndErase(QLineEdit *filter, QTableView *view, const QString &text)
{
    filter->setFocus();
    RepaintWatch watch(view->viewport());
    QList<double> keystrokes;
    const auto press = [&](int key) {
        watch.painted = false;
        QElapsedTimer t;
        t.start();
        QTest::keyClick(filter, Qt::Key(key), Qt::NoModifier); // filters at once
        QCoreApplication::processEvents(); // layout and the repaint Qt posts
        // When the visible rows did not change Qt posts no repaint; paint
        // anyway, to bound what the user waits for.
        if (!watch.painted)
            view->viewport()->repaint();
        keystrokes.append(double(t.nsecsElapsed()) / 1e6);
    };
    for (const QChar c : text)
        press(Qt::Key_A + (c.toUpper().unicode() - u'A'));
    Keystrokes out;
    out.matching = view->model()->rowCount();
    for (qsizetype i = 0; i < text.size(); ++i)
        press(Qt::Key_Backspace);
    std::sort(keystrokes.begin(), keystrokes.end());
    out.medianMs = keystrokes[keystrokes.size() / 2];
    out.worstMs = keystrokes.last();
    return out;
}

QJsonObject table(int users)
{
    sim::Simulator::Options options;
    options.seedUsers = users;
    QElapsedTimer seeding;
    seeding.start();
    Probe probe(options);
    const double seedSeconds = double(seeding.elapsed()) / 1000.0;
    probe.startApp(u"helpdesk@demo"_s);
    probe.clickSignIn();
    probe.waitSignedIn();
    waitFor([&] { return probe.app().mainWindow() && probe.app().mainWindow()->isVisible(); }, "no main window");
    // A reseller starts on the dashboard: the users are the other tab.
    child<QTabWidget>(probe.app().mainWindow(), "consoleTabs")->setCurrentWidget(probe.console());
    probe.waitConsoleIdle();
    QWidget *console = probe.console();
    auto *domains = child<QComboBox>(console, "domainCombo");
    auto *view = child<QTableView>(console, "usersTable");

    StallMonitor monitor;
    monitor.setPhase(u"loading"_s);
    monitor.start();
    QElapsedTimer load;
    load.start();
    domains->setCurrentIndex(0); // All domains
    emit domains->activated(0);
    probe.waitConsoleIdle();
    const qint64 loadMs = load.elapsed();
    monitor.stop();
    const int rows = view->model()->rowCount();

    const Keystrokes typed = typeAndErase(child<QLineEdit>(console, "filterEdit"), view, u"alex"_s);
    const QJsonObject loadStalls = monitor.report();
    return {{u"scenario"_s, u"table"_s},
            {u"seeded_users"_s, users},
            {u"rows"_s, rows},
            {u"simulator_seed_seconds"_s, seedSeconds},
            {u"load_ms"_s, loadMs},
            {u"load_max_ui_stall_ms"_s, loadStalls.value(u"max_stall_ms"_s)},
            {u"rows_matching_alex"_s, typed.matching},
            {u"keystroke_to_repaint_ms_median"_s, typed.medianMs},
            {u"keystroke_to_repaint_ms_max"_s, typed.worstMs}};
}

// The resident set now, after handing freed heap back to the system, so
// that what is counted is what is kept, not what a load used on its way.
qint64 residentBytes()
{
    malloc_trim(0);
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

// The heap in use, in every malloc arena: what is held, whatever the
// fragmentation. The resident set alone can understate a load that fills
// holes freed earlier (worker threads' arenas, from parsing the audit log).
qint64 heapInUseBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

// Time from an action to the end of the repaint it causes in `widget`.
qint64 untilPainted(QWidget *widget, const std::function<void()> &action, const std::function<bool()> &done,
                    const char *what)
{
    RepaintWatch watch(widget);
    QElapsedTimer t;
    t.start();
    action();
    waitFor([&] { return done() && watch.painted; }, what);
    return t.elapsed();
}

QJsonObject territory(const QUrl &url, const QByteArray &pin)
{
    Probe probe(url, pin);
    probe.startApp(u"helpdesk@demo"_s);
    probe.clickSignIn();
    probe.waitSignedIn();
    waitFor([&] { return probe.app().mainWindow() && probe.app().mainWindow()->isVisible(); }, "no main window");
    QWidget *window = probe.app().mainWindow();
    auto *dashboard = child<ui::EnrollmentDashboard>(window, "enrollmentDashboard");
    auto *reload = child<QPushButton>(dashboard, "dashboardReload");
    waitFor([&] { return reload->isEnabled(); }, "the dashboard did not load");
    // And the trend (the audit log's enrollments, read once at sign-in):
    // what is timed below is a refresh of a dashboard in view.
    waitFor([&] { return dashboard->trend().rowCount() > 0; }, "the trend did not load");
    pause(500);

    // The dashboard from the portal's summary: Refresh to the bars drawn.
    auto *bars = child<ui::EnrollmentBars>(dashboard, "enrollmentBars");
    const qint64 summaryMs = untilPainted(bars->viewport(), [&] { reload->click(); },
                                          [&] { return reload->isEnabled(); }, "the summary did not load");
    const int domainCount = dashboard->model().rowCount();
    const int summaryUsers = dashboard->model().totals().users;
    const qint64 baseline = residentBytes();
    const qint64 baselineHeap = heapInUseBytes();

    // Every user: All domains in the Users tab, to the first rows drawn and
    // to the last page handed on.
    auto *tabs = child<QTabWidget>(window, "consoleTabs");
    QWidget *console = probe.console();
    tabs->setCurrentWidget(console);
    probe.waitConsoleIdle();
    auto *domains = child<QComboBox>(console, "domainCombo");
    auto *view = child<QTableView>(console, "usersTable");
    StallMonitor monitor;
    monitor.setPhase(u"loading"_s);
    monitor.start();
    RepaintWatch watch(view->viewport());
    QElapsedTimer load;
    load.start();
    domains->setCurrentIndex(0); // All domains
    emit domains->activated(0);
    waitFor([&] { return view->model()->rowCount() > 0 && watch.painted; }, "no rows");
    const qint64 firstRowsMs = load.elapsed();
    probe.waitConsoleIdle();
    const qint64 loadMs = load.elapsed();
    monitor.stop();
    const int rows = view->model()->rowCount();
    const qint64 loaded = residentBytes();
    const qint64 loadedHeap = heapInUseBytes();

    // Search across domains, at every user loaded.
    const Keystrokes typed = typeAndErase(child<QLineEdit>(console, "filterEdit"), view, u"smit"_s);

    // The dashboard from the listing, as on a portal without the summary:
    // what its Count from the listing button does.
    tabs->setCurrentWidget(dashboard);
    pause(200);
    const qint64 fallbackMs = untilPainted(
        bars->viewport(), [&] { child<QPushButton>(dashboard, "dashboardCountListing")->click(); },
        [&] { return reload->isEnabled(); }, "the count from the listing did not finish");
    const int fallbackUsers = dashboard->model().totals().users;

    return {{u"scenario"_s, u"territory"_s},
            {u"domains"_s, domainCount},
            {u"summary_users"_s, summaryUsers},
            {u"dashboard_from_summary_ms"_s, summaryMs},
            {u"rows"_s, rows},
            {u"first_rows_ms"_s, firstRowsMs},
            {u"load_ms"_s, loadMs},
            {u"load_max_ui_stall_ms"_s, monitor.report().value(u"max_stall_ms"_s)},
            {u"baseline_rss_bytes"_s, baseline},
            {u"loaded_rss_bytes"_s, loaded},
            {u"baseline_heap_bytes"_s, baselineHeap},
            {u"loaded_heap_bytes"_s, loadedHeap},
            {u"rows_matching_smit"_s, typed.matching},
            {u"keystroke_to_repaint_ms_median"_s, typed.medianMs},
            {u"keystroke_to_repaint_ms_max"_s, typed.worstMs},
            {u"dashboard_from_listing_ms"_s, fallbackMs},
            {u"listing_users"_s, fallbackUsers}};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString scenario = args.value(1);
    QJsonObject result;
    if (scenario == u"flows")
        result = flows();
    else if (scenario == u"stall")
        result = stall(args.value(2, u"2000"_s).toInt());
    else if (scenario == u"table")
        result = table(args.value(2, u"20000"_s).toInt());
    else if (scenario == u"territory" && args.size() == 4)
        result = territory(QUrl(args.at(2)), QByteArray::fromHex(args.at(3).toLatin1().replace(':', "")));
    else
        die("usage: pbx-perf-probe flows | stall MS | table N | territory URL SHA256");
    result.insert(u"platform"_s, QGuiApplication::platformName());
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
