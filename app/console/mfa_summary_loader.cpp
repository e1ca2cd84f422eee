#include "mfa_summary_loader.h"

#include "domain_list.h"
#include "mfa_state.h"

namespace pbx {

MfaSummaryLoader::MfaSummaryLoader(Session &session, QObject *parent)
    : QObject(parent), m_session(&session), m_directory(session)
{
    connect(&m_directory, &DirectoryLoader::progress, this, [this] {
        emit progress(m_directory.domainsDone(), m_directory.domainCount());
    });
    connect(&m_directory, &DirectoryLoader::pageLoaded, this, [this](const QList<PortalUser> &page) {
        const QDateTime now = m_session ? m_session->clock().now() : QDateTime::currentDateTimeUtc();
        for (const PortalUser &user : page) {
            // Only the domains asked for: a record claiming another is the
            // portal's mistake and counts nowhere.
            const auto summary = m_counts.find(user.domain);
            if (summary == m_counts.end())
                continue;
            countInto(*summary, user, now);
            if (user.mfaEnrolled == true && user.mfaEnrolledAt.isValid())
                m_enrolledAt.append(user.mfaEnrolledAt);
        }
    });
    connect(&m_directory, &DirectoryLoader::finished, this, [this](const std::optional<PortalError> &error) {
        if (!isCounting())
            return;
        if (error)
            return fail(*error);
        QList<MfaSummary> out;
        out.reserve(m_domains.size());
        for (const QString &domain : std::as_const(m_domains))
            out.append(m_counts.value(domain));
        m_counts.clear();
        succeed(std::move(out), Source::Listing);
    });
}

void MfaSummaryLoader::load(const QString &domain, Fallback fallback)
{
    cancel();
    ++m_run;
    m_running = true;
    m_counting = false;
    m_timer.start();
    if (!m_session || !m_session->client())
        return fail(PortalError::make(ErrorKind::SessionExpired));
    const quint64 run = m_run;
    QPointer<MfaSummaryLoader> self(this);
    // The session's client outlives this loader: answers must not reach a
    // deleted one, or a run that was replaced.
    const auto stale = [self, run] { return !self || run != self->m_run; };
    const auto fallBack = [this, domain, fallback](const PortalError &error) {
        if (error.kind != ErrorKind::NotFound)
            return fail(error);
        if (fallback == Fallback::CountFromListing)
            return countDomains(domain);
        m_running = false;
        emit listingNeeded();
    };
    if (domain.isEmpty()) {
        m_session->client()->mfaSummaries([this, stale, fallBack](Result<QList<MfaSummary>, PortalError> r) {
                                              if (stale())
                                                  return;
                                              if (!r)
                                                  return fallBack(r.error());
                                              succeed(std::move(r).value(), Source::Portal);
                                          });
    } else {
        m_session->client()->mfaSummary(domain,
                                        [this, stale, fallBack](Result<MfaSummary, PortalError> r) {
                                            if (stale())
                                                return;
                                            if (!r)
                                                return fallBack(r.error());
                                            succeed({std::move(r).value()}, Source::Portal);
                                        });
    }
}

void MfaSummaryLoader::countFromListing()
{
    cancel();
    ++m_run;
    m_running = true;
    m_timer.start();
    countDomains({});
}

void MfaSummaryLoader::countDomains(const QString &domain)
{
    m_counting = true;
    if (!m_session)
        return fail(PortalError::make(ErrorKind::SessionExpired));
    if (!domain.isEmpty())
        return countListing({domain});
    QPointer<MfaSummaryLoader> self(this);
    const quint64 run = m_run;
    listAllDomains(*m_session, [this, self, run](Result<QList<PortalDomain>, PortalError> r) {
        if (!self || run != m_run)
            return;
        if (!r)
            return fail(r.error());
        QStringList domains;
        for (const PortalDomain &d : r.value())
            domains << d.domain;
        countListing(domains);
    });
}

void MfaSummaryLoader::countListing(const QStringList &domains)
{
    if (!m_session)
        return fail(PortalError::make(ErrorKind::SessionExpired));
    m_domains = domains;
    m_counts.clear();
    m_enrolledAt.clear();
    for (const QString &domain : domains)
        m_counts.insert(domain, MfaSummary{domain});
    m_directory.load(domains);
}

void MfaSummaryLoader::cancel()
{
    if (!m_running)
        return;
    ++m_run;
    m_running = false;
    m_directory.cancel();
    m_counts.clear();
    emit failed(PortalError::make(ErrorKind::Cancelled));
}

void MfaSummaryLoader::succeed(QList<MfaSummary> summaries, Source source)
{
    m_running = false;
    m_source = source;
    m_elapsedMs = m_timer.elapsed();
    emit loaded(summaries);
}

void MfaSummaryLoader::fail(const PortalError &error)
{
    m_running = false;
    m_directory.cancel();
    m_counts.clear();
    emit failed(error);
}

} // namespace pbx
