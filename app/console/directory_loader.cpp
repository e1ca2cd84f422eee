#include "directory_loader.h"

namespace pbx {

DirectoryLoader::DirectoryLoader(Session &session, QObject *parent) : QObject(parent), m_session(&session) {}

void DirectoryLoader::load(const QStringList &domains)
{
    ++m_run;
    m_domains = domains;
    m_domainIndex = 0;
    m_start = 0;
    m_loaded = 0;
    m_total = 0;
    m_running = true;
    countNext();
}

void DirectoryLoader::cancel()
{
    if (!m_running)
        return;
    ++m_run;
    finish(PortalError::make(ErrorKind::Cancelled));
}

void DirectoryLoader::finish(std::optional<PortalError> error)
{
    m_running = false;
    emit finished(error);
}

// First the counts of every domain, so progress has a total; then pages.
void DirectoryLoader::countNext()
{
    if (!m_session || !m_session->client())
        return finish(PortalError::make(ErrorKind::SessionExpired));
    if (m_domainIndex >= m_domains.size()) {
        m_domainIndex = 0;
        emit progress(0, m_total);
        return fetchNext();
    }
    // The session's client outlives this loader (a console closed while
    // loading): answers must not reach a deleted loader.
    const quint64 run = m_run;
    QPointer<DirectoryLoader> self(this);
    m_session->client()->userCount(m_session->accessToken(), m_domains.at(m_domainIndex),
                                   [this, self, run](Result<int, PortalError> r) {
                                       if (!self || run != m_run)
                                           return;
                                       if (!r)
                                           return finish(r.error());
                                       m_total += r.value();
                                       ++m_domainIndex;
                                       countNext();
                                   });
}

void DirectoryLoader::fetchNext()
{
    if (!m_session || !m_session->client())
        return finish(PortalError::make(ErrorKind::SessionExpired));
    if (m_domainIndex >= m_domains.size())
        return finish(std::nullopt);
    const quint64 run = m_run;
    QPointer<DirectoryLoader> self(this);
    m_session->client()->users(m_session->accessToken(), m_domains.at(m_domainIndex), m_start, PageSize,
                               [this, self, run](Result<QList<PortalUser>, PortalError> r) {
                                   if (!self || run != m_run)
                                       return;
                                   if (!r)
                                       return finish(r.error());
                                   const QList<PortalUser> &page = r.value();
                                   m_loaded += int(page.size());
                                   emit pageLoaded(page);
                                   emit progress(m_loaded, std::max(m_total, m_loaded));
                                   if (page.size() < PageSize) {
                                       ++m_domainIndex;
                                       m_start = 0;
                                   } else {
                                       m_start += PageSize;
                                   }
                                   fetchNext();
                               });
}

} // namespace pbx
