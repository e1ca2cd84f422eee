// The help-desk console, offscreen, against the simulator over TLS.
#include "support/demo_app.h"
#include "app_controller.h"
#include "help_desk/help_desk_console.h"
#include "dialogs/audit_dialog.h"
#include "dialogs/enrollment_deadline_dialog.h"
#include "dialogs/message_boxes.h"
#include "dialogs/temporary_access_dialog.h"
#include "sim/demo_seed.h"
#include "sim/rate_limiter.h"
#include "support/demo_accounts.h"
#include "support/sim_fixture.h"
#include "support/widget_lookup.h"
#include "windows/sign_in_window.h"

#include <QApplication>
#include <QSpinBox>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QDir>
#include <QClipboard>
#include <QCheckBox>
#include <QDateEdit>
#include <QTreeWidget>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 30000;
constexpr int SeededUsers = 2500; // several pages of 1,000

using test::child;
} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

    test::SimFixture m_sim;
    QTemporaryDir m_config;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::AppController> m_app;
    QStringList m_boxes;
    QString m_leaveOpenIf; // boxes whose text starts so stay open, unanswered
    QMessageBox::StandardButton m_answer = QMessageBox::Ok;
    std::function<int(QDialog &)> m_dialogAnswer; // for dialogs other than message boxes

    ui::HelpDeskConsole *signIn(test::SimFixture &sim, const QString &user)
    {
        m_app = test::demoApp(
            *m_settings, DemoPortal{sim.url(), sim.simulator->certificateSha256(), user, test::demoPassword(),
                                        QString::fromLatin1(sim::DemoSeed::ClientId),
                                        QString::fromLatin1(sim::DemoSeed::ClientSecret)});
        m_app->start();
        QTest::mouseClick(child<QPushButton>(m_app->signInWindow(), "signInButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return m_app->mainWindow() && m_app->mainWindow()->isVisible(); }, Timeout))
            return nullptr;
        // A reseller starts on the dashboard; these tests are about the
        // users, one tab along.
        auto *console = m_app->mainWindow()->findChild<ui::HelpDeskConsole *>(u"helpDeskConsole"_s);
        if (auto *tabs = m_app->mainWindow()->findChild<QTabWidget *>(u"consoleTabs"_s); tabs && console)
            tabs->setCurrentWidget(console);
        return console;
    }

    // The help desk's console, showing this domain's users (of the shared
    // portal unless another is given).
    ui::HelpDeskConsole *signInToDomain(const QString &domain) { return signInToDomain(m_sim, domain); }
    ui::HelpDeskConsole *signInToDomain(test::SimFixture &sim, const QString &domain)
    {
        ui::HelpDeskConsole *console = signIn(sim, u"helpdesk@demo"_s);
        if (!console || !idle(console))
            return nullptr;
        auto *domains = child<QComboBox>(console, "domainCombo");
        domains->setCurrentIndex(domains->findData(domain));
        emit domains->activated(domains->currentIndex());
        return idle(console) ? console : nullptr;
    }

    bool idle(ui::HelpDeskConsole *console)
    {
        return QTest::qWaitFor([&] { return !child(console, "consoleCancel")->isVisible(); }, Timeout);
    }

    // Shows and selects one user, found by its user@domain id.
    void selectUser(ui::HelpDeskConsole *console, test::SimFixture &sim, const QString &uid)
    {
        const QString login = sim.simulator->store().get(u"user"_s, uid)->value(u"login-username"_s).toString();
        auto *table = child<QTableView>(console, "usersTable");
        child<QLineEdit>(console, "filterEdit")->setText(login);
        table->clearSelection();
        QVERIFY(table->model()->rowCount() >= 1);
        table->selectRow(0);
    }

    QString mfaOf(ui::HelpDeskConsole *console, int row = 0)
    {
        auto *table = child<QTableView>(console, "usersTable");
        return table->model()->index(row, UsersTableModel::MfaColumn).data().toString();
    }

private slots:
    void initTestCase()
    {
        m_sim.options.seedUsers = SeededUsers;
        QVERIFY(m_sim.start());
        m_settings = std::make_unique<QSettings>(m_config.filePath(u"settings.ini"_s), QSettings::IniFormat);
        ui::MessageBoxes::setTestHook([this](QDialog &dialog) -> int {
            if (auto *box = qobject_cast<QMessageBox *>(&dialog)) {
                m_boxes << box->text();
                if (!m_leaveOpenIf.isEmpty() && box->text().startsWith(m_leaveOpenIf))
                    return ui::MessageBoxes::LeaveOpen;
            }
            else if (m_dialogAnswer)
                return m_dialogAnswer(dialog);
            return m_answer;
        });
    }

    void init()
    {
        m_leaveOpenIf.clear();
        m_boxes.clear();
        m_answer = QMessageBox::Ok;
        m_dialogAnswer = nullptr;
    }

    void cleanup() { m_app.reset(); }

    void loadsEveryDomainPageByPage()
    {
        ui::HelpDeskConsole *console = signIn(m_sim, u"helpdesk@demo"_s);
        QVERIFY(console);
        QVERIFY(idle(console));
        auto *domains = child<QComboBox>(console, "domainCombo");
        QCOMPARE(domains->currentData().toString(), u"demo"_s); // the caller's own domain first
        QCOMPARE(domains->itemText(0), u"All domains"_s);
        domains->setCurrentIndex(0);
        emit domains->activated(0);
        QVERIFY(child(console, "consoleCancel")->isVisible()); // long work can be cancelled
        QVERIFY(idle(console));
        auto *table = child<QTableView>(console, "usersTable");
        const int total = SeededUsers + 51 + 4;
        QCOMPARE(table->model()->rowCount(), total);
        QVERIFY(child<QLabel>(console, "countsLabel")->text().startsWith(QLocale().toString(total) + u" users"_s));

        // Filter as you type, and by state.
        child<QLineEdit>(console, "filterEdit")->setText(u"Côté"_s);
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()->index(row, UsersTableModel::NameColumn).data().toString().contains(u"Côté"_s));
        QVERIFY(child<QLabel>(console, "countsLabel")->text().contains(u"shown"_s));
        auto *state = child<QComboBox>(console, "stateCombo");
        state->setCurrentIndex(state->findData(int(MfaState::Pending)));
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(mfaOf(console, row), u"Required, pending"_s);
        state->setCurrentIndex(0);

        // Export what is shown.
        QTemporaryDir dir;
        QString error;
        QVERIFY(console->exportCsv(dir.filePath(u"users.csv"_s), &error));
        QFile csv(dir.filePath(u"users.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("User,Name,Email,Scope,MFA,MFA state\r")); // as the CLI's
        QCOMPARE(lines.size() - 2, table->model()->rowCount()); // header, rows, final empty
    }

    // The session's client outlives the console: answers still on the way
    // when the window closes must go nowhere.
    void closingWhileLoadingIsSafe()
    {
        ui::HelpDeskConsole *console = signIn(m_sim, u"helpdesk@demo"_s);
        QVERIFY(idle(console));
        auto *domains = child<QComboBox>(console, "domainCombo");
        domains->setCurrentIndex(0);
        emit domains->activated(0);
        QVERIFY(child(console, "consoleCancel")->isVisible());
        QPointer<ui::HelpDeskConsole> guard(console);
        m_app->mainWindow()->close(); // deletes the window and its console
        QTRY_VERIFY_WITH_TIMEOUT(!guard, Timeout);
        QTest::qWait(1500); // the pages in flight arrive and are dropped
        QCOMPARE(m_app->session().state(), Session::State::SignedIn);
    }

    void requireAndResetAfterConfirmation()
    {
        ui::HelpDeskConsole *console = signInToDomain(u"initech.demo"_s);
        QVERIFY(console);

        // Cancelled: nothing changes.
        selectUser(console, m_sim, u"1009@initech.demo"_s); // seeded as not required
        QCOMPARE(mfaOf(console), u"Not required"_s);
        m_answer = QMessageBox::Cancel;
        QTest::mouseClick(child<QPushButton>(console, "requireButton"), Qt::LeftButton);
        QCOMPARE(m_boxes.size(), 1);
        QVERIFY(m_boxes.last().contains(u"isla.gagnon@initech.demo"_s)); // names who is affected
        QCOMPARE(mfaOf(console), u"Not required"_s);

        m_answer = QMessageBox::Ok;
        QTest::mouseClick(child<QPushButton>(console, "requireButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(mfaOf(console), u"Required, pending"_s, Timeout);

        selectUser(console, m_sim, u"1003@initech.demo"_s); // seeded as enrolled
        QVERIFY(mfaOf(console).startsWith(u"Enrolled"_s));
        QTest::mouseClick(child<QPushButton>(console, "resetButton"), Qt::LeftButton);
        QVERIFY(m_boxes.last().contains(u"current sessions end"_s));
        QTRY_COMPARE_WITH_TIMEOUT(mfaOf(console), u"Required, pending"_s, Timeout);

        // Every change is in the audit log.
        QTest::mouseClick(child<QPushButton>(console, "auditButton"), Qt::LeftButton);
        ui::AuditDialog *audit = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((audit = console->findChild<ui::AuditDialog *>()), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(audit->rowCount() >= 2, Timeout);
        audit->close();
    }

    // An office manager's account: the portal asks the help desk for its
    // own password first, in a dialog opened from the reply.
    void anAdministratorsMfaNeedsTheCallersPassword()
    {
        ui::HelpDeskConsole *console = signInToDomain(u"initech.demo"_s);
        QVERIFY(console);
        const auto stepUpDialog = [&] {
            QDialog *found = nullptr;
            const bool shown = QTest::qWaitFor([&] {
                found = console->findChild<QDialog *>(u"stepUpDialog"_s);
                return found && found->isVisible();
            }, Timeout);
            return shown ? found : nullptr;
        };

        selectUser(console, m_sim, u"1021@initech.demo"_s); // seeded as an office manager
        const QString before = mfaOf(console);
        // Declined: nothing changes, and the failure says why.
        QTest::mouseClick(child<QPushButton>(console, "resetButton"), Qt::LeftButton);
        QDialog *dialog = stepUpDialog();
        QVERIFY(dialog);
        dialog->reject();
        QVERIFY(idle(console));
        QTRY_VERIFY_WITH_TIMEOUT(m_boxes.last().contains(u"your password was not given"_s), Timeout);
        QCOMPARE(mfaOf(console), before);

        // Given: the reset goes through.
        QTest::mouseClick(child<QPushButton>(console, "resetButton"), Qt::LeftButton);
        dialog = stepUpDialog();
        QVERIFY(dialog);
        QVERIFY(test::typeInto(dialog, "stepUpPasswordEdit", test::demoPassword()));
        QTest::mouseClick(child<QPushButton>(dialog, "stepUpConfirmButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(mfaOf(console), u"Required, pending"_s, Timeout);
        QVERIFY(idle(console));
    }

    void domainPolicyForOfficeManagersAndAbove()
    {
        ui::HelpDeskConsole *console = signIn(m_sim, u"helpdesk@demo"_s);
        QVERIFY(idle(console));
        auto *domains = child<QComboBox>(console, "domainCombo");
        domains->setCurrentIndex(domains->findData(u"globex.demo"_s));
        emit domains->activated(domains->currentIndex());
        QVERIFY(idle(console));
        auto *policy = child<QToolButton>(console, "policyButton");
        QVERIFY(policy->isEnabled());
        QAction *managers = policy->menu()->actions().at(1);
        QVERIFY(managers->text().contains(u"office managers and above"_s));
        managers->trigger();
        QCOMPARE(m_boxes.size(), 1);
        QVERIFY(m_boxes.first().contains(u"globex.demo"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_boxes.size(), 2, Timeout); // the result
        QVERIFY(m_boxes.last().startsWith(u"MFA is now required for"_s));
        QVERIFY2(!m_boxes.last().contains(u" for 0 "_s), qPrintable(m_boxes.last())); // some were not required
        QVERIFY(idle(console)); // reloaded
        auto *table = child<QTableView>(console, "usersTable");
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, UsersTableModel::ScopeColumn).data().toString() == u"Office Manager")
                QVERIFY(mfaOf(console, row) != u"Not required"_s);
    }

    // A reply's box is open over the console when the token's refresh is
    // refused: the main window goes, with the box (no nested event loop
    // was running in it), and the sign-in window says why.
    void refreshFailsWhileAReplysBoxIsOpen()
    {
        ui::HelpDeskConsole *console = signIn(m_sim, u"helpdesk@demo"_s);
        QVERIFY(console);
        QVERIFY(idle(console));
        auto *domains = child<QComboBox>(console, "domainCombo");
        domains->setCurrentIndex(domains->findData(u"globex.demo"_s));
        emit domains->activated(domains->currentIndex());
        QVERIFY(idle(console));
        m_leaveOpenIf = u"MFA is now required for"_s;
        child<QToolButton>(console, "policyButton")->menu()->actions().at(1)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_boxes.size(), 2, Timeout); // the question, then the reply's result
        QPointer<QMessageBox> open;
        QTRY_VERIFY_WITH_TIMEOUT((open = console->findChild<QMessageBox *>()) && open->isVisible(), Timeout);
        const QPointer<QWidget> mainWindow = m_app->mainWindow();

        // Every refresh token gone at the portal: the next refresh is refused.
        auto &store = m_sim.simulator->store();
        const QStringList refreshTokens = store.all(u"refresh"_s).keys();
        for (const QString &key : refreshTokens)
            QVERIFY(store.remove(u"refresh"_s, key));
        QVERIFY(m_app->session().refreshNow());
        QTRY_VERIFY_WITH_TIMEOUT(m_app->signInWindow()->isVisible(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(mainWindow.isNull(), Timeout);
        QVERIFY(open.isNull());
        QCOMPARE(m_app->session().state(), Session::State::SignedOut);
        QCOMPARE(m_boxes.size(), 3);
        QCOMPARE(m_boxes.last(), PortalError::make(ErrorKind::SessionExpired).message());
    }

    // Ctrl+K from the dashboard: All domains, the filter focused, results
    // as the pages arrive (and the counts saying the search covers only
    // those), Enter opening the first match's page.
    void searchAcrossDomains()
    {
        ui::HelpDeskConsole *console = signIn(m_sim, u"helpdesk@demo"_s);
        QVERIFY(console);
        QVERIFY(idle(console));
        QWidget *window = m_app->mainWindow();
        auto *tabs = child<QTabWidget>(window, "consoleTabs");
        tabs->setCurrentIndex(0); // the dashboard
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *domains = child<QComboBox>(console, "domainCombo");
        QCOMPARE(domains->currentData().toString(), u"demo"_s);

        auto *table = child<QTableView>(console, "usersTable");
        auto *counts = child<QLabel>(console, "countsLabel");
        QString countsAtFirstMatch;
        // The filter model may announce new matches as inserted rows, a new
        // layout or a reset; the console updates its counts on each first.
        const auto firstMatch = [&] {
            if (countsAtFirstMatch.isEmpty() && table->model()->rowCount() > 0)
                countsAtFirstMatch = counts->text();
        };
        connect(table->model(), &QAbstractItemModel::rowsInserted, this, firstMatch);
        connect(table->model(), &QAbstractItemModel::layoutChanged, this, firstMatch);
        connect(table->model(), &QAbstractItemModel::modelReset, this, firstMatch);
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), console);
        QCOMPARE(domains->currentIndex(), 0); // All domains
        auto *filter = child<QLineEdit>(console, "filterEdit");
        QVERIFY(filter->hasFocus());
        // A user of another domain than the help desk's own, typed before
        // any page is in.
        QTest::keyClicks(filter, u"ben.tremblay@globex"_s);
        QVERIFY(idle(console));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, UsersTableModel::UserColumn).data().toString(), u"ben.tremblay@globex.demo"_s);
        // globex.demo's page is not the last: the match came while loading.
        QVERIFY2(countsAtFirstMatch.contains(u"still loading: searching the users loaded so far"_s),
                 qPrintable(countsAtFirstMatch));
        QVERIFY2(!counts->text().contains(u"still loading"_s), qPrintable(counts->text()));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QVERIFY(QTest::qWaitFor([&] {
            return child<QLabel>(console, "userPageHeading")->text() == u"Ben Tremblay (1002@globex.demo)"_s;
        }, Timeout));

        // Ctrl+F does the same from anywhere, keeping All domains loaded.
        tabs->setCurrentIndex(0);
        QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), console);
        QVERIFY(filter->hasFocus());
        QCOMPARE(filter->selectedText(), filter->text()); // typing replaces the last search
        QVERIFY(!child(console, "consoleCancel")->isVisible()); // nothing reloaded
    }

    void basicUsersHaveNoConsole()
    {
        QVERIFY(!signIn(m_sim, u"basic@acme.demo"_s));
        QVERIFY(m_app->mainWindow()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_app->mainWindow(), "mfaLabel")->text() != u"Checking…"_s, Timeout);
    }

    void portalWithoutTheExtensionHidesActions()
    {
        test::SimFixture stock;
        stock.options.api.mfaAdministration = false;
        QVERIFY(stock.start());
        ui::HelpDeskConsole *console = signInToDomain(stock, u"acme.demo"_s);
        QVERIFY(console);
        QVERIFY(child<QTableView>(console, "usersTable")->model()->rowCount() > 0); // listing still works
        selectUser(console, stock, u"1001@acme.demo"_s);
        QTest::mouseClick(child<QPushButton>(console, "requireButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child(console, "consoleNotice")->isVisible(), Timeout);
        QVERIFY(child<QLabel>(console, "consoleNotice")->text().contains(u"does not offer MFA administration"_s));
        QVERIFY(!child(console, "requireButton")->isVisible());
        QVERIFY(!child(console, "resetButton")->isVisible());
    }

    // A stock NetSapiens portal reports no MFA state: the console says
    // "Unknown" (never "Not required"), counts and filters it as its own
    // state, and hides the actions before anyone tries one.
    void strictPortalShowsUnknownAndHidesActions()
    {
        test::SimFixture stock;
        stock.options.api.netsapiensStrict = true;
        QVERIFY(stock.start());
        ui::HelpDeskConsole *console = signInToDomain(stock, u"acme.demo"_s);
        QVERIFY(console);
        auto *table = child<QTableView>(console, "usersTable");
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 10);
        for (int row = 0; row < rows; ++row)
            QCOMPARE(mfaOf(console, row), u"Unknown"_s);
        QCOMPARE(table->model()->index(0, UsersTableModel::MfaColumn).data(Qt::ToolTipRole).toString(),
                 u"This portal does not report MFA state."_s);
        auto *counts = child<QLabel>(console, "countsLabel");
        QCOMPARE(counts->text(), u"%1 users; MFA state unknown"_s.arg(rows));
        QVERIFY(!counts->text().contains(u"not required"_s));

        QVERIFY(child(console, "consoleNotice")->isVisible());
        QVERIFY(child<QLabel>(console, "consoleNotice")->text().contains(u"does not report MFA state"_s));
        for (const char *action : {"requireButton", "unrequireButton", "resetButton", "policyButton"})
            QVERIFY2(!child(console, action)->isVisible(), action);
        QVERIFY(child(console, "exportButton")->isVisible()); // what works on any portal stays

        auto *state = child<QComboBox>(console, "stateCombo");
        state->setCurrentIndex(state->findData(int(MfaState::NotRequired)));
        QCOMPARE(table->model()->rowCount(), 0);
        state->setCurrentIndex(state->findData(int(MfaState::Unknown)));
        QCOMPARE(table->model()->rowCount(), rows);
        QVERIFY(m_boxes.isEmpty());
    }

    // The help desk gets a user back in: a temporary access code behind a
    // checklist, shown once and copied as a secret; unlock and reminders
    // for the selected users.
    void helpDeskGetsAUserBackIn()
    {
        test::SimFixture portal;
        QVERIFY(portal.start());
        ui::HelpDeskConsole *console = signInToDomain(portal, u"acme.demo"_s);
        QVERIFY(console);
        auto *table = child<QTableView>(console, "usersTable");
        auto *issueCode = child<QPushButton>(console, "temporaryAccessButton");
        table->selectAll();
        QVERIFY(!issueCode->isEnabled()); // one user at a time
        selectUser(console, portal, u"basic@acme.demo"_s);
        QVERIFY(issueCode->isEnabled());
        QTest::mouseClick(issueCode, Qt::LeftButton);
        auto *dialog = console->findChild<ui::TemporaryAccessDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *issue = child<QPushButton>(dialog, "issueButton");
        const auto checklist = dialog->findChildren<QCheckBox *>(u"checklistItem"_s);
        QCOMPARE(checklist.size(), 3);
        for (QCheckBox *item : checklist) {
            QVERIFY(!issue->isEnabled()); // not before every item is ticked
            item->setChecked(true);
        }
        QVERIFY(issue->isEnabled());
        child<QSpinBox>(dialog, "lifetimeSpin")->setValue(30);
        child<QLineEdit>(dialog, "reasonEdit")->setText(u"Ticket 42, lost phone"_s);
        QTest::mouseClick(issue, Qt::LeftButton);
        auto *code = child<QLabel>(dialog, "codeLabel");
        QTRY_VERIFY_WITH_TIMEOUT(QRegularExpression(u"^[A-Z2-9]{4} [A-Z2-9]{4} [A-Z2-9]{4}$"_s).match(code->text()).hasMatch(),
                                 Timeout);
        QVERIFY(code->isVisible());
        QVERIFY(child<QLabel>(dialog, "expiresLabel")->text().startsWith(u"Valid until"_s));
        QTest::mouseClick(child<QPushButton>(dialog, "copyCodeButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), code->text());
        const QString issued = code->text().remove(u' ');
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), Timeout); // cleared as the dialog went
        auto &store = portal.simulator->store();
        QVERIFY(store.get(u"user"_s, u"basic@acme.demo"_s)->contains(u"mfa-temporary-access"_s));
        bool audited = false;
        for (const QJsonObject &e : store.all(u"audit"_s))
            audited = audited
                || (e.value(u"action-type"_s) == u"mfa.temporary-access.issued"_s
                    && e.value(u"auditlog-details"_s).toObject().value(u"reason"_s) == u"Ticket 42, lost phone"_s);
        QVERIFY(audited);
        QVERIFY(!QString::fromUtf8(QJsonDocument(store.all(u"audit"_s).last()).toJson()).contains(issued));

        // The user's page: the pending code, and the event, newest first.
        auto *page = child<QWidget>(console, "userPage");
        QVERIFY(page->isVisible());
        QVERIFY(child<QLabel>(page, "userPageHeading")->text().contains(u"basic@acme.demo"_s));
        const auto pageValue = [page](const QString &label) {
            for (QLabel *l : page->findChildren<QLabel *>())
                if (l->accessibleName() == label)
                    return l->text();
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!pageValue(u"Temporary access code valid until"_s).isEmpty(), Timeout);
        auto *events = child<QTreeWidget>(page, "userEvents");
        QTRY_VERIFY_WITH_TIMEOUT(events->topLevelItemCount() > 0
                                     && events->topLevelItem(0)->text(1) == u"mfa.temporary-access.issued"_s,
                                 Timeout);
        QCOMPARE(events->topLevelItem(0)->text(2), u"helpdesk@demo"_s);
        table->clearSelection();
        QVERIFY(!child(page, "userPageHeading")->isVisible()); // one user's page, when one is selected
        QVERIFY(child(page, "userPagePlaceholder")->isVisible());

        // Unlock, after too many failures.
        QJsonObject failures;
        bool started = false;
        for (int i = 0; i < sim::RateLimiter::MaxFailures; ++i)
            failures = sim::RateLimiter::withFailure(failures, portal.clock.nowSecs(), &started);
        QVERIFY(store.put(u"failures"_s, u"basic@acme.demo"_s, failures));
        selectUser(console, portal, u"manager@acme.demo"_s);
        selectUser(console, portal, u"basic@acme.demo"_s); // looked up afresh: now locked
        QTRY_VERIFY_WITH_TIMEOUT(pageValue(u"Locked until"_s) == u"an administrator unlocks it"_s
                                     || !pageValue(u"Locked until"_s).isEmpty(),
                                 Timeout);
        // The row holds no lock: the page said it was looking up the rest
        // until the look-up came in.
        QVERIFY(!page->findChild<QLabel *>(u"userLookUpPending"_s));
        QTest::mouseClick(child<QPushButton>(page, "pageUnlockButton"), Qt::LeftButton);
        QVERIFY(idle(console));
        QTRY_VERIFY_WITH_TIMEOUT(!store.get(u"failures"_s, u"basic@acme.demo"_s).has_value(), Timeout);
        QVERIFY2(m_boxes.first().startsWith(u"Unlock 1 user"_s) && m_boxes.first().contains(u"basic"_s), qPrintable(m_boxes.first()));
        QTRY_VERIFY_WITH_TIMEOUT(pageValue(u"Locked until"_s).isEmpty(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(events->topLevelItemCount() > 0 && events->topLevelItem(0)->text(1) == u"account.unlocked"_s,
                                 Timeout);

        // A look-up that fails says why, rather than looking up for ever:
        // a user gone from the portal since the table was listed.
        QString gone;
        for (const QString &uid : store.keysWhere(u"user"_s, u"acme.demo"_s))
            if (!uid.startsWith(u"basic@"_s) && !uid.startsWith(u"manager@"_s))
                gone = uid;
        QVERIFY(!gone.isEmpty());
        const QString goneLogin = store.get(u"user"_s, gone)->value(u"login-username"_s).toString();
        QVERIFY(store.remove(u"user"_s, gone));
        child<QLineEdit>(console, "filterEdit")->setText(goneLogin);
        table->clearSelection();
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel *>(u"userLookUpPending"_s)
                                     && page->findChild<QLabel *>(u"userLookUpPending"_s)
                                            ->text()
                                            .startsWith(u"The rest could not be looked up: "_s),
                                 Timeout);

        // A reminder, said to the user by the portal.
        selectUser(console, portal, u"manager@acme.demo"_s);
        QTest::mouseClick(child<QPushButton>(console, "remindButton"), Qt::LeftButton);
        QVERIFY(idle(console));
        QTRY_COMPARE_WITH_TIMEOUT(QDir(portal.simulator->outboxDir() + u"/new"_s).entryList(QDir::Files).size() >= 2, true, Timeout);
        QCOMPARE(m_boxes.size(), 2); // the two confirmations, no failure

        // An enrollment deadline for the domain, shown on the user's page.
        m_dialogAnswer = [](QDialog &asked) {
            auto *deadline = qobject_cast<ui::EnrollmentDeadlineDialog *>(&asked);
            if (!deadline)
                return int(QDialog::Rejected);
            child<QDateEdit>(deadline, "deadlineEdit")->setDate(QDate::currentDate().addDays(20));
            return int(QDialog::Accepted);
        };
        auto *policy = child<QToolButton>(console, "policyButton");
        QAction *setDeadline = nullptr;
        for (QAction *a : policy->menu()->actions())
            if (a->text().startsWith(u"Set an enrollment deadline"_s))
                setDeadline = a;
        QVERIFY(setDeadline);
        setDeadline->trigger();
        QVERIFY(idle(console));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(console, "consoleNotice")->text().startsWith(u"acme.demo: users who must set up MFA may put it off until"_s), Timeout);
        QVERIFY(idle(console));
        // Through the end of the chosen day, here.
        QCOMPARE(store.get(u"domain"_s, u"acme.demo"_s)->value(u"mfa-deadline-datetime"_s).toString(),
                 QDate::currentDate().addDays(20).endOfDay().toUTC().toString(Qt::ISODate));
        selectUser(console, portal, u"manager@acme.demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!pageValue(u"MFA due by"_s).isEmpty(), Timeout);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
