#pragma once

#include "common/clock.h"
#include "crypto/secret_box.h"
#include "jwt_codec.h"
#include "sim_store.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>
#include <functional>
#include <optional>
#include <variant>

namespace pbx::sim {

struct ApiRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray body;
    QString remote;
    quint16 remotePort = 0; // with remote, tells connections apart
};

struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// A password (or client secret) to check against a stored slow hash, and
// the answer once a worker thread has computed it.
struct SlowHashCheck
{
    QByteArray secret;
    QByteArray storedHash;
    bool matches = false;
};

// The portal's behaviour: NetSapiens API v2 sign-in, our MFA extension and
// directory reads (docs/portal-api.md), over the durable SimStore. No HTTP
// here: PortalHttpServer feeds it requests.
class PortalApi
{
public:
    // What handleDeferringSlowHashes() gives back when a request needs a
    // slow hash checked first: the check, to run on a worker thread and
    // hand back to handle().
    struct NeedsSlowHash
    {
        SlowHashCheck check;
    };
    struct Options
    {
        QString issuer = QStringLiteral("PBX Demo Portal");
        qint64 accessTokenSecs = 3600;
        qint64 restrictedTokenSecs = 600;
        qint64 refreshTokenSecs = 86400;
        qint64 enrollmentSecs = 600;
        // Off: answer 404 to the MFA administration extension, as a stock
        // portal would.
        bool mfaAdministration = true;
    };

    PortalApi(SimStore &store, const JwtCodec &jwt, const crypto::SecretBox &box, const Clock &clock, Options options);

    // Answers the request, computing any slow hash it needs right here.
    ApiResponse handle(const ApiRequest &request);
    // Answers the request, or, as soon as it meets a slow hash that is not
    // among `computed`, stops (before changing anything) and asks for it.
    // Re-run with the answers added; state may have moved on meanwhile,
    // which the re-run sees like any other request.
    std::variant<ApiResponse, NeedsSlowHash> handleDeferringSlowHashes(const ApiRequest &request,
                                                                      const QList<SlowHashCheck> &computed);

private:
    struct Caller
    {
        QJsonObject claims;
        QString uid;
        QJsonObject user;
        bool restricted = false;
    };
    using Outcome = std::optional<ApiResponse>;

    // Authentication (auth_endpoints.cpp)
    ApiResponse postJwt(const ApiRequest &request);
    ApiResponse passwordGrant(const QJsonObject &body, const QString &remote);
    ApiResponse mfaGrant(const QJsonObject &body, const QString &remote);
    ApiResponse refreshGrant(const QJsonObject &body);
    ApiResponse deleteJwt(const Caller &caller);
    ApiResponse startEnrollment(const Caller &caller, const QString &remote);
    ApiResponse activate(const Caller &caller, const ApiRequest &request);

    // Directory (directory_endpoints.cpp)
    ApiResponse listDomains(const Caller &caller, const QUrlQuery &query);
    ApiResponse listUsers(const Caller &caller, const QString &domain, const QUrlQuery &query);
    ApiResponse countUsers(const Caller &caller, const QString &domain);
    ApiResponse myUser(const Caller &caller);
    bool canSeeDomain(const Caller &caller, const QString &domain) const;

    // MFA administration (mfa_admin_endpoints.cpp)
    ApiResponse setMfaRequired(const Caller &caller, const QString &domain, const QString &user, const ApiRequest &request);
    ApiResponse resetMfa(const Caller &caller, const QString &domain, const QString &user, const QString &remote);
    ApiResponse setMfaPolicy(const Caller &caller, const QString &domain, const ApiRequest &request);
    ApiResponse auditLog(const Caller &caller, const QUrlQuery &query);
    bool canManageDomain(const Caller &caller, const QString &domain) const;

    // Shared helpers (portal_api.cpp)
    std::variant<Caller, ApiResponse> authenticate(const ApiRequest &request);
    std::optional<QString> uidForLogin(const QString &login) const;
    static bool isCurrentGeneration(const QJsonObject &claims, const QJsonObject &user);
    bool checkClient(const QJsonObject &body) const;
    // PBKDF2 (600,000 rounds) of a password or client secret: see
    // handleDeferringSlowHashes().
    bool verifySlowHash(const QByteArray &secret, const QByteArray &storedHash) const;
    std::optional<ApiResponse> admit(const QJsonObject &body);
    std::optional<ApiResponse> lockedOut(const QString &login);
    SimStore::Op failureOp(const QString &login) const;
    SimStore::Op auditOp(const QString &action, const QString &actor, const QString &target,
                         const QString &remote, const QJsonObject &extra = {}) const;
    struct Issued
    {
        QJsonObject body;
        QList<SimStore::Op> ops;
    };
    Issued issueFullTokens(const QString &uid, const QJsonObject &user);
    QString issueRestrictedToken(const QString &uid, const QJsonObject &user, bool enrolled);
    SimStore::Op revokeOp(const QJsonObject &claims) const;
    ApiResponse commit(const QList<SimStore::Op> &ops, ApiResponse success);
    QJsonObject publicUser(const QJsonObject &user) const;
    QString territoryOf(const QString &domain) const;

    SimStore &m_store;
    const JwtCodec &m_jwt;
    const crypto::SecretBox &m_box;
    const Clock &m_clock;
    Options m_options;
    QByteArray m_dummyHash; // verified against for unknown users, so timing reveals nothing
    // Client secrets are long random strings sent with every grant. Once one
    // has passed its slow hash, a keyed digest of it (key never leaves this
    // process) stands in, so each sign-in pays the slow hash only for the
    // user's password. Stored per client with the hash it was checked against.
    QByteArray m_clientCacheKey;
    mutable QHash<QString, QPair<QString, QByteArray>> m_verifiedClients;
    // While handleDeferringSlowHashes() runs: the answers known so far, and
    // whether to stop at an unknown one.
    const QList<SlowHashCheck> *m_computed = nullptr;
    bool m_deferSlowHashes = false;
    mutable quint64 m_auditSequence;
};

ApiResponse jsonResponse(int status, const QJsonObject &body);
ApiResponse errorResponse(int status, const QString &message);

} // namespace pbx::sim
