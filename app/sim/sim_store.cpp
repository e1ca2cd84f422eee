#include "sim_store.h"

#include <QFileInfo>
#include <algorithm>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pbx::sim {

bool syncFile(QFile &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

void syncDirectory(const QString &dir)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir);
#endif
}

namespace {

QJsonObject encodeOps(qint64 seq, const QList<SimStore::Op> &ops)
{
    QJsonArray list;
    for (const SimStore::Op &op : ops) {
        QJsonObject o{{u"kind"_s, op.kind}, {u"key"_s, op.key}};
        if (op.value)
            o.insert(u"value"_s, *op.value);
        list.append(o);
    }
    return {{u"seq"_s, seq}, {u"ops"_s, list}};
}

std::optional<QList<SimStore::Op>> decodeOps(const QJsonObject &line)
{
    QList<SimStore::Op> ops;
    for (const QJsonValue &v : line.value(u"ops"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"kind"_s).isString() || !o.value(u"key"_s).isString())
            return std::nullopt;
        SimStore::Op op{o.value(u"kind"_s).toString(), o.value(u"key"_s).toString(), std::nullopt};
        if (o.contains(u"value"_s)) {
            if (!o.value(u"value"_s).isObject())
                return std::nullopt;
            op.value = o.value(u"value"_s).toObject();
        }
        ops.append(op);
    }
    return ops;
}

} // namespace

SimStore::SimStore() = default;
SimStore::~SimStore() = default;

bool checkDataDirectory(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (!info.exists()) {
        // Ours from the start: created owner-only, nobody else ever had it.
        const QFileInfo parent(info.absolutePath());
        if (!QDir().mkpath(parent.absoluteFilePath())) {
            *error = u"cannot create the data directory %1"_s.arg(dir);
            return false;
        }
#ifdef Q_OS_UNIX
        if (::mkdir(QFile::encodeName(info.absoluteFilePath()).constData(), 0700) != 0) {
#else
        if (!QDir().mkdir(info.absoluteFilePath())) {
#endif
            *error = u"cannot create the data directory %1"_s.arg(dir);
            return false;
        }
        return true;
    }
    if (!info.isDir()) {
        *error = u"%1 is not a directory"_s.arg(dir);
        return false;
    }
#ifdef Q_OS_UNIX
    // The portal's keys, password hashes and journal live here: a directory
    // someone else owns, or could write, may hold whatever they put there.
    struct stat st{};
    if (::stat(QFile::encodeName(info.absoluteFilePath()).constData(), &st) != 0) {
        *error = u"cannot read the data directory %1"_s.arg(dir);
        return false;
    }
    if (st.st_uid != ::geteuid()) {
        *error = u"refusing the data directory %1: it belongs to another user"_s.arg(dir);
        return false;
    }
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        *error = u"refusing the data directory %1: other users can read or write it (chmod 700 %1)"_s.arg(dir);
        return false;
    }
#endif
    return true;
}

bool SimStore::open(const QString &dir, QString *error)
{
    m_dir = dir;
    if (!checkDataDirectory(dir, error))
        return false;
    if (!loadSnapshot(error) || !replayJournal(error))
        return false;
    m_journal = std::make_unique<QFile>(QDir(dir).filePath(u"journal.jsonl"_s));
    if (!m_journal->open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = u"cannot write %1: %2"_s.arg(m_journal->fileName(), m_journal->errorString());
        return false;
    }
    m_journal->setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool SimStore::loadSnapshot(QString *error)
{
    QFile file(QDir(m_dir).filePath(u"state.json"_s));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        // Snapshots are renamed into place whole, so this is damage from
        // outside; refuse rather than start empty and lose everything.
        *error = u"%1 is damaged: %2"_s.arg(file.fileName(), parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    m_seq = qint64(root.value(u"seq"_s).toDouble());
    const QJsonObject data = root.value(u"data"_s).toObject();
    for (auto kind = data.begin(); kind != data.end(); ++kind) {
        auto &records = m_data[kind.key()];
        const QJsonObject byKey = kind.value().toObject();
        for (auto it = byKey.begin(); it != byKey.end(); ++it) {
            const QJsonObject record = it.value().toObject();
            records.insert(it.key(), record);
            index(kind.key(), it.key(), record);
        }
    }
    return true;
}

bool SimStore::replayJournal(QString *error)
{
    QFile file(QDir(m_dir).filePath(u"journal.jsonl"_s));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadWrite)) {
        *error = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    qint64 goodEnd = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const bool complete = line.endsWith('\n');
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        const auto ops = doc.isObject() ? decodeOps(doc.object()) : std::nullopt;
        if (!complete || !ops) {
            if (!file.atEnd()) {
                *error = u"%1 is damaged before its last line"_s.arg(file.fileName());
                return false;
            }
            qCWarning(lcSimStore) << "dropping a torn final journal line (never acknowledged)";
            break;
        }
        const qint64 seq = qint64(doc.object().value(u"seq"_s).toDouble());
        if (seq > m_seq) { // lines already folded into the snapshot are skipped
            applyInMemory(*ops);
            m_seq = seq;
        }
        goodEnd = file.pos();
        ++m_journalLines;
    }
    if (file.size() != goodEnd) {
        file.resize(goodEnd);
        syncFile(file);
    }
    return true;
}

std::optional<QJsonObject> SimStore::get(const QString &kind, const QString &key) const
{
    const auto k = m_data.constFind(kind);
    if (k == m_data.cend())
        return std::nullopt;
    const auto it = k->constFind(key);
    if (it == k->cend())
        return std::nullopt;
    return *it;
}

const QMap<QString, QJsonObject> &SimStore::all(const QString &kind) const
{
    static const QMap<QString, QJsonObject> none;
    const auto k = m_data.constFind(kind);
    return k == m_data.cend() ? none : *k;
}

void SimStore::indexBy(const QString &kind, const QString &field)
{
    if (m_indexes.contains(kind) && m_indexes.value(kind).field == field)
        return;
    m_indexes.insert(kind, Index{field, {}, {}});
    const auto &records = all(kind);
    for (auto it = records.cbegin(); it != records.cend(); ++it)
        index(kind, it.key(), it.value());
}

const QStringList &SimStore::keysWhere(const QString &kind, const QString &value) const
{
    static const QStringList none;
    const auto index = m_indexes.constFind(kind);
    if (index == m_indexes.cend())
        return none;
    const auto keys = index->keysByValue.constFind(value);
    return keys == index->keysByValue.cend() ? none : *keys;
}

quint64 SimStore::revisionOf(const QString &kind, const QString &value) const
{
    const auto index = m_indexes.constFind(kind);
    return index == m_indexes.cend() ? 0 : index->revisions.value(value);
}

void SimStore::touch(Index &index, const QJsonObject &record)
{
    index.revisions[record.value(index.field).toString()] = ++m_changes;
}

void SimStore::index(const QString &kind, const QString &key, const QJsonObject &record)
{
    const auto index = m_indexes.find(kind);
    if (index == m_indexes.end())
        return;
    touch(*index, record);
    QStringList &keys = index->keysByValue[record.value(index->field).toString()];
    // Loading a snapshot inserts in key order, so appending is the usual case.
    if (keys.isEmpty() || keys.constLast() < key)
        keys.append(key);
    else if (const auto at = std::lower_bound(keys.begin(), keys.end(), key); at == keys.end() || *at != key)
        keys.insert(at, key);
}

void SimStore::unindex(const QString &kind, const QString &key, const QJsonObject &record)
{
    const auto index = m_indexes.find(kind);
    if (index == m_indexes.end())
        return;
    touch(*index, record);
    const auto keys = index->keysByValue.find(record.value(index->field).toString());
    if (keys == index->keysByValue.end())
        return;
    if (const auto at = std::lower_bound(keys->begin(), keys->end(), key); at != keys->end() && *at == key)
        keys->erase(at);
    if (keys->isEmpty())
        index->keysByValue.erase(keys);
}

void SimStore::applyInMemory(const QList<Op> &ops)
{
    for (const Op &op : ops) {
        if (!op.value && !m_data.contains(op.kind))
            continue;
        auto &records = m_data[op.kind];
        const auto old = records.constFind(op.key);
        const auto idx = m_indexes.find(op.kind);
        // Most changes leave the indexed field as it was: no index work.
        const bool reindex = idx != m_indexes.end()
            && (old == records.cend() || !op.value || old->value(idx->field) != op.value->value(idx->field));
        if (idx != m_indexes.end() && !reindex)
            touch(*idx, *op.value); // the group's figures may change all the same
        if (reindex && old != records.cend())
            unindex(op.kind, op.key, *old);
        if (op.value) {
            records.insert(op.key, *op.value);
            if (reindex)
                index(op.kind, op.key, *op.value);
        } else {
            records.remove(op.key);
        }
    }
}

bool SimStore::apply(const QList<Op> &ops)
{
    if (ops.isEmpty())
        return true;
    const QByteArray line = QJsonDocument(encodeOps(m_seq + 1, ops)).toJson(QJsonDocument::Compact) + '\n';
    const qint64 before = m_journal->size();
    if (m_journal->write(line) != line.size() || !syncFile(*m_journal)) {
        qCCritical(lcSimStore) << "journal write failed:" << m_journal->errorString();
        m_journal->resize(before); // leave no half line behind us
        return false;
    }
    ++m_seq;
    ++m_journalLines;
    applyInMemory(ops);
    if (m_journalLines >= CompactAfterLines)
        compact();
    return true;
}

bool SimStore::compact()
{
    QJsonObject data;
    for (auto kind = m_data.cbegin(); kind != m_data.cend(); ++kind) {
        QJsonObject byKey;
        for (auto it = kind->cbegin(); it != kind->cend(); ++it)
            byKey.insert(it.key(), it.value());
        data.insert(kind.key(), byKey);
    }
    QSaveFile file(QDir(m_dir).filePath(u"state.json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{u"seq"_s, m_seq}, {u"data"_s, data}}).toJson(QJsonDocument::Compact));
    file.flush();
#ifndef Q_OS_WIN
    ::fsync(file.handle());
#endif
    if (!file.commit())
        return false;
    syncDirectory(m_dir);
    // A kill right here leaves journal lines the snapshot already holds;
    // their sequence numbers make replay skip them.
    if (m_journal->resize(0) && syncFile(*m_journal))
        m_journalLines = 0;
    qCInfo(lcSimStore) << "compacted state at seq" << m_seq;
    return true;
}

} // namespace pbx::sim
