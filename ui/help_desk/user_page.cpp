#include "user_page.h"

#include "console/user_details.h"
#include "console/users_table_model.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace pbx::ui {

namespace {
// Enough to see what happened lately; the audit log has the rest.
constexpr int EventsShown = 10;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // the portal's words
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

UserPage::UserPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(&session),
      m_placeholder(new QLabel(tr("Select one user to see their page."), this)), m_content(new QWidget(this)),
      m_heading(new QLabel(m_content)), m_details(new QFormLayout), m_events(new QTreeWidget(m_content)),
      m_eventsStatus(new QLabel(m_content))
{
    setObjectName(QStringLiteral("userPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder->setObjectName(QStringLiteral("userPagePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // greyed: a hint, not content
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("userPageHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    content->addWidget(m_heading);
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    content->addLayout(m_details);

    auto *actions = new QGridLayout;
    const struct { Action action; const char *name; QString text; } buttons[] = {
        {Action::Require, "pageRequireButton", tr("Require MFA")},
        {Action::Unrequire, "pageUnrequireButton", tr("Stop requiring")},
        {Action::Reset, "pageResetButton", tr("Reset MFA…")},
        {Action::TemporaryAccess, "pageTemporaryAccessButton", tr("Temporary access code…")},
        {Action::Unlock, "pageUnlockButton", tr("Unlock")},
        {Action::Remind, "pageRemindButton", tr("Send reminder")},
    };
    int i = 0;
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.text, m_content);
        button->setObjectName(QString::fromLatin1(b.name));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action = b.action] { emit actionRequested(action); });
        actions->addWidget(button, i / 2, i % 2);
        m_actions.insert(b.action, button);
        ++i;
    }
    content->addLayout(actions);

    auto *eventsLabel = new QLabel(tr("Recent events:"), m_content);
    content->addWidget(eventsLabel);
    m_events->setObjectName(QStringLiteral("userEvents"));
    m_events->setAccessibleName(tr("Recent audit events of this user"));
    m_events->setHeaderLabels({tr("When"), tr("What"), tr("By")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->header()->setStretchLastSection(false);
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::Stretch); // the action
    content->addWidget(m_events, 1);
    m_eventsStatus->setObjectName(QStringLiteral("userEventsStatus"));
    m_eventsStatus->setTextFormat(Qt::PlainText); // may quote the portal
    m_eventsStatus->setWordWrap(true);
    content->addWidget(m_eventsStatus);

    setUser(std::nullopt);
}

void UserPage::setUser(const std::optional<ListedUser> &user)
{
    const bool other = !user || !m_user || user->user != m_user->user || user->domain != m_user->domain;
    m_placeholder->setVisible(!user);
    m_content->setVisible(user.has_value());
    if (!user) {
        m_user.reset();
        ++m_generation;
        return;
    }
    if (other) {
        m_user = PortalUser();
        m_lookedUp = false;
        m_lookUpFailure.clear();
    }
    static_cast<ListedUser &>(*m_user) = *user;
    showDetails();
    if (other) {
        ++m_generation;
        lookUp();
        reloadEvents();
    }
}

void UserPage::showLookedUp(const PortalUser &user)
{
    if (!m_user || user.user != m_user->user || user.domain != m_user->domain)
        return;
    m_user = user;
    m_lookedUp = true;
    showDetails();
}

void UserPage::showDetails()
{
    const PortalUser &user = *m_user;
    const QString name = UsersTableModel::cellText(user, UsersTableModel::NameColumn);
    m_heading->setText(name.isEmpty() ? user.user + u'@' + user.domain
                                      : QStringLiteral("%1 (%2@%3)").arg(name, user.user, user.domain));
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    for (const UserDetail &d : userDetails(user, DateStyle::Locale)) {
        auto *value = plainLabel(d.value, m_content);
        value->setAccessibleName(d.label);
        m_details->addRow(d.label + QLatin1Char(':'), value);
    }
    if (!m_lookedUp) {
        // Locks, deadlines and codes are not in the table's rows.
        auto *pending = plainLabel(m_lookUpFailure.isEmpty()
                                       ? tr("Looking up the rest…")
                                       : tr("The rest could not be looked up: %1").arg(m_lookUpFailure),
                                   m_content);
        pending->setObjectName(QStringLiteral("userLookUpPending"));
        m_details->addRow(pending);
    }
    updateButtons();
}

void UserPage::lookUp()
{
    if (!m_session || !m_session->client() || !m_user)
        return;
    QPointer<UserPage> self(this);
    m_session->client()->user(m_user->domain, m_user->user,
                              [self, gen = m_generation](Result<PortalUser, PortalError> r) {
                                  if (!self || gen != self->m_generation)
                                      return;
                                  if (r) {
                                      self->showLookedUp(r.value());
                                      emit self->userLookedUp(r.value());
                                      return;
                                  }
                                  // The row as listed, and why there is no more.
                                  self->m_lookUpFailure = r.error().message();
                                  self->showDetails();
                              });
}

void UserPage::reloadEvents()
{
    m_events->clear();
    if (!m_session || !m_session->client() || !m_user)
        return;
    m_eventsStatus->setText(tr("Loading…"));
    m_eventsStatus->show();
    AuditQuery query;
    query.domain = m_user->domain;
    query.user = m_user->user;
    QPointer<UserPage> self(this);
    m_session->client()->auditLog(query,
                                  [self, gen = m_generation](Result<QList<AuditEvent>, PortalError> r) {
        if (!self || gen != self->m_generation)
            return;
        if (!r) {
            self->m_eventsStatus->setText(r.error().message());
            return;
        }
        QList<AuditEvent> events = std::move(r).value();
        // Newest first; events of the same second keep the portal's order, reversed.
        std::reverse(events.begin(), events.end());
        std::stable_sort(events.begin(), events.end(),
                         [](const AuditEvent &a, const AuditEvent &b) { return a.timestamp > b.timestamp; });
        const QLocale locale;
        for (const AuditEvent &e : events.mid(0, EventsShown)) {
            auto *item = new QTreeWidgetItem(self->m_events);
            item->setText(0, locale.toString(e.timestamp.toLocalTime(), QLocale::ShortFormat));
            item->setText(1, e.action);
            item->setText(2, e.byUser + u'@' + e.byDomain);
        }
        self->m_eventsStatus->setText(events.isEmpty() ? tr("No events.")
                                      : events.size() > EventsShown
                                          ? tr("The last %1 of %n event(s); the audit log has them all.", nullptr,
                                               int(events.size())).arg(EventsShown)
                                          : QString());
        self->m_eventsStatus->setVisible(!self->m_eventsStatus->text().isEmpty());
    });
}

void UserPage::setActionsAvailable(bool available)
{
    for (QPushButton *b : std::as_const(m_actions))
        b->setVisible(available);
}

void UserPage::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    updateButtons();
}

void UserPage::updateButtons()
{
    if (!m_user)
        return;
    const PortalUser &u = *m_user;
    // An unreported state (nullopt) leaves the action to the portal.
    const bool required = u.mfaRequired.value_or(false), enrolled = u.mfaEnrolled.value_or(false);
    const bool known = u.mfaRequired.has_value() && u.mfaEnrolled.has_value();
    const auto enable = [this](Action a, bool applies) { m_actions.value(a)->setEnabled(m_actionsEnabled && applies); };
    enable(Action::Require, !known || !required);
    enable(Action::Unrequire, !known || required);
    enable(Action::Reset, !known || enrolled);
    enable(Action::TemporaryAccess, true);
    // The lock is reported only by our extension (without it, Unlock
    // stays), and only by a look-up (the table's rows leave it out).
    enable(Action::Unlock, !known || !m_lookedUp || u.locked);
    enable(Action::Remind, !known || (required && !enrolled));
}

} // namespace pbx::ui
