#include "help_desk_console.h"

#include "user_page.h"

#include "console/csv.h"
#include "console/domain_list.h"
#include "console/user_details.h"
#include "dialogs/audit_dialog.h"
#include "dialogs/enrollment_deadline_dialog.h"
#include "common/secure_wipe.h"
#include "dialogs/message_boxes.h"
#include "portal/user_scopes.h"
#include "dialogs/step_up_dialog.h"
#include "dialogs/temporary_access_dialog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pbx::ui {

namespace {
constexpr const char *AllDomains = "";
constexpr int MaxNamedInConfirmation = 5;

QString who(const QList<ListedUser> &users)
{
    QStringList names;
    for (const ListedUser &u : users.mid(0, MaxNamedInConfirmation))
        names << UsersTableModel::cellText(u, UsersTableModel::UserColumn);
    QString text = names.join(QLatin1String(", "));
    if (users.size() > MaxNamedInConfirmation)
        text += HelpDeskConsole::tr(" and %n more", nullptr, int(users.size() - MaxNamedInConfirmation));
    return text;
}
} // namespace

HelpDeskConsole::HelpDeskConsole(Session &session, QWidget *parent)
    : QWidget(parent), m_session(&session), m_loader(session), m_domain(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_state(new QComboBox(this)), m_counts(new QLabel(this)), m_notice(new QLabel(this)),
      m_table(new QTableView(this)), m_page(new UserPage(session, this)), m_progress(new QProgressBar(this)), m_progressText(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_require(new QPushButton(tr("&Require MFA"), this)),
      m_unrequire(new QPushButton(tr("S&top requiring MFA"), this)), m_reset(new QPushButton(tr("R&eset MFA…"), this)),
      m_unlock(new QPushButton(tr("U&nlock"), this)), m_remind(new QPushButton(tr("Send rem&inder"), this)),
      m_temporaryAccess(new QPushButton(tr("Temporary access &code…"), this)),
      m_policy(new QToolButton(this)), m_export(new QPushButton(tr("E&xport CSV…"), this)),
      m_audit(new QPushButton(tr("A&udit log…"), this)), m_runner(session)
{
    setObjectName(QStringLiteral("helpDeskConsole"));
    connect(&m_runner, &UserActionRunner::progress, this, [this](int index, int total) {
        m_progress->setValue(index);
        m_progressText->setText(tr("%1 of %2…").arg(index + 1).arg(total));
    });
    connect(&m_runner, &UserActionRunner::stepUpNeeded, this, &HelpDeskConsole::askStepUp);
    connect(&m_runner, &UserActionRunner::userDone, this, &HelpDeskConsole::userDone);
    connect(&m_runner, &UserActionRunner::finished, this, &HelpDeskConsole::runFinished);
    m_filter.setUsers(&m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *filters = new QHBoxLayout;
    auto *domainLabel = new QLabel(tr("&Domain:"), this);
    domainLabel->setBuddy(m_domain);
    m_domain->setObjectName(QStringLiteral("domainCombo"));
    m_domain->setAccessibleName(tr("Domain"));
    m_domain->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *searchLabel = new QLabel(tr("&Filter:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("filterEdit"));
    m_search->setPlaceholderText(tr("User, name or email"));
    m_search->setAccessibleName(tr("Filter by user, name or email"));
    m_search->setClearButtonEnabled(true);
    auto *stateLabel = new QLabel(tr("&MFA:"), this);
    stateLabel->setBuddy(m_state);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_state->setAccessibleName(tr("MFA state"));
    m_state->addItem(tr("Any state"), -1);
    for (MfaState state : AllMfaStates)
        m_state->addItem(mfaStateName(state), int(state));
    filters->addWidget(domainLabel);
    filters->addWidget(m_domain);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    layout->addLayout(filters);

    m_counts->setObjectName(QStringLiteral("countsLabel"));
    layout->addWidget(m_counts);
    m_notice->setObjectName(QStringLiteral("consoleNotice"));
    // Errors and progress may quote the portal: never markup.
    m_notice->setTextFormat(Qt::PlainText);
    m_progressText->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(&m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsersTableModel::UserColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Users"));
    // Uniform rows: the view never measures 100,000 rows to lay them out.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(UsersTableModel::UserColumn, 180);
    m_table->setColumnWidth(UsersTableModel::NameColumn, 150);
    m_table->setColumnWidth(UsersTableModel::EmailColumn, 210);
    m_table->setColumnWidth(UsersTableModel::ScopeColumn, 110);
    // The table, and beside it the selected user's page.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("consoleSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_page);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    m_page->setMinimumWidth(300);
    split->setSizes({840, 320});
    layout->addWidget(split, 1);

    auto *progressRow = new QHBoxLayout;
    m_progress->setObjectName(QStringLiteral("consoleProgress"));
    m_progressText->setObjectName(QStringLiteral("consoleProgressText"));
    m_cancel->setObjectName(QStringLiteral("consoleCancel"));
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    auto *actions = new QHBoxLayout;
    m_require->setObjectName(QStringLiteral("requireButton"));
    m_unrequire->setObjectName(QStringLiteral("unrequireButton"));
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setToolTip(tr("Lift the lock after too many failed sign-in attempts"));
    m_remind->setObjectName(QStringLiteral("remindButton"));
    m_remind->setToolTip(tr("Have the portal remind the selected users to set up MFA"));
    m_temporaryAccess->setObjectName(QStringLiteral("temporaryAccessButton"));
    m_temporaryAccess->setToolTip(tr("A single-use code with which one user signs in and sets up a new phone"));
    m_policy->setObjectName(QStringLiteral("policyButton"));
    m_policy->setText(tr("Domain &policy"));
    m_policy->setPopupMode(QToolButton::InstantPopup);
    auto *policyMenu = new QMenu(m_policy);
    policyMenu->addAction(tr("Require MFA for everyone in the domain"), this, [this] {
        requireForScopes(scopes::all());
    });
    policyMenu->addAction(tr("Require MFA for office managers and above"), this, [this] {
        requireForScopes(scopes::managers());
    });
    policyMenu->addSeparator();
    policyMenu->addAction(tr("Set an enrollment deadline…"), this, &HelpDeskConsole::setEnrollmentDeadline);
    m_policy->setMenu(policyMenu);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_audit->setObjectName(QStringLiteral("auditButton"));
    for (QWidget *w : {static_cast<QWidget *>(m_require), static_cast<QWidget *>(m_unrequire),
                       static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_unlock), static_cast<QWidget *>(m_remind),
                       static_cast<QWidget *>(m_temporaryAccess), static_cast<QWidget *>(m_policy)})
        actions->addWidget(w);
    actions->addStretch();
    actions->addWidget(m_export);
    actions->addWidget(m_audit);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, &m_filter, &UsersFilterModel::setText);
    connect(m_search, &QLineEdit::textChanged, this, &HelpDeskConsole::updateCounts);
    // Enter in the filter opens the first match's page.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter.rowCount() == 0)
            return;
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->selectRow(0);
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_state->currentData().toInt();
        m_filter.setState(s < 0 ? std::nullopt : std::optional<MfaState>(MfaState(s)));
    });
    connect(m_domain, &QComboBox::activated, this, &HelpDeskConsole::loadSelectedDomain);
    connect(&m_model, &UsersTableModel::countsChanged, this, &HelpDeskConsole::updateCounts);
    connect(&m_filter, &QAbstractItemModel::rowsInserted, this, &HelpDeskConsole::updateCounts);
    connect(&m_filter, &QAbstractItemModel::rowsRemoved, this, &HelpDeskConsole::updateCounts);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &HelpDeskConsole::updateCounts);
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, &HelpDeskConsole::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HelpDeskConsole::updateActions);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &HelpDeskConsole::updatePage);
    connect(m_page, &UserPage::userLookedUp, &m_model, &UsersTableModel::update);
    connect(m_page, &UserPage::actionRequested, this, [this](UserPage::Action action) {
        switch (action) {
        case UserPage::Action::Require: return runOnSelection(Action::Require);
        case UserPage::Action::Unrequire: return runOnSelection(Action::Unrequire);
        case UserPage::Action::Reset: return runOnSelection(Action::Reset);
        case UserPage::Action::Unlock: return runOnSelection(Action::Unlock);
        case UserPage::Action::Remind: return runOnSelection(Action::Remind);
        case UserPage::Action::TemporaryAccess: return issueTemporaryAccess();
        }
    });
    connect(&m_loader, &DirectoryLoader::pageLoaded, this, [this](const QList<PortalUser> &users) {
        // The first rows at once, the rest in growing batches: a table of
        // 200,000 rows re-filtered for each of 2,000 small pages took
        // longer than the wire.
        m_arrived += users;
        if (m_model.rowCount() == 0 || m_arrived.size() >= std::max<qsizetype>(ArrivalBatch, m_model.rowCount() / 4))
            showArrived();
        // A portal that does not report MFA state (a stock NetSapiens
        // portal) has no MFA administration either: say so before anyone
        // tries an action.
        if (m_administration && std::any_of(users.cbegin(), users.cend(), [](const PortalUser &u) {
                return mfaStateOf(u) == MfaState::Unknown;
            }))
            hideAdministration(AdministrationMissing::StateUnreported);
    });
    connect(&m_loader, &DirectoryLoader::progress, this, [this](int loaded, int total) {
        if (total < 0) { // a territory, not counted: how far along in domains
            m_progress->setRange(0, std::max(m_loader.domainCount(), 1));
            m_progress->setValue(m_loader.domainsDone());
            m_progressText->setText(tr("Loading users… %1 so far, %2 of %3 domains")
                                        .arg(QLocale().toString(loaded), QLocale().toString(m_loader.domainsDone()),
                                             QLocale().toString(m_loader.domainCount())));
            return;
        }
        if (loaded == 0)
            m_model.reserve(total); // counted: room for every row at once, not grown by doubling
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(loaded);
        m_progressText->setText(tr("Loading users… %1 of %2").arg(QLocale().toString(loaded), QLocale().toString(total)));
    });
    connect(&m_loader, &DirectoryLoader::finished, this, [this](const std::optional<PortalError> &error) {
        showArrived();
        setWorking(false);
        updateCounts(); // no longer "still loading"
        m_table->scrollToTop();
        if (error && error->kind != ErrorKind::Cancelled)
            MessageBoxes::warning(this, tr("Users"), error->message());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_loader.isRunning())
            m_loader.cancel();
        if (m_runner.isRunning()) {
            m_runner.cancel(); // answers still under way are dropped
            setWorking(false);
        }
    });
    connect(m_require, &QPushButton::clicked, this, [this] { runOnSelection(Action::Require); });
    connect(m_unrequire, &QPushButton::clicked, this, [this] { runOnSelection(Action::Unrequire); });
    connect(m_reset, &QPushButton::clicked, this, [this] { runOnSelection(Action::Reset); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { runOnSelection(Action::Unlock); });
    connect(m_remind, &QPushButton::clicked, this, [this] { runOnSelection(Action::Remind); });
    connect(m_temporaryAccess, &QPushButton::clicked, this, &HelpDeskConsole::issueTemporaryAccess);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export users"), QStringLiteral("users.csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            MessageBoxes::warning(this, tr("Export users"), error);
    });
    connect(m_audit, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        auto *dialog = new AuditDialog(*m_session, currentDomain(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    setWorking(false);
    updateCounts();
    loadDomains();
}

QString HelpDeskConsole::currentDomain() const
{
    return m_domain->currentData().toString();
}

void HelpDeskConsole::loadDomains()
{
    if (!m_session || !m_session->client())
        return;
    setWorking(true, tr("Loading domains…"));
    QPointer<HelpDeskConsole> self(this);
    listAllDomains(*m_session, [self](Result<QList<PortalDomain>, PortalError> r) {
        if (!self)
            return;
        self->setWorking(false);
        if (!r) {
            MessageBoxes::warning(self, tr("Domains"), r.error().message());
            return;
        }
        self->m_domain->clear();
        if (r.value().size() > 1)
            self->m_domain->addItem(tr("All domains"), QString::fromLatin1(AllDomains));
        for (const PortalDomain &d : r.value())
            self->m_domain->addItem(d.description.isEmpty() ? d.domain : QStringLiteral("%1 (%2)").arg(d.domain, d.description),
                                    d.domain);
        // Start on the domain asked for meanwhile, else the caller's own
        // domain when listed, else the first.
        const QString wantedDomain = std::exchange(self->m_wantedDomain, {});
        const int wanted = std::exchange(self->m_wantAllDomains, false) && r.value().size() > 1
            ? 0 // All domains
            : wantedDomain.isEmpty() ? -1 : self->m_domain->findData(wantedDomain);
        const int own = self->m_domain->findData(self->m_session->claims().domain);
        self->m_domain->setCurrentIndex(wanted >= 0 ? wanted : own >= 0 ? own : (r.value().size() > 1 ? 1 : 0));
        self->loadSelectedDomain();
    });
}

void HelpDeskConsole::reload()
{
    loadSelectedDomain();
}

void HelpDeskConsole::showDomain(const QString &domain)
{
    if (m_domain->count() == 0) {
        m_wantedDomain = domain;
        return;
    }
    if (m_working && !m_loader.isRunning()) {
        m_notice->setText(tr("%1 opens once the change under way is done or cancelled.").arg(domain));
        m_notice->show();
        return;
    }
    const int index = m_domain->findData(domain);
    if (index < 0) {
        m_notice->setText(tr("%1 is not among your domains.").arg(domain));
        m_notice->show();
        return;
    }
    m_search->clear();
    m_state->setCurrentIndex(0);
    m_domain->setCurrentIndex(index);
    loadSelectedDomain();
}

void HelpDeskConsole::searchEverywhere()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    if (m_domain->count() == 0) {
        m_wantAllDomains = true;
        return;
    }
    const int all = m_domain->findData(QString::fromLatin1(AllDomains));
    // One domain only (no "All domains"), or already there: nothing to load.
    if (all < 0 || m_domain->currentIndex() == all)
        return;
    if (m_working && !m_loader.isRunning()) {
        m_notice->setText(tr("All domains open once the change under way is done or cancelled."));
        m_notice->show();
        return;
    }
    m_domain->setCurrentIndex(all);
    loadSelectedDomain();
}

void HelpDeskConsole::loadSelectedDomain()
{
    QStringList domains;
    if (currentDomain().isEmpty()) {
        for (int i = 0; i < m_domain->count(); ++i)
            if (!m_domain->itemData(i).toString().isEmpty())
                domains << m_domain->itemData(i).toString();
    } else {
        domains << currentDomain();
    }
    if (domains.isEmpty())
        return;
    m_loader.cancel();
    m_arrived.clear();
    m_model.clear();
    setWorking(true, tr("Loading users…"));
    m_loader.load(domains);
}

void HelpDeskConsole::showArrived()
{
    if (!m_arrived.isEmpty())
        m_model.append(std::exchange(m_arrived, {}));
}

void HelpDeskConsole::updateCounts()
{
    const auto c = m_model.countByState();
    const QString shown = m_filter.rowCount() == m_model.rowCount()
        ? QString()
        : tr(" (%1 shown)").arg(QLocale().toString(m_filter.rowCount()));
    // Searching while the directory loads: say that the answer covers only
    // what has arrived.
    const QString sofar = m_loader.isRunning() && !m_search->text().isEmpty()
        ? tr(" (still loading: searching the users loaded so far)")
        : QString();
    const int unknown = c[size_t(MfaState::Unknown)];
    if (unknown == m_model.rowCount() && unknown > 0) {
        m_counts->setText(tr("%1 users%2; MFA state unknown").arg(QLocale().toString(unknown), shown) + sofar);
        m_counts->setToolTip(unknownMfaStateReason());
        return;
    }
    QString text = tr("%1 users%2: %3 enrolled, %4 pending, %5 not required")
                       .arg(QLocale().toString(int(m_model.rowCount())), shown,
                            QLocale().toString(c[size_t(MfaState::Enrolled)]),
                            QLocale().toString(c[size_t(MfaState::Pending)]),
                            QLocale().toString(c[size_t(MfaState::NotRequired)]));
    if (unknown > 0)
        text += tr(", %1 unknown").arg(QLocale().toString(unknown));
    m_counts->setText(text + sofar);
    m_counts->setToolTip(unknown > 0 ? unknownMfaStateReason() : QString());
}

void HelpDeskConsole::setWorking(bool working, const QString &what)
{
    m_working = working;
    m_progress->setVisible(working);
    m_progressText->setVisible(working);
    m_cancel->setVisible(working);
    if (working) {
        m_progress->setRange(0, 0);
        m_progressText->setText(what);
    }
    m_domain->setEnabled(!working);
    updateActions();
}

void HelpDeskConsole::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    for (QWidget *w : {static_cast<QWidget *>(m_require), static_cast<QWidget *>(m_unrequire),
                       static_cast<QWidget *>(m_reset), static_cast<QWidget *>(m_unlock), static_cast<QWidget *>(m_remind)}) {
        w->setVisible(m_administration);
        w->setEnabled(selected && !m_working);
    }
    m_temporaryAccess->setVisible(m_administration);
    m_temporaryAccess->setEnabled(m_table->selectionModel()->selectedRows().size() == 1 && !m_working);
    m_policy->setVisible(m_administration);
    m_policy->setEnabled(!m_working && !currentDomain().isEmpty());
    m_export->setEnabled(!m_working);
    m_page->setActionsAvailable(m_administration);
    m_page->setActionsEnabled(!m_working);
    updatePage();
}

void HelpDeskConsole::updatePage()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_page->setUser(rows.size() == 1 ? std::optional<ListedUser>(m_model.user(m_filter.mapToSource(rows.constFirst()).row()))
                                     : std::nullopt);
}

QList<ListedUser> HelpDeskConsole::selectedUsers() const
{
    QList<ListedUser> users;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        users << m_model.user(m_filter.mapToSource(index).row());
    return users;
}

void HelpDeskConsole::runOnSelection(Action action)
{
    const QList<ListedUser> users = selectedUsers();
    if (users.isEmpty() || m_working || !m_session)
        return;
    QString title, text;
    switch (action) {
    case Action::Require:
        title = tr("Require MFA");
        text = tr("Require multi-factor authentication for %n user(s): %1? Those not yet enrolled must set it up at "
                  "their next sign-in.", nullptr, int(users.size())).arg(who(users));
        break;
    case Action::Unrequire:
        title = tr("Stop requiring MFA");
        text = tr("Stop requiring multi-factor authentication for %n user(s): %1?", nullptr, int(users.size())).arg(who(users));
        break;
    case Action::Reset:
        title = tr("Reset MFA");
        text = tr("Reset multi-factor authentication for %n user(s): %1? Their authenticator stops working, they "
                  "must set it up again at their next sign-in, and their current sessions end.", nullptr,
                  int(users.size())).arg(who(users));
        break;
    case Action::Unlock:
        title = tr("Unlock");
        text = tr("Unlock %n user(s) locked after failed sign-in attempts: %1?", nullptr, int(users.size())).arg(who(users));
        break;
    case Action::Remind:
        title = tr("Send reminder");
        text = tr("Have the portal remind %n user(s) to set up multi-factor authentication: %1?", nullptr,
                  int(users.size())).arg(who(users));
        break;
    case Action::TemporaryAccess:
        return issueTemporaryAccess(); // its own dialog, for one user
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Ok | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmActionBox"));
    box.setTextFormat(Qt::PlainText); // user names come from the directory
    box.setDefaultButton(QMessageBox::Cancel); // changes to other people's accounts need a deliberate yes
    if (MessageBoxes::exec(box) != QMessageBox::Ok)
        return;
    m_failures.clear();
    setWorking(true, title);
    m_progress->setRange(0, int(users.size()));
    m_runner.start(action, users);
}

void HelpDeskConsole::userDone(const UserActionRunner::Outcome &outcome)
{
    const QString who = UsersTableModel::cellText(outcome.target, UsersTableModel::UserColumn);
    if (!outcome.error) {
        if (outcome.changed) {
            m_model.update(*outcome.changed);
            m_page->showLookedUp(*outcome.changed);
        }
    } else if (outcome.stepUpDeclined) {
        m_failures << tr("%1: not changed (your password was not given)").arg(who);
    } else if (outcome.error->kind == ErrorKind::NotFound) {
        // The users came from the portal's own listing: a 404 here means
        // the portal lacks the MFA administration endpoints.
        m_runner.stop();
        hideAdministration(AdministrationMissing::Endpoints);
    } else {
        m_failures << QStringLiteral("%1: %2").arg(who, outcome.error->message());
        // The change may have happened all the same (a reply lost on the
        // way): the row shows what the portal says now.
        refreshRow(outcome.target);
    }
}

void HelpDeskConsole::runFinished()
{
    setWorking(false);
    m_page->reloadEvents(); // the action's own events
    if (!m_failures.isEmpty())
        MessageBoxes::warning(this, tr("Some changes failed"), m_failures.join(QLatin1Char('\n')));
}

void HelpDeskConsole::askStepUp(const ListedUser &target)
{
    // From inside a reply: open(), not exec(); the console may go while it
    // is open, and the run may have been cancelled by then.
    auto *dialog = new StepUpDialog(UsersTableModel::cellText(target, UsersTableModel::UserColumn), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A cancelled run ignores the answer (provideStepUp() waits for none).
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_runner.provideStepUp(dialog->proof()); });
    connect(dialog, &QDialog::rejected, this, [this] { m_runner.provideStepUp(std::nullopt); });
    dialog->open();
}

void HelpDeskConsole::issueTemporaryAccess()
{
    const QList<ListedUser> users = selectedUsers();
    if (users.size() != 1 || m_working || !m_session)
        return;
    auto *dialog = new TemporaryAccessDialog(*m_session, users.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The row shows the pending code (and its expiry) once the dialog closes.
    const QPointer<HelpDeskConsole> self(this);
    const ListedUser user = users.first();
    connect(dialog, &QDialog::finished, this, [self, user] {
        if (!self)
            return;
        self->refreshRow(user); // a code may have been issued, even if the dialog was then cancelled
        self->m_page->reloadEvents();
    });
    dialog->open();
}

void HelpDeskConsole::requireForScopes(const QStringList &scopes)
{
    const QString domain = currentDomain();
    if (domain.isEmpty() || m_working || !m_session)
        return;
    QMessageBox box(QMessageBox::Question, tr("Domain policy"),
                    tr("Require multi-factor authentication in %1 for: %2?").arg(domain, scopes.join(QLatin1String(", "))),
                    QMessageBox::Ok | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (MessageBoxes::exec(box) != QMessageBox::Ok)
        return;
    setWorking(true, tr("Applying the policy…"));
    QPointer<HelpDeskConsole> self(this);
    m_session->client()->setMfaPolicy(domain, scopes, [self](Result<int, PortalError> r) {
        if (!self)
            return;
        self->setWorking(false);
        if (!r) {
            if (r.error().kind == ErrorKind::NotFound)
                return self->hideAdministration(AdministrationMissing::Endpoints);
            MessageBoxes::warning(self, tr("Domain policy"), r.error().message());
            return;
        }
        MessageBoxes::information(self, tr("Domain policy"),
                                  tr("MFA is now required for %n more user(s).", nullptr, r.value()));
        self->reload();
    });
}

void HelpDeskConsole::setEnrollmentDeadline()
{
    const QString domain = currentDomain();
    if (domain.isEmpty() || m_working || !m_session)
        return;
    EnrollmentDeadlineDialog dialog(domain, m_session->clock().now().toLocalTime().date(), this);
    if (MessageBoxes::exec(dialog) != QDialog::Accepted)
        return;
    const QDateTime deadline = dialog.deadline();
    setWorking(true, tr("Applying the policy…"));
    QPointer<HelpDeskConsole> self(this);
    m_session->client()->setEnrollmentDeadline(
        domain, deadline, [self, domain, deadline](Result<int, PortalError> r) {
            if (!self)
                return;
            self->setWorking(false);
            if (!r && r.error().kind == ErrorKind::NotFound)
                return self->hideAdministration(AdministrationMissing::Endpoints);
            // Said in the console, not in a box opened from the reply.
            self->m_notice->setText(!r ? r.error().message()
                                    : deadline.isValid()
                                        ? tr("%1: users who must set up MFA may put it off until %2.")
                                              .arg(domain, deadlineText(deadline))
                                        : tr("%1: no enrollment deadline; MFA blocks at the next sign-in.").arg(domain));
            self->m_notice->show();
            if (r)
                self->reload(); // the users' due dates
        });
}

void HelpDeskConsole::refreshRow(const ListedUser &user)
{
    if (!m_session || !m_session->client())
        return;
    QPointer<HelpDeskConsole> self(this);
    m_session->client()->user(user.domain, user.user, [self](Result<PortalUser, PortalError> r) {
        if (self && r) {
            self->m_model.update(r.value());
            self->m_page->showLookedUp(r.value());
        }
    });
}

void HelpDeskConsole::hideAdministration(AdministrationMissing why)
{
    // Listing works on any portal; changing MFA needs our extension.
    m_administration = false;
    m_notice->setText(why == AdministrationMissing::StateUnreported
                          ? tr("This portal does not report MFA state or offer MFA administration, so the actions are "
                               "hidden. Listing users still works.")
                          : tr("This portal does not offer MFA administration, so the actions are hidden. Listing users "
                               "still works."));
    m_notice->show();
    updateActions();
}

bool HelpDeskConsole::exportCsv(const QString &path, QString *error) const
{
    QList<QStringList> rows{UsersTableModel::csvHeader()};
    rows.reserve(m_filter.rowCount() + 1);
    for (int row = 0; row < m_filter.rowCount(); ++row)
        rows << UsersTableModel::csvRow(m_model.user(m_filter.mapToSource(m_filter.index(row, 0)).row()));
    return csv::writeFile(path, rows, error);
}

} // namespace pbx::ui
