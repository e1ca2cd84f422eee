// libFuzzer target: every JSON response parser on the same bytes. None may
// crash, hang or read out of bounds, whatever the portal sends.
#include "common/utc.h"
#include "portal/response_parsers.h"

#include <QDateTime>
#include <QLoggingCategory>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // User records with odd fields are logged by field name; millions of
    // such lines would measure stderr, not the parsers.
    QLoggingCategory::setFilterRules(QStringLiteral("pbx.portal.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)pbx::parse::tokenPair(body);
    (void)pbx::parse::enrollment(body);
    (void)pbx::parse::domains(body);
    (void)pbx::parse::users(body);
    (void)pbx::parse::user(body);
    (void)pbx::parse::count(body);
    (void)pbx::parse::auditEvents(body);
    (void)pbx::parse::mfaSummary(body);
    (void)pbx::parse::mfaSummaries(body);
    (void)pbx::parse::policyAffected(body);
    (void)pbx::parse::errorMessage(body);
    const int wait = pbx::parse::retryAfterSeconds(body.left(64), pbx::utc::fromSecs(1800000000));
    if (wait < 1 || wait > 86400)
        __builtin_trap(); // the documented clamp must hold
    return 0;
}
