#include "sim/sim_store.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif
#include <QTest>

using namespace pbx::sim;
using namespace Qt::StringLiterals;
namespace sim = pbx::sim;

namespace {
QJsonObject value(int n)
{
    return {{QStringLiteral("n"), n}};
}
} // namespace

class TestSimStore : public QObject
{
    Q_OBJECT
private slots:
    // A data directory is created owner-only; one that others can read or
    // write, or that another user owns, is refused with a clear message.
    void untrustedDataDirectoryIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message"); // empty: accepted
        QTest::newRow("owner only") << 0700 << QString();
        QTest::newRow("others can read") << 0755 << u"other users can read or write it"_s;
        QTest::newRow("the group can write") << 0770 << u"other users can read or write it"_s;
        QTest::newRow("anyone can write") << 0777 << u"other users can read or write it"_s;
    }
    void untrustedDataDirectoryIsRefused()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix permissions");
#else
        QFETCH(int, mode);
        QFETCH(QString, message);
        QTemporaryDir parent;
        const QString dir = parent.filePath(u"data"_s);
        QVERIFY(::mkdir(QFile::encodeName(dir).constData(), 0700) == 0);
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), mode_t(mode)) == 0);
        sim::SimStore store;
        QString error;
        QCOMPARE(store.open(dir, &error), message.isEmpty());
        QVERIFY2(error.contains(message), qPrintable(error));
        if (!message.isEmpty())
            QVERIFY(error.contains(u"chmod 700"_s));
#endif
    }
    void missingDataDirectoryIsCreatedOwnerOnly()
    {
        QTemporaryDir parent;
        const QString dir = parent.filePath(u"a/b/data"_s);
        sim::SimStore store;
        QString error;
        QVERIFY2(store.open(dir, &error), qPrintable(error));
        QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                                 | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
    }
    void dataDirectoryOfAnotherUserIsRefused()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix ownership");
#else
        if (::geteuid() != 0)
            QSKIP("needs root to give a directory to another user");
        QTemporaryDir parent;
        const QString dir = parent.filePath(u"data"_s);
        QVERIFY(::mkdir(QFile::encodeName(dir).constData(), 0700) == 0);
        QVERIFY(::chown(QFile::encodeName(dir).constData(), 65534, 65534) == 0); // nobody
        sim::SimStore store;
        QString error;
        QVERIFY(!store.open(dir, &error));
        QVERIFY2(error.contains(u"belongs to another user"_s), qPrintable(error));
#endif
    }

    void persistsAcrossReopen()
    {
        QTemporaryDir dir;
        QString error;
        {
            SimStore store;
            QVERIFY(store.open(dir.path(), &error));
            QVERIFY(store.put(QStringLiteral("user"), QStringLiteral("a"), value(1)));
            QVERIFY(store.apply({{QStringLiteral("user"), QStringLiteral("b"), value(2)},
                                 {QStringLiteral("audit"), QStringLiteral("1"), value(3)}}));
            QVERIFY(store.remove(QStringLiteral("user"), QStringLiteral("a")));
        }
        SimStore again;
        QVERIFY2(again.open(dir.path(), &error), qPrintable(error));
        QVERIFY(!again.get(QStringLiteral("user"), QStringLiteral("a")).has_value());
        QCOMPARE(again.get(QStringLiteral("user"), QStringLiteral("b")), std::optional<QJsonObject>(value(2)));
        QCOMPARE(again.all(QStringLiteral("audit")).size(), 1);
    }

    // The keys grouped by a field stay in key order as records come, move
    // between groups and go, and come back the same after a reopen (from
    // the journal, then from the snapshot).
    void indexFollowsChanges()
    {
        QTemporaryDir dir;
        QString error;
        const QString kind = u"user"_s;
        const auto in = [](const QString &domain, int n) { return QJsonObject{{u"domain"_s, domain}, {u"n"_s, n}}; };
        const auto check = [&](const SimStore &store) {
            QCOMPARE(store.keysWhere(kind, u"a"_s), (QStringList{u"1@a"_s, u"3@a"_s, u"5@a"_s}));
            QCOMPARE(store.keysWhere(kind, u"b"_s), (QStringList{u"2@b"_s, u"4@a"_s}));
            QVERIFY(store.keysWhere(kind, u"c"_s).isEmpty());
            QVERIFY(store.keysWhere(u"other"_s, u"a"_s).isEmpty());
        };
        {
            SimStore store;
            store.indexBy(kind, u"domain"_s);
            QVERIFY(store.open(dir.path(), &error));
            // Out of order, so the index has to sort.
            for (const auto &[key, domain] : {std::pair{u"5@a"_s, u"a"_s}, {u"1@a"_s, u"a"_s}, {u"4@a"_s, u"a"_s},
                                              {u"3@a"_s, u"a"_s}, {u"2@b"_s, u"b"_s}, {u"6@c"_s, u"c"_s}})
                QVERIFY(store.put(kind, key, in(domain, 1)));
            QVERIFY(store.put(kind, u"4@a"_s, in(u"b"_s, 2))); // moves to b
            QVERIFY(store.put(kind, u"3@a"_s, in(u"a"_s, 3))); // changes, stays in a
            QVERIFY(store.remove(kind, u"6@c"_s));             // c is empty now
            check(store);
        }
        {
            SimStore fromJournal;
            QVERIFY(fromJournal.open(dir.path(), &error));
            fromJournal.indexBy(kind, u"domain"_s); // after open: built from what is there
            check(fromJournal);
            QVERIFY(fromJournal.compact());
        }
        SimStore fromSnapshot;
        fromSnapshot.indexBy(kind, u"domain"_s);
        QVERIFY(fromSnapshot.open(dir.path(), &error));
        check(fromSnapshot);
    }

    // A group's revision moves with every change to one of its records (a
    // change of another field too) and with nothing else.
    void revisionsMarkEveryChange()
    {
        QTemporaryDir dir;
        QString error;
        const QString kind = u"user"_s;
        const auto in = [](const QString &domain, int n) { return QJsonObject{{u"domain"_s, domain}, {u"n"_s, n}}; };
        SimStore store;
        store.indexBy(kind, u"domain"_s);
        QVERIFY(store.open(dir.path(), &error));
        QCOMPARE(store.revisionOf(kind, u"a"_s), 0u);
        QVERIFY(store.put(kind, u"1@a"_s, in(u"a"_s, 1)));
        const quint64 added = store.revisionOf(kind, u"a"_s);
        QVERIFY(added > 0);
        QVERIFY(store.put(kind, u"1@a"_s, in(u"a"_s, 2))); // same group, another field
        const quint64 changed = store.revisionOf(kind, u"a"_s);
        QVERIFY(changed > added);
        QVERIFY(store.put(kind, u"2@b"_s, in(u"b"_s, 1)));
        QVERIFY(store.put(u"other"_s, u"x"_s, in(u"a"_s, 1)));
        QCOMPARE(store.revisionOf(kind, u"a"_s), changed); // others' changes
        const quint64 b = store.revisionOf(kind, u"b"_s);
        QVERIFY(store.put(kind, u"1@a"_s, in(u"b"_s, 2))); // moves from a to b
        QVERIFY(store.revisionOf(kind, u"a"_s) > changed);
        QVERIFY(store.revisionOf(kind, u"b"_s) > b);
        const quint64 moved = store.revisionOf(kind, u"b"_s);
        QVERIFY(store.remove(kind, u"1@a"_s));
        QVERIFY(store.revisionOf(kind, u"b"_s) > moved);
        QCOMPARE(store.revisionOf(u"other"_s, u"a"_s), 0u);
    }

    // A kill in the middle of an append leaves a torn line that was never
    // acknowledged: it is dropped, and what came before is kept.
    void tornLastLineIsDropped()
    {
        QTemporaryDir dir;
        QString error;
        {
            SimStore store;
            QVERIFY(store.open(dir.path(), &error));
            QVERIFY(store.put(QStringLiteral("user"), QStringLiteral("a"), value(1)));
        }
        QFile journal(dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open(QIODevice::Append));
        journal.write("{\"seq\":2,\"ops\":[{\"kind\":\"user\",\"key\":\"b\",\"val");
        journal.close();
        {
            SimStore store;
            QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
            QVERIFY(store.get(QStringLiteral("user"), QStringLiteral("a")).has_value());
            QVERIFY(!store.get(QStringLiteral("user"), QStringLiteral("b")).has_value());
            QVERIFY(store.put(QStringLiteral("user"), QStringLiteral("c"), value(3))); // appends cleanly after it
        }
        SimStore store;
        QVERIFY(store.open(dir.path(), &error));
        QVERIFY(store.get(QStringLiteral("user"), QStringLiteral("c")).has_value());
    }

    void damageBeforeTheEndIsRefused()
    {
        QTemporaryDir dir;
        QFile journal(dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write("garbage\n{\"seq\":1,\"ops\":[]}\n");
        journal.close();
        SimStore store;
        QString error;
        QVERIFY(!store.open(dir.path(), &error));
        QVERIFY(error.contains(QStringLiteral("damaged")));
    }

    void compactionKeepsEverything()
    {
        QTemporaryDir dir;
        QString error;
        {
            SimStore store;
            QVERIFY(store.open(dir.path(), &error));
            for (int i = 0; i < SimStore::CompactAfterLines + 10; ++i)
                QVERIFY(store.put(QStringLiteral("user"), QString::number(i % 50), value(i)));
            QVERIFY(store.journalLines() < 20); // folded into state.json
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("state.json"))));
        SimStore again;
        QVERIFY(again.open(dir.path(), &error));
        QCOMPARE(again.all(QStringLiteral("user")).size(), 50);
        QCOMPARE(again.get(QStringLiteral("user"), QStringLiteral("9")),
                 std::optional<QJsonObject>(value(SimStore::CompactAfterLines + 9)));
    }

    // A kill between writing the snapshot and emptying the journal leaves
    // lines the snapshot already holds; they must not be applied twice.
    void replayAfterSnapshotSkipsFoldedLines()
    {
        QTemporaryDir dir;
        QString error;
        QByteArray journalBefore;
        {
            SimStore store;
            QVERIFY(store.open(dir.path(), &error));
            QVERIFY(store.put(QStringLiteral("user"), QStringLiteral("a"), value(1)));
            QVERIFY(store.remove(QStringLiteral("user"), QStringLiteral("a")));
            QFile j(dir.filePath(QStringLiteral("journal.jsonl")));
            QVERIFY(j.open(QIODevice::ReadOnly));
            journalBefore = j.readAll();
            QVERIFY(store.put(QStringLiteral("user"), QStringLiteral("a"), value(5)));
            QVERIFY(store.compact());
        }
        QFile j(dir.filePath(QStringLiteral("journal.jsonl")));
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write(journalBefore); // the old put+remove come back
        j.close();
        SimStore store;
        QVERIFY(store.open(dir.path(), &error));
        QCOMPARE(store.get(QStringLiteral("user"), QStringLiteral("a")), std::optional<QJsonObject>(value(5)));
    }
};

QTEST_GUILESS_MAIN(TestSimStore)
#include "tst_sim_store.moc"
