// Enrollments per week: which week a time falls in (Monday to Sunday, local
// time), what falls outside, running totals, and the model contract under
// QAbstractItemModelTester.
#include "console/enrollment_trend_model.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {
// Wednesday 2 December 2026: its week starts on Monday 30 November.
const QDate Today(2026, 12, 2);

QDateTime at(const QDate &date, int hour = 12)
{
    return QDateTime(date, QTime(hour, 0)); // local time, as the weeks are
}
} // namespace

class TestEnrollmentTrendModel : public QObject
{
    Q_OBJECT
private slots:
    void firstWeekIsAMonday()
    {
        QCOMPARE(EnrollmentTrendModel::firstWeek(Today, 1), QDate(2026, 11, 30));
        QCOMPARE(EnrollmentTrendModel::firstWeek(Today, 52), QDate(2026, 11, 30).addDays(-7 * 51));
        QCOMPARE(EnrollmentTrendModel::firstWeek(QDate(2026, 11, 30), 1), QDate(2026, 11, 30)); // a Monday itself
        QCOMPARE(EnrollmentTrendModel::firstWeek(QDate(2026, 12, 6), 1), QDate(2026, 11, 30)); // a Sunday
    }

    void weekOf_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<int>("week"); // of 4; -1: outside
        QTest::newRow("today") << at(Today) << 3;
        QTest::newRow("this week's Monday, just after midnight") << QDateTime(QDate(2026, 11, 30), QTime(0, 0, 1)) << 3;
        QTest::newRow("last Sunday, just before midnight") << QDateTime(QDate(2026, 11, 29), QTime(23, 59, 59)) << 2;
        QTest::newRow("the first week's Monday") << at(QDate(2026, 11, 9)) << 0;
        QTest::newRow("the Sunday before it") << at(QDate(2026, 11, 8)) << -1;
        QTest::newRow("a year ago") << at(Today.addYears(-1)) << -1;
        QTest::newRow("next week (a clock ahead)") << at(QDate(2026, 12, 7)) << -1;
        QTest::newRow("no date") << QDateTime() << -1;
    }
    void weekOf()
    {
        QFETCH(QDateTime, time);
        QFETCH(int, week);
        EnrollmentTrendModel model;
        model.setEnrollments({time}, Today, 4);
        QCOMPARE(model.weekCount(), 4);
        QCOMPARE(model.weekStart(0), QDate(2026, 11, 9));
        for (int w = 0; w < 4; ++w)
            QCOMPARE(model.enrolled(w), w == week ? 1 : 0);
        QCOMPARE(model.total(), week >= 0 ? 1 : 0);
    }

    void countsAndRunningTotals()
    {
        EnrollmentTrendModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<QDateTime> times{at(QDate(2026, 11, 10)), at(QDate(2026, 11, 11)), at(QDate(2026, 11, 12)),
                                     at(QDate(2026, 11, 24)), at(QDate(2026, 12, 1), 8), at(QDate(2026, 12, 2), 9)};
        model.setEnrollments(times, Today, 4);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(EnrollmentTrendModel::ColumnCount));
        const QList<int> perWeek{3, 0, 1, 2}, running{3, 3, 4, 6};
        for (int w = 0; w < 4; ++w) {
            QCOMPARE(model.enrolled(w), perWeek[w]);
            QCOMPARE(model.index(w, EnrollmentTrendModel::EnrolledColumn).data(EnrollmentTrendModel::SortRole).toInt(),
                     perWeek[w]);
            QCOMPARE(model.index(w, EnrollmentTrendModel::RunningTotalColumn).data(EnrollmentTrendModel::SortRole).toInt(),
                     running[w]);
            QCOMPARE(model.index(w, EnrollmentTrendModel::WeekColumn).data(EnrollmentTrendModel::SortRole).toDate(),
                     model.weekStart(w));
        }
        QCOMPARE(model.total(), 6);
        QCOMPARE(model.busiestWeek(), 3);

        // Sorted the latest first through a proxy, as the dashboard shows it.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(EnrollmentTrendModel::SortRole);
        proxy.sort(EnrollmentTrendModel::WeekColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, EnrollmentTrendModel::RunningTotalColumn).data(EnrollmentTrendModel::SortRole).toInt(), 6);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.total(), 0);
        QCOMPARE(model.busiestWeek(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentTrendModel)
#include "tst_enrollment_trend_model.moc"
