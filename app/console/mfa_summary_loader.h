#pragma once

#include "directory_loader.h"
#include "portal/session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace pbx {

// How far along with MFA one domain, or every domain of the caller's scope,
// is. Asks the portal's summary (our extension); a portal without it
// (NotFound) has the same counted here from the directory listing, and
// source() then says so and elapsedMs() how long that took.
class MfaSummaryLoader : public QObject
{
    Q_OBJECT
public:
    enum class Source { Portal, Listing };
    Q_ENUM(Source)

    explicit MfaSummaryLoader(Session &session, QObject *parent = nullptr);

    // An empty domain: every domain the caller may list.
    void load(const QString &domain = {});
    // Stops; failed() reports Cancelled at once, later answers are dropped.
    void cancel();
    bool isRunning() const { return m_running; }

    // Of the last load that succeeded.
    Source source() const { return m_source; }
    qint64 elapsedMs() const { return m_elapsedMs; }

signals:
    // While counting from the listing: users counted so far, of how many.
    void progress(int counted, int total);
    void loaded(const QList<pbx::MfaSummary> &summaries);
    void failed(const pbx::PortalError &error);

private:
    void countFromListing(const QStringList &domains);
    void succeed(QList<MfaSummary> summaries, Source source);
    void fail(const PortalError &error);

    QPointer<Session> m_session;
    DirectoryLoader m_directory;
    QStringList m_domains;
    QHash<QString, MfaSummary> m_counts;
    QElapsedTimer m_timer;
    Source m_source = Source::Portal;
    qint64 m_elapsedMs = 0;
    bool m_running = false;
    quint64 m_run = 0; // answers of an earlier run are ignored
};

} // namespace pbx
