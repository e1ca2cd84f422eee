#pragma once

#include "portal/session.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

namespace pbx {

// Loads the users of some domains page by page (start/limit), so a domain
// of 20,000 users arrives in pieces and the caller stays responsive.
//
// A few domains are counted first, so their pages can be asked for
// Parallel requests at a time (the connections Qt keeps open per host) and
// progress has a total. More than CountUpTo domains (a reseller's
// territory) are not counted: a count per domain would double the
// requests and hold back the first rows; each domain's first page is asked
// for at once, a full page brings the next, and progress is in domains
// (total() is then -1). A domain whose second page is full too is counted
// then, so the rest of its pages go out together, not one after another. Pages are handed on in order, domain by domain,
// whatever order they arrive in: the first rows show as soon as the first
// page is in, and every caller sees the same order.
class DirectoryLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 1000; // the API's largest page
    static constexpr int Parallel = 6;    // QNetworkAccessManager's connections per host
    static constexpr int CountUpTo = Parallel;

    explicit DirectoryLoader(Session &session, QObject *parent = nullptr);

    void load(const QStringList &domains);
    // Stops; finished() reports Cancelled at once, later answers are dropped.
    void cancel();
    bool isRunning() const { return m_running; }
    // Of the load under way or the last one: domains whose users have all
    // been handed on, of how many.
    int domainsDone() const { return m_domainsDone; }
    int domainCount() const { return int(m_domains.size()); }

signals:
    void pageLoaded(const QList<pbx::PortalUser> &users);
    // Users handed on, of how many; total is -1 when the domains were not
    // counted (domainsDone() then tells how far along).
    void progress(int loaded, int total);
    void finished(const std::optional<pbx::PortalError> &error);

private:
    struct Page
    {
        qsizetype domain = 0; // index into m_domains
        int start = 0;
        friend bool operator==(const Page &, const Page &) = default;
    };
    friend size_t qHash(const Page &page, size_t seed = 0) { return qHashMulti(seed, page.domain, page.start); }

    void countMore();
    void fetchMore();
    void pageArrived(const Page &page, QList<PortalUser> users);
    void countLargeDomain(qsizetype domain);
    // Finishes once every planned page is handed on and nothing is in
    // flight; otherwise sends what may go next.
    void finishOrFetchMore();
    // The callback of one request: counted in flight until it comes, and
    // dropped if the loader is gone or another run has begun by then (the
    // session's client outlives a console closed while loading).
    template <typename T>
    PortalClient::Callback<T> whileRunning(std::function<void(Result<T, PortalError>)> then);
    // Adds `page` to the plan at `at`, to be sent even if the cursor has
    // passed that point.
    void planAt(qsizetype at, const Page &page);
    void finish(std::optional<PortalError> error);
    bool sessionGone() const { return !m_session || !m_session->client(); }

    QPointer<Session> m_session;
    QStringList m_domains;
    qsizetype m_counted = 0;   // domains whose count was asked for
    qsizetype m_countsIn = 0;  // and answered
    QList<Page> m_plan;        // every page, in the order they are handed on
    qsizetype m_nextToSend = 0;
    qsizetype m_nextToHandOn = 0;
    QList<Page> m_extra;       // pages found to exist after the plan was made
    QHash<Page, QList<PortalUser>> m_arrived;
    int m_inFlight = 0;
    int m_loaded = 0;
    int m_total = 0; // -1: not counted
    int m_domainsDone = 0;
    bool m_running = false;
    quint64 m_run = 0; // answers of an earlier run are ignored
};

} // namespace pbx
