#include "common/utc.h"
#include "console/csv.h"
#include "console/mfa_state.h"
#include "console/users_filter_model.h"
#include "console/users_table_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

// A row is what the table shows; locks, deadlines and codes are looked up
// by the user's page.
static_assert(std::is_same_v<decltype(std::declval<UsersTableModel>().user(0)), const ListedUser &>);

namespace {
PortalUser user(const QString &id, const QString &first, const QString &last, bool required, bool enrolled,
                const QDateTime &since = {})
{
    PortalUser u;
    u.user = id;
    u.domain = u"acme.demo"_s;
    u.loginUsername = id + u"@acme.demo"_s;
    u.firstName = first;
    u.lastName = last;
    u.email = first.toLower() + u"@example.com"_s;
    u.scope = u"Basic User"_s;
    u.mfaRequired = required;
    u.mfaEnrolled = enrolled;
    u.mfaEnrolledAt = since;
    return u;
}
} // namespace

class TestUsersModel : public QObject
{
    Q_OBJECT

    UsersTableModel m_model;
    UsersFilterModel m_filter;

private slots:
    void initTestCase()
    {
        m_filter.setUsers(&m_model);
        m_model.append({user(u"1001"_s, u"Ava"_s, u"Tremblay"_s, true, true, utc::at(QDate(2026, 3, 1), QTime(9, 0))),
                        user(u"1002"_s, u"Ben"_s, u"Nguyen"_s, true, false)});
        m_model.append({user(u"1003"_s, u"Chloé"_s, u"Côté"_s, false, false),
                        user(u"1004"_s, u"Dev"_s, u"Smith"_s, true, true, utc::at(QDate(2025, 1, 1), QTime(9, 0)))});
    }

    void countsByState()
    {
        const auto counts = m_model.countByState();
        QCOMPARE(counts[size_t(MfaState::NotRequired)], 1);
        QCOMPARE(counts[size_t(MfaState::Pending)], 1);
        QCOMPARE(counts[size_t(MfaState::Enrolled)], 2);
        QCOMPARE(UsersTableModel::cellText(m_model.user(1), UsersTableModel::MfaColumn), u"Required, pending"_s);
        QVERIFY(UsersTableModel::cellText(m_model.user(0), UsersTableModel::MfaColumn).startsWith(u"Enrolled since"_s));
    }

    void filterAsYouType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state"); // -1: any
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("everyone") << QString() << -1 << QStringList{u"1001"_s, u"1002"_s, u"1003"_s, u"1004"_s};
        QTest::newRow("by user") << u"1003"_s << -1 << QStringList{u"1003"_s};
        QTest::newRow("by first name, any case") << u"aVA"_s << -1 << QStringList{u"1001"_s};
        QTest::newRow("by full name") << u"ben nguyen"_s << -1 << QStringList{u"1002"_s};
        QTest::newRow("accents") << u"côté"_s << -1 << QStringList{u"1003"_s};
        QTest::newRow("by email") << u"dev@example"_s << -1 << QStringList{u"1004"_s};
        QTest::newRow("enrolled only") << QString() << int(MfaState::Enrolled) << QStringList{u"1001"_s, u"1004"_s};
        QTest::newRow("pending only") << QString() << int(MfaState::Pending) << QStringList{u"1002"_s};
        QTest::newRow("text and state") << u"example"_s << int(MfaState::NotRequired) << QStringList{u"1003"_s};
        QTest::newRow("nothing") << u"zzz"_s << -1 << QStringList{};
    }
    void filterAsYouType()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QFETCH(QStringList, expected);
        m_filter.setText(text);
        m_filter.setState(state < 0 ? std::nullopt : std::optional<MfaState>(MfaState(state)));
        QStringList shown;
        for (int row = 0; row < m_filter.rowCount(); ++row)
            shown << m_filter.data(m_filter.index(row, UsersTableModel::UserColumn)).toString().section(u'@', 0, 0);
        shown.sort();
        QCOMPARE(shown, expected);
        m_filter.setText({});
        m_filter.setState(std::nullopt);
    }

    void sortByMfaThenDate()
    {
        m_filter.sort(UsersTableModel::MfaColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < m_filter.rowCount(); ++row)
            order << m_filter.data(m_filter.index(row, UsersTableModel::UserColumn)).toString().section(u'@', 0, 0);
        QCOMPARE(order, (QStringList{u"1003"_s, u"1002"_s, u"1004"_s, u"1001"_s}));
        m_filter.sort(UsersTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(m_filter.data(m_filter.index(0, UsersTableModel::NameColumn)).toString(), u"Dev Smith"_s);
    }

    void updateAfterAnAction()
    {
        ListedUser reset = m_model.user(0);
        reset.mfaEnrolled = false;
        reset.mfaRequired = true;
        m_model.update(reset);
        QCOMPARE(m_model.countByState()[size_t(MfaState::Enrolled)], 1);
        QCOMPARE(m_model.countByState()[size_t(MfaState::Pending)], 2);
        QCOMPARE(UsersTableModel::cellText(m_model.user(0), UsersTableModel::MfaColumn), u"Required, pending"_s);
    }

    // Pages arriving while sorted merge into place; a row keeps its
    // selection (persistent index) through filtering, and loses it only
    // while filtered out.
    void pagesMergeAndSelectionsFollowRows()
    {
        UsersTableModel model;
        UsersFilterModel filter;
        filter.setUsers(&model);
        filter.sort(UsersTableModel::NameColumn, Qt::AscendingOrder);
        model.append({user(u"2001"_s, u"Maya"_s, u"Roy"_s, true, false), user(u"2002"_s, u"Ava"_s, u"Lee"_s, true, false)});
        model.append({user(u"2003"_s, u"Liam"_s, u"Chen"_s, true, false), user(u"2004"_s, u"Zoe"_s, u"Patel"_s, true, false)});
        QStringList names;
        for (int row = 0; row < filter.rowCount(); ++row)
            names << filter.index(row, UsersTableModel::NameColumn).data().toString();
        QCOMPARE(names, (QStringList{u"Ava Lee"_s, u"Liam Chen"_s, u"Maya Roy"_s, u"Zoe Patel"_s}));

        const QPersistentModelIndex maya(filter.index(2, UsersTableModel::NameColumn));
        filter.setText(u"a"_s); // all four still
        QCOMPARE(maya.data().toString(), u"Maya Roy"_s);
        filter.setText(u"ay"_s); // only Maya
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(maya.row(), 0);
        filter.setText(u"zoe"_s);
        QVERIFY(!maya.isValid());
        filter.setText({});
        QCOMPARE(filter.rowCount(), 4);

        // A changed row moves to its new place in the order.
        ListedUser renamed = model.user(0); // Maya Roy
        renamed.firstName = u"Aaron"_s;
        model.update(renamed);
        QCOMPARE(filter.index(0, UsersTableModel::NameColumn).data().toString(), u"Aaron Roy"_s);
        QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 0);
        QCOMPARE(filter.mapFromSource(model.index(0, 0)).row(), 0);
        QCOMPARE(filter.headerData(UsersTableModel::EmailColumn, Qt::Horizontal).toString(), u"Email"_s);
    }

    // A row changed after an action is searched and sorted by what it says
    // now, whether its new text is shorter than the old (written in place)
    // or longer (written after the others).
    void aChangedRowIsSearchedAsItIsNow_data()
    {
        QTest::addColumn<QString>("first");
        QTest::newRow("shorter") << u"Al"_s;
        QTest::newRow("longer") << u"Alexandrine-Marguerite"_s;
    }
    void aChangedRowIsSearchedAsItIsNow()
    {
        QFETCH(QString, first);
        UsersTableModel model;
        UsersFilterModel filter;
        filter.setUsers(&model);
        filter.sort(UsersTableModel::NameColumn, Qt::AscendingOrder);
        model.append({user(u"3001"_s, u"Maya"_s, u"Roy"_s, true, false), user(u"3002"_s, u"Noor"_s, u"Lee"_s, true, false),
                      user(u"3003"_s, u"Zoe"_s, u"Park"_s, true, false)});
        ListedUser renamed = model.user(2);
        renamed.firstName = first;
        model.update(renamed);
        filter.setText(u"zoe park"_s);
        QCOMPARE(filter.rowCount(), 0);
        filter.setText(first);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, UsersTableModel::NameColumn).data().toString(), first + u" Park"_s);
        filter.setText({});
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, UsersTableModel::NameColumn).data().toString(), first + u" Park"_s);
        QCOMPARE(filter.index(1, UsersTableModel::NameColumn).data().toString(), u"Maya Roy"_s);
        // The rows around it kept their texts.
        filter.setText(u"noor lee"_s);
        QCOMPARE(filter.rowCount(), 1);
    }

    // What repeats from row to row (domain, scope, names) is held once.
    void rowsShareRepeatedStrings()
    {
        UsersTableModel model;
        model.reserve(2);
        PortalUser a = user(u"4001"_s, QString::fromLatin1("Sam"), u"Lee"_s, true, false);
        PortalUser b = user(u"4002"_s, QString::fromLatin1("Sam"), u"Roy"_s, true, false);
        a.domain = QString::fromLatin1("globex.demo");
        b.domain = QString::fromLatin1("globex.demo");
        QVERIFY(a.domain.constData() != b.domain.constData());
        QVERIFY(a.firstName.constData() != b.firstName.constData());
        model.append({a});
        model.append({b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.user(1).domain, u"globex.demo"_s);
        QCOMPARE(model.user(1).firstName, u"Sam"_s);
        QCOMPARE(model.user(0).domain.constData(), model.user(1).domain.constData());
        QCOMPARE(model.user(0).firstName.constData(), model.user(1).firstName.constData());
        QCOMPARE(model.user(1).lastName, u"Roy"_s);
        model.clear();
        model.append({b});
        QCOMPARE(model.user(0).domain, u"globex.demo"_s);
    }

    // A portal that does not report MFA state: never "Not required".
    void unknownStateIsItsOwnState()
    {
        UsersTableModel model;
        UsersFilterModel filter;
        filter.setUsers(&model);
        PortalUser unreported = user(u"3001"_s, u"Ava"_s, u"Roy"_s, false, false);
        unreported.mfaRequired.reset();
        unreported.mfaEnrolled.reset();
        PortalUser halfReported = user(u"3002"_s, u"Ben"_s, u"Lee"_s, false, false);
        halfReported.mfaRequired.reset(); // enrolled: false, but required or not is unknown
        model.append({unreported, halfReported, user(u"3003"_s, u"Chloé"_s, u"Côté"_s, false, false)});

        const auto counts = model.countByState();
        QCOMPARE(counts[size_t(MfaState::Unknown)], 2);
        QCOMPARE(counts[size_t(MfaState::NotRequired)], 1);
        QCOMPARE(mfaStateOf(unreported), MfaState::Unknown);
        QCOMPARE(UsersTableModel::cellText(unreported, UsersTableModel::MfaColumn), u"Unknown"_s);
        QCOMPARE(model.index(0, UsersTableModel::MfaColumn).data(Qt::ToolTipRole).toString(),
                 u"This portal does not report MFA state."_s);
        QVERIFY(model.index(2, UsersTableModel::MfaColumn).data(Qt::ToolTipRole).isNull());
        QCOMPARE(mfaStateKey(MfaState::Unknown), u"unknown"_s);
        QCOMPARE(mfaStateFromKey(u"unknown"_s), std::optional<MfaState>(MfaState::Unknown));

        filter.setState(MfaState::Unknown);
        QCOMPARE(filter.rowCount(), 2);
        filter.setState(MfaState::NotRequired);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, UsersTableModel::UserColumn).data().toString(), u"3003@acme.demo"_s);
        filter.setState(std::nullopt);
        filter.sort(UsersTableModel::MfaColumn, Qt::AscendingOrder); // unknown after every known state
        QCOMPARE(filter.index(2, UsersTableModel::MfaColumn).data().toString(), u"Unknown"_s);
        QCOMPARE(filter.index(0, UsersTableModel::MfaColumn).data().toString(), u"Not required"_s);
    }

    // Both models keep Qt's model contract (QAbstractItemModelTester checks
    // every signal and index) through everything the console does to them:
    // pages arriving, sorting, filtering, a changed row, a reload.
    void modelsKeepQtsContract()
    {
        UsersTableModel model;
        UsersFilterModel filter;
        filter.setUsers(&model);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<PortalUser> page;
        for (int i = 0; i < 50; ++i)
            page << user(QString::number(2000 + i), u"First%1"_s.arg(i % 7), u"Last%1"_s.arg(i), i % 3 != 0, i % 2 == 0);
        model.append(page.mid(0, 20));
        filter.sort(UsersTableModel::NameColumn, Qt::DescendingOrder);
        model.append(page.mid(20));
        filter.setText(u"first3"_s);
        QVERIFY(filter.rowCount() > 0);
        filter.setState(MfaState::Enrolled);
        ListedUser changed = model.user(4);
        changed.mfaEnrolled = !changed.mfaEnrolled;
        model.update(changed);
        filter.setText(u"first"_s);
        filter.setState(std::nullopt);
        filter.sort(UsersTableModel::MfaColumn, Qt::AscendingOrder);
        QCOMPARE(filter.rowCount(), 50);
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
        model.append(page.mid(0, 5));
        QCOMPARE(filter.rowCount(), 5);
    }

    void csvFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"Ava"_s << u"Ava"_s;
        QTest::newRow("comma") << u"Tremblay, Ava"_s << u"\"Tremblay, Ava\""_s;
        QTest::newRow("quote") << u"6\" phone"_s << u"\"6\"\" phone\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("plus") << u"+15145550100"_s << u"\"'+15145550100\""_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void csvFields()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(csv::field(value), written);
    }
    void csvRow() { QCOMPARE(csv::row({u"a"_s, u"b,c"_s}), u"a,\"b,c\"\r\n"_s); }
};

QTEST_GUILESS_MAIN(TestUsersModel)
#include "tst_users_model.moc"
