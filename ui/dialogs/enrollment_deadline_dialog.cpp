#include "enrollment_deadline_dialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbx::ui {

namespace {
// Two weeks: long enough to reach everyone, short enough to be remembered.
constexpr int DefaultDays = 14;
} // namespace

EnrollmentDeadlineDialog::EnrollmentDeadlineDialog(const QString &domain, const QDate &today, QWidget *parent)
    : QDialog(parent), m_date(new QDateEdit(today.addDays(DefaultDays), this)),
      m_none(new QCheckBox(tr("&No deadline: MFA blocks at the next sign-in"), this))
{
    setObjectName(QStringLiteral("enrollmentDeadlineDialog"));
    setWindowTitle(tr("Enrollment deadline — %1").arg(domain));
    auto *layout = new QVBoxLayout(this);
    auto *why = new QLabel(tr("Until the end of this day, users of %1 who must set up multi-factor authentication "
                              "may still sign in, and are reminded each time. After it, they must set it up first.")
                               .arg(domain),
                           this);
    why->setTextFormat(Qt::PlainText); // the domain's name comes from the portal
    why->setWordWrap(true);
    why->setMinimumWidth(380);
    layout->addWidget(why);
    auto *form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("deadlineEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto *label = new QLabel(tr("&Set up by:"), this);
    label->setBuddy(m_date);
    form->addRow(label, m_date);
    layout->addLayout(form);
    m_none->setObjectName(QStringLiteral("noDeadlineCheck"));
    connect(m_none, &QCheckBox::toggled, m_date, &QWidget::setDisabled);
    layout->addWidget(m_none);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("deadlineOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_date->setFocus();
}

QDateTime EnrollmentDeadlineDialog::deadline() const
{
    return m_none->isChecked() ? QDateTime() : m_date->date().endOfDay();
}

} // namespace pbx::ui
