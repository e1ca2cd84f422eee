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

// The portal's behaviour: NetSapiens API v2 sign-in, our MFA extension and
// directory reads (docs/portal-api.md), over the durable SimStore. No HTTP
// here: PortalHttpServer feeds it requests.
class PortalApi
{
public:
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

    ApiResponse handle(const ApiRequest &request);

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
    mutable quint64 m_auditSequence;
};

ApiResponse jsonResponse(int status, const QJsonObject &body);
ApiResponse errorResponse(int status, const QString &message);

} // namespace pbx::sim
