// The dashboard's table model: totals, progress, "most behind first", and
// the model contract under QAbstractItemModelTester.
#include "console/mfa_summary_model.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pbx::MfaSummary)

namespace {
MfaSummary summary(const QString &domain, int enrolled, int pending, int notRequired, int overdue = 0, int locked = 0,
                   int unknown = 0)
{
    return {domain, enrolled + pending + notRequired + unknown, enrolled, pending, notRequired, overdue, locked, unknown};
}
} // namespace

class TestMfaSummaryModel : public QObject
{
    Q_OBJECT
private slots:
    void progress_data()
    {
        QTest::addColumn<MfaSummary>("summary");
        QTest::addColumn<QString>("text");
        QTest::newRow("none enrolled") << summary(u"a"_s, 0, 10, 0) << u"0 %"_s;
        QTest::newRow("half, not-required users aside") << summary(u"a"_s, 5, 5, 90) << u"50 %"_s;
        QTest::newRow("one short of all: not 100") << summary(u"a"_s, 199, 1, 0) << u"99 %"_s;
        QTest::newRow("all") << summary(u"a"_s, 7, 0, 3) << u"100 %"_s;
        QTest::newRow("nobody must") << summary(u"a"_s, 0, 0, 12) << u"—"_s;
        QTest::newRow("no users") << summary(u"a"_s, 0, 0, 0) << u"—"_s;
        QTest::newRow("states unknown") << summary(u"a"_s, 0, 0, 0, 0, 0, 40) << u"—"_s;
    }
    void progress()
    {
        QFETCH(MfaSummary, summary);
        QFETCH(QString, text);
        QCOMPARE(MfaSummaryModel::progressText(summary, QLocale::c()), text);
    }

    void mostBehindFirst()
    {
        const QList<MfaSummary> in{summary(u"done"_s, 10, 0, 0), summary(u"nothing-required"_s, 0, 0, 5),
                                   summary(u"half"_s, 5, 5, 0), summary(u"none-small"_s, 0, 2, 0),
                                   summary(u"none-big"_s, 0, 20, 0), summary(u"quarter"_s, 1, 3, 9)};
        QStringList order;
        for (const MfaSummary &s : MfaSummaryModel::mostBehindFirst(in))
            order << s.domain;
        QCOMPARE(order, (QStringList{u"none-big"_s, u"none-small"_s, u"quarter"_s, u"half"_s, u"done"_s,
                                     u"nothing-required"_s}));
    }

    void modelContractAndTotals()
    {
        MfaSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(MfaSummaryModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 0);
        model.setSummaries({summary(u"b.demo"_s, 9, 1, 0, 1, 1), summary(u"a.demo"_s, 1, 9, 2, 0, 0),
                            summary(u"c.demo"_s, 100, 0, 0)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(MfaSummaryModel::ColumnCount));
        const MfaSummary &t = model.totals();
        QCOMPARE(t.users, 122);
        QCOMPARE(t.enrolled, 110);
        QCOMPARE(t.pending, 10);
        QCOMPARE(t.notRequired, 2);
        QCOMPARE(t.overdue, 1);
        QCOMPARE(t.locked, 1);
        QCOMPARE(model.index(0, MfaSummaryModel::DomainColumn).data().toString(), u"b.demo"_s);
        QCOMPARE(model.headerData(MfaSummaryModel::ProgressColumn, Qt::Horizontal).toString(), u"Progress"_s);

        // Numbers sort as numbers (100 after 9), progress by share.
        proxy.sort(MfaSummaryModel::UsersColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, MfaSummaryModel::DomainColumn).data().toString();
        QCOMPARE(order, (QStringList{u"b.demo"_s, u"a.demo"_s, u"c.demo"_s}));
        proxy.sort(MfaSummaryModel::ProgressColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, MfaSummaryModel::DomainColumn).data().toString(), u"a.demo"_s);

        model.setSummaries({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totals(), MfaSummary{});
    }

    void cellsForExport()
    {
        const MfaSummary s = summary(u"a.demo"_s, 1234, 766, 0, 5, 2);
        QStringList cells;
        for (int c = 0; c < MfaSummaryModel::ColumnCount; ++c)
            cells << MfaSummaryModel::cellText(s, c, QLocale::c());
        QCOMPARE(cells, (QStringList{u"a.demo"_s, u"61 %"_s, u"2000"_s, u"1234"_s, u"766"_s, u"5"_s, u"0"_s, u"2"_s,
                                     u"0"_s}));
    }
};

QTEST_GUILESS_MAIN(TestMfaSummaryModel)
#include "tst_mfa_summary_model.moc"
