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
// source() then says so and elapsedMs() how long that took. Counting reads
// every user, so a caller may ask to be told first (Fallback::Ask).
class MfaSummaryLoader : public QObject
{
    Q_OBJECT
public:
    enum class Source { Portal, Listing };
    Q_ENUM(Source)

    enum class Fallback { CountFromListing, Ask };

    explicit MfaSummaryLoader(Session &session, QObject *parent = nullptr);

    // An empty domain: every domain the caller may list. With Ask, a portal
    // without the summary ends the load with listingNeeded().
    void load(const QString &domain = {}, Fallback fallback = Fallback::CountFromListing);
    // Counts every domain the caller may list from the listing, whether or
    // not the portal has a summary.
    void countFromListing();
    // Stops; failed() reports Cancelled at once, later answers are dropped.
    void cancel();
    bool isRunning() const { return m_running; }
    // Running, and counting from the listing (not asking the summary).
    bool isCounting() const { return m_running && m_counting; }

    // Of the last load that succeeded.
    Source source() const { return m_source; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    // When the users counted enrolled did (their mfa-enrolled-datetime),
    // from the last count from the listing; those without a date are left
    // out.
    const QList<QDateTime> &enrolledTimes() const { return m_enrolledAt; }

signals:
    // While counting from the listing: domains counted so far, of how many.
    void progress(int domainsCounted, int domains);
    void loaded(const QList<pbx::MfaSummary> &summaries);
    void failed(const pbx::PortalError &error);
    // The portal has no summary and the load was asked not to count.
    void listingNeeded();

private:
    void countDomains(const QString &domain);
    void countListing(const QStringList &domains);
    void succeed(QList<MfaSummary> summaries, Source source);
    void fail(const PortalError &error);

    QPointer<Session> m_session;
    DirectoryLoader m_directory;
    QStringList m_domains;
    QHash<QString, MfaSummary> m_counts;
    QList<QDateTime> m_enrolledAt;
    QElapsedTimer m_timer;
    Source m_source = Source::Portal;
    qint64 m_elapsedMs = 0;
    bool m_running = false;
    bool m_counting = false;
    quint64 m_run = 0; // answers of an earlier run are ignored
};

} // namespace pbx
