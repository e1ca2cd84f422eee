#include "domain_list.h"

#include <QPointer>
#include <memory>

namespace pbx {

namespace {

struct Listing
{
    QPointer<Session> session;
    QList<PortalDomain> domains;
    std::function<void(Result<QList<PortalDomain>, PortalError>)> done;
};

void fetchPage(const std::shared_ptr<Listing> &listing)
{
    if (!listing->session || !listing->session->client())
        return listing->done(PortalError::make(ErrorKind::Cancelled));
    listing->session->client()->domains(
        int(listing->domains.size()), DomainPageSize,
        [listing](Result<QList<PortalDomain>, PortalError> r) {
            if (!r)
                return listing->done(r.error());
            const bool last = r.value().size() < DomainPageSize;
            listing->domains += r.value();
            if (last)
                return listing->done(std::move(listing->domains));
            if (listing->domains.size() >= MaxDomains)
                return listing->done(PortalError::make(ErrorKind::Protocol,
                                                       QStringLiteral("more than %1 domains").arg(MaxDomains)));
            fetchPage(listing);
        });
}

} // namespace

void listAllDomains(Session &session, std::function<void(Result<QList<PortalDomain>, PortalError>)> done)
{
    fetchPage(std::make_shared<Listing>(Listing{&session, {}, std::move(done)}));
}

} // namespace pbx
