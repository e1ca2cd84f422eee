// pbx-portal-sim: the HTTPS portal simulator on its own.
#include "common/logging.h"
#include "portal/certificate_info.h"
#include "sim/quit_requests.h"
#include "sim/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// "host:port", "[::1]:port": nullopt unless both are there.
std::optional<std::pair<QString, quint16>> hostAndPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    if (colon <= 0 || !portOk || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    return std::pair{host, quint16(port)};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"pbx-portal-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PBX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"HTTPS simulator of a NetSapiens-style PBX portal with MFA."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s, u"Address and port to listen on (port 0 picks a free one)."_s,
                                    u"HOST:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption data(u"data"_s, u"Directory holding the portal's state."_s, u"DIR"_s);
    const QCommandLineOption cert(u"cert"_s, u"PEM certificate to serve instead of the self-signed one."_s, u"FILE"_s);
    const QCommandLineOption key(u"key"_s, u"PEM private key of --cert."_s, u"FILE"_s);
    const QCommandLineOption seedUsers(u"seed-users"_s, u"Add N directory users over the demo domains (for scale)."_s, u"N"_s);
    const QCommandLineOption seedDomains(
        u"seed-domains"_s,
        u"Spread the --seed-users over N tenant domains of the demo reseller's territory instead (1 to 10000)."_s,
        u"N"_s);
    const QCommandLineOption withoutAdmin(u"without-mfa-admin"_s,
                                          u"Answer 404 to the MFA administration extension, like a stock portal."_s);
    const QCommandLineOption withoutAudit(u"without-audit-log"_s,
                                          u"Answer 404 to GET /auditlog, like a portal that does not expose it."_s);
    const QCommandLineOption strict(u"netsapiens-strict"_s,
                                    u"Serve only what the published NetSapiens API v2 documents: no MFA enrollment or "
                                    "administration, no MFA fields; enrolled users are challenged, others are not."_s);
    const QCommandLineOption delay(u"response-delay"_s,
                                   u"Answer each request only after MS milliseconds, like a slow portal."_s, u"MS"_s);
    const QCommandLineOption smtp(u"smtp"_s,
                                  u"Also send the notices to users through this SMTP relay (plain SMTP, no "
                                  "authentication), besides DIR/outbox."_s,
                                  u"HOST:PORT"_s);
    const QCommandLineOption quitWithStdin(u"quit-when-stdin-closes"_s,
                                           u"Stop when standard input reaches its end (pbx-admin --demo's portal)."_s);
    parser.addOptions(
        {listen, data, cert, key, seedUsers, seedDomains, withoutAdmin, withoutAudit, strict, delay, smtp, quitWithStdin});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(data)) {
        err << "pbx-portal-sim: --data DIR is required\n";
        return 2;
    }
    const auto address = hostAndPort(parser.value(listen));
    if (!address) {
        err << "pbx-portal-sim: --listen takes HOST:PORT, for example 127.0.0.1:8443\n";
        return 2;
    }
    const auto [host, port] = *address;
    std::optional<std::pair<QString, quint16>> relay;
    if (parser.isSet(smtp)) {
        relay = hostAndPort(parser.value(smtp));
        if (!relay || relay->second == 0) {
            err << "pbx-portal-sim: --smtp takes HOST:PORT, for example 127.0.0.1:25\n";
            return 2;
        }
    }

    bool seedOk = true;
    const int seedCount = parser.isSet(seedUsers) ? parser.value(seedUsers).toInt(&seedOk) : 0;
    if (!seedOk || seedCount < 0 || seedCount > 1000000) {
        err << "pbx-portal-sim: --seed-users takes a number from 0 to 1000000\n";
        return 2;
    }
    bool domainsOk = true;
    const int domainCount = parser.isSet(seedDomains) ? parser.value(seedDomains).toInt(&domainsOk) : 0;
    if (parser.isSet(seedDomains) && (!domainsOk || domainCount < 1 || domainCount > 10000 || seedCount == 0)) {
        err << "pbx-portal-sim: --seed-domains takes a number from 1 to 10000, with --seed-users\n";
        return 2;
    }
    bool delayOk = true;
    const int delayMs = parser.isSet(delay) ? parser.value(delay).toInt(&delayOk) : 0;
    if (!delayOk || delayMs < 0 || delayMs > 60000) {
        err << "pbx-portal-sim: --response-delay takes milliseconds from 0 to 60000\n";
        return 2;
    }
    pbx::sim::Simulator::Options options;
    options.seedUsers = seedCount;
    options.seedDomains = domainCount;
    options.responseDelayMs = delayMs;
    options.api.mfaAdministration = !parser.isSet(withoutAdmin);
    options.api.netsapiensStrict = parser.isSet(strict);
    options.api.auditLog = !parser.isSet(withoutAudit);
    options.dataDir = parser.value(data);
    options.host = host;
    options.port = port;
    if (relay) {
        options.smtpHost = relay->first;
        options.smtpPort = relay->second;
    }
    options.certificateFile = parser.value(cert);
    options.keyFile = parser.value(key);
    // Before the start, which may take seconds (a first start seeds): a
    // request to stop meanwhile is acted on as soon as it is done.
    pbx::sim::quitOnTerminationSignals();
    if (parser.isSet(quitWithStdin))
        pbx::sim::quitWhenStdinCloses();
    pbx::sim::Simulator simulator(options);
    QString error;
    if (!simulator.start(&error)) {
        err << "pbx-portal-sim: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << simulator.url().toString() << '\n'
        << "certificate SHA-256 " << pbx::formatFingerprint(simulator.certificateSha256()) << '\n';
    out.flush();

    return app.exec();
}
