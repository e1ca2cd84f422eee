#include "sim/sim_store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pbx::sim;

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
