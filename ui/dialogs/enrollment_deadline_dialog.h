#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QDateEdit;

namespace pbx::ui {

// Asks until when a domain's users may put off setting up MFA: a date
// (through its end, here) or no deadline, which makes MFA block at once.
class EnrollmentDeadlineDialog : public QDialog
{
    Q_OBJECT
public:
    EnrollmentDeadlineDialog(const QString &domain, const QDate &today, QWidget *parent = nullptr);

    // The end of the chosen day (23:59:59 here); invalid for "no deadline".
    QDateTime deadline() const;

private:
    QDateEdit *m_date;
    QCheckBox *m_none;
};

} // namespace pbx::ui
