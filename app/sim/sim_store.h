#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

class QFile;

namespace pbx::sim {

// The simulator's durable state: records of JSON objects grouped by kind
// ("user", "refresh", "audit", ...), keyed by string.
//
// Durability: every change is one line appended to journal.jsonl and
// fsync'd before apply() returns, so whatever the portal acknowledged
// survives a kill at any moment. The journal is folded into state.json
// (written to a temporary file, fsync'd and renamed) once it grows. A torn
// last line, from a kill in the middle of an append, was never
// acknowledged and is dropped on load.
class SimStore
{
public:
    struct Op
    {
        QString kind;
        QString key;
        std::optional<QJsonObject> value; // nullopt removes the record
    };

    SimStore();
    ~SimStore();
    SimStore(const SimStore &) = delete;
    SimStore &operator=(const SimStore &) = delete;

    // Loads DIR (creating it if needed). On failure says why in *error.
    bool open(const QString &dir, QString *error);

    std::optional<QJsonObject> get(const QString &kind, const QString &key) const;
    const QMap<QString, QJsonObject> &all(const QString &kind) const;

    // Keeps the keys of KIND grouped by the string FIELD of their records,
    // each group in key order, as records change: a page of one domain's
    // users then costs the page, not the directory.
    void indexBy(const QString &kind, const QString &field);
    // The keys of KIND whose FIELD (the one indexBy() named) is VALUE, in
    // key order.
    const QStringList &keysWhere(const QString &kind, const QString &value) const;
    // Changes whenever a record of KIND whose indexed FIELD is (or was)
    // VALUE is added, changed or removed: what a cache of figures about that
    // group compares. Never repeats an earlier value.
    quint64 revisionOf(const QString &kind, const QString &value) const;
    bool isEmpty() const { return m_data.isEmpty(); }

    // Applies the operations together (one journal line) and makes them
    // durable. False, with nothing changed, if the disk write failed.
    bool apply(const QList<Op> &ops);
    bool put(const QString &kind, const QString &key, const QJsonObject &value) { return apply({{kind, key, value}}); }
    bool remove(const QString &kind, const QString &key) { return apply({{kind, key, std::nullopt}}); }

    // Folds the journal into the snapshot now.
    bool compact();
    int journalLines() const { return m_journalLines; }

    static constexpr int CompactAfterLines = 2000;

private:
    void applyInMemory(const QList<Op> &ops);
    bool loadSnapshot(QString *error);
    bool replayJournal(QString *error);

    void unindex(const QString &kind, const QString &key, const QJsonObject &record);
    void index(const QString &kind, const QString &key, const QJsonObject &record);

    struct Index
    {
        QString field;
        QHash<QString, QStringList> keysByValue; // each list sorted
        QHash<QString, quint64> revisions;       // by value, see revisionOf()
    };
    void touch(Index &index, const QJsonObject &record);

    QString m_dir;
    QHash<QString, QMap<QString, QJsonObject>> m_data;
    QHash<QString, Index> m_indexes; // by kind
    std::unique_ptr<QFile> m_journal;
    qint64 m_seq = 0;
    quint64 m_changes = 0;
    int m_journalLines = 0;
};

// A data directory the portal can trust: created owner-only if missing;
// refused, saying why, if another user owns it or others can read or write
// it.
bool checkDataDirectory(const QString &dir, QString *error);

// fsync for a file we wrote, and for a directory after a rename.
bool syncFile(QFile &file);
void syncDirectory(const QString &dir);

} // namespace pbx::sim
