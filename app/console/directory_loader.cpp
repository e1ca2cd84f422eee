#include "directory_loader.h"

namespace pbx {

DirectoryLoader::DirectoryLoader(Session &session, QObject *parent) : QObject(parent), m_session(&session) {}

void DirectoryLoader::load(const QStringList &domains)
{
    ++m_run;
    m_domains = domains;
    m_counted = m_countsIn = 0;
    m_plan.clear();
    m_extra.clear();
    m_arrived.clear();
    m_nextToSend = m_nextToHandOn = 0;
    m_inFlight = 0;
    m_loaded = 0;
    m_total = 0;
    m_domainsDone = 0;
    m_running = true;
    if (m_domains.isEmpty())
        return finish(std::nullopt);
    if (m_domains.size() <= CountUpTo)
        return countMore();
    m_total = -1;
    for (qsizetype domain = 0; domain < m_domains.size(); ++domain)
        m_plan.append({domain, 0});
    emit progress(0, m_total);
    fetchMore();
}

void DirectoryLoader::cancel()
{
    if (!m_running)
        return;
    finish(PortalError::make(ErrorKind::Cancelled));
}

void DirectoryLoader::finish(std::optional<PortalError> error)
{
    ++m_run; // answers still on their way go nowhere
    m_running = false;
    m_arrived.clear();
    emit finished(error);
}

template <typename T>
PortalClient::Callback<T> DirectoryLoader::whileRunning(std::function<void(Result<T, PortalError>)> then)
{
    ++m_inFlight;
    return [this, self = QPointer<DirectoryLoader>(this), run = m_run, then = std::move(then)](Result<T, PortalError> r) {
        if (!self || run != m_run)
            return;
        --m_inFlight;
        then(std::move(r));
    };
}

// First the counts of every domain, so progress has a total and the pages
// can be planned; Parallel at a time.
void DirectoryLoader::countMore()
{
    if (sessionGone())
        return finish(PortalError::make(ErrorKind::SessionExpired));
    while (m_inFlight < Parallel && m_counted < m_domains.size()) {
        const qsizetype domain = m_counted++;
        m_session->client()->userCount(m_domains.at(domain), whileRunning<int>([this, domain](Result<int, PortalError> r) {
            if (!r)
                return finish(r.error());
            m_total += r.value();
            ++m_countsIn;
            // At least one page each: a count can be out of date.
            const int pages = std::max(1, (r.value() + PageSize - 1) / PageSize);
            for (int p = 0; p < pages; ++p)
                m_plan.append({domain, p * PageSize});
            if (m_countsIn < m_domains.size())
                return countMore();
            // Plan in domain order, whatever order the counts came in.
            std::stable_sort(m_plan.begin(), m_plan.end(), [](const Page &a, const Page &b) {
                return a.domain != b.domain ? a.domain < b.domain : a.start < b.start;
            });
            emit progress(0, m_total);
            fetchMore();
        }));
    }
}

void DirectoryLoader::fetchMore()
{
    if (sessionGone())
        return finish(PortalError::make(ErrorKind::SessionExpired));
    while (m_inFlight < Parallel && (!m_extra.isEmpty() || m_nextToSend < m_plan.size())) {
        const Page page = !m_extra.isEmpty() ? m_extra.takeFirst() : m_plan.at(m_nextToSend++);
        m_session->client()->users(m_domains.at(page.domain), page.start, PageSize,
                                   whileRunning<QList<PortalUser>>([this, page](Result<QList<PortalUser>, PortalError> r) {
                                       if (!r)
                                           return finish(r.error());
                                       pageArrived(page, std::move(r).value());
                                   }));
    }
}

void DirectoryLoader::planAt(qsizetype at, const Page &page)
{
    m_plan.insert(at, page);
    if (at < m_nextToSend) {
        ++m_nextToSend; // the plan moved under the cursor: send it apart
        m_extra.append(page);
    }
}

void DirectoryLoader::countLargeDomain(qsizetype domain)
{
    if (sessionGone())
        return;
    m_session->client()->userCount(m_domains.at(domain), whileRunning<int>([this, domain](Result<int, PortalError> r) {
        // Without the count the pages still come, one after another.
        if (r) {
            // After the domain's last page planned so far (the full-page
            // rule above keeps planning one more while they are full).
            qsizetype last = -1;
            for (qsizetype i = m_nextToHandOn; i < m_plan.size(); ++i)
                if (m_plan.at(i).domain == domain)
                    last = i;
            if (last >= 0) {
                for (int start = m_plan.at(last).start + PageSize; start < r.value(); start += PageSize)
                    planAt(++last, {domain, start});
            }
        }
        finishOrFetchMore();
    }));
}

void DirectoryLoader::pageArrived(const Page &page, QList<PortalUser> users)
{
    // A full last page: the domain was not counted, or grew since; ask for
    // the next one too, handed on right after this one. (Pages before the
    // next to hand on are gone already.)
    const qsizetype at = m_plan.indexOf(page, m_nextToHandOn);
    const bool lastOfDomain = at + 1 == m_plan.size() || m_plan.at(at + 1).domain != page.domain;
    if (users.size() >= PageSize && lastOfDomain)
        planAt(at + 1, {page.domain, page.start + PageSize});
    if (m_total < 0 && page.start == PageSize && users.size() >= PageSize)
        countLargeDomain(page.domain);
    m_arrived.insert(page, std::move(users));
    // The next requests first: a receiver may take a while over the pages
    // handed on (merging a large batch into its table), and the wire should
    // not wait for it.
    const quint64 sending = m_run;
    fetchMore();
    if (sending != m_run)
        return;
    // Hand on every page whose turn has come.
    while (m_nextToHandOn < m_plan.size()) {
        const auto ready = m_arrived.find(m_plan.at(m_nextToHandOn));
        if (ready == m_arrived.end())
            break;
        const QList<PortalUser> pageUsers = std::move(*ready);
        m_arrived.erase(ready);
        // A full page brought its successor into the plan when it arrived:
        // the last of its domain in the plan is the domain's last.
        if (m_nextToHandOn + 1 == m_plan.size() || m_plan.at(m_nextToHandOn + 1).domain != m_plan.at(m_nextToHandOn).domain)
            ++m_domainsDone;
        ++m_nextToHandOn;
        m_loaded += int(pageUsers.size());
        const quint64 run = m_run;
        emit pageLoaded(pageUsers);
        if (run != m_run)
            return; // a receiver cancelled or started another load
        emit progress(m_loaded, m_total < 0 ? -1 : std::max(m_total, m_loaded));
        if (run != m_run)
            return;
    }
    finishOrFetchMore();
}

void DirectoryLoader::finishOrFetchMore()
{
    if (m_nextToHandOn == m_plan.size() && m_inFlight == 0 && m_extra.isEmpty())
        return finish(std::nullopt);
    fetchMore();
}

} // namespace pbx
