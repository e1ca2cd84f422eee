#include "audit_dialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pbx::ui {

AuditDialog::AuditDialog(Session &session, const QString &domain, QWidget *parent)
    : QDialog(parent), m_session(&session), m_domain(domain), m_user(new QLineEdit(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_table(new QTableWidget(0, 4, this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    m_status->setTextFormat(Qt::PlainText);
    setWindowTitle(domain.isEmpty() ? tr("Audit log") : tr("Audit log — %1").arg(domain));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    m_user->setObjectName(QStringLiteral("auditUserEdit"));
    m_user->setPlaceholderText(tr("Any user"));
    m_user->setAccessibleName(tr("User"));
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDate(QDate::currentDate().addDays(-30));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("auditToEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDate(QDate::currentDate());
    m_to->setAccessibleName(tr("To"));
    labelled(tr("&User:"), m_user);
    labelled(tr("&From:"), m_from);
    labelled(tr("&To:"), m_to);
    auto *refreshButton = new QPushButton(tr("&Show"), this);
    refreshButton->setObjectName(QStringLiteral("auditRefresh"));
    refreshButton->setDefault(true);
    filters->addWidget(refreshButton);
    layout->addLayout(filters);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("By"), tr("User")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Audit events"));
    layout->addWidget(m_table, 1);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &AuditDialog::refresh);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditDialog::refresh);
    resize(760, 480);
    refresh();
}

int AuditDialog::rowCount() const
{
    return m_table->rowCount();
}

void AuditDialog::refresh()
{
    if (!m_session || !m_session->client())
        return;
    AuditQuery query;
    query.domain = m_domain;
    query.user = m_user->text().trimmed();
    query.from = QDateTime(m_from->date(), QTime(0, 0));
    query.to = QDateTime(m_to->date(), QTime(23, 59, 59));
    m_status->setText(tr("Loading…"));
    const quint64 run = ++m_run;
    QPointer<AuditDialog> self(this);
    m_session->client()->auditLog(query, [self, run](Result<QList<AuditEvent>, PortalError> r) {
        if (!self || run != self->m_run)
            return;
        if (!r) {
            self->m_status->setText(r.error().message());
            return;
        }
        const QList<AuditEvent> &events = r.value();
        self->m_table->setRowCount(int(events.size()));
        const QLocale locale;
        // Newest first: that is what a help desk looks for.
        for (qsizetype i = 0; i < events.size(); ++i) {
            const AuditEvent &e = events.at(events.size() - 1 - i);
            const QStringList cells{locale.toString(e.timestamp.toLocalTime(), QLocale::ShortFormat), e.action,
                                    e.byUser + QLatin1Char('@') + e.byDomain,
                                    e.targetUser.isEmpty() ? e.targetDomain : e.targetUser + QLatin1Char('@') + e.targetDomain};
            for (int c = 0; c < cells.size(); ++c)
                self->m_table->setItem(int(i), c, new QTableWidgetItem(cells.at(c)));
        }
        self->m_table->resizeColumnsToContents();
        self->m_status->setText(tr("%n event(s).", nullptr, int(events.size())));
    });
}

} // namespace pbx::ui
