// Microbenchmarks (Google Benchmark) of the hot paths: the QR code from URI
// to pixels, TOTP verification, and parsing a 1,000-user page.
// scripts/measure-performance runs them and writes docs/performance.md.
#include "mfa/otpauth_uri.h"
#include "mfa/qr_matrix.h"
#include "mfa/totp.h"
#include "portal/response_parsers.h"
#include "widgets/qr_image.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <benchmark/benchmark.h>

using namespace pbx;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Secret = QByteArray::fromHex("3132333435363738393031323334353637383930");

// What the portal hands over for a typical account.
QByteArray typicalUri()
{
    mfa::OtpauthUri key;
    key.issuer = u"Acme Hosted PBX"_s;
    key.account = u"morgan.manager@acme.example.com"_s;
    key.secret = Secret;
    return key.toString().toUtf8();
}

void BM_QrEncodeAndRender(benchmark::State &state)
{
    const QByteArray uri = typicalUri();
    const int modulePixels = int(state.range(0));
    for (auto _ : state) {
        auto matrix = mfa::QrMatrix::encode(uri);
        QImage image = ui::renderQrImage(matrix.value(), modulePixels);
        benchmark::DoNotOptimize(image.constBits());
    }
}
// 5 px per module: the dialog's 260 px code at 1x; 10: the same at 2x.
BENCHMARK(BM_QrEncodeAndRender)->Arg(5)->Arg(10)->Unit(benchmark::kMicrosecond);

void BM_TotpVerify(benchmark::State &state)
{
    const qint64 now = 1764000000;
    // A code from the previous step: the verifier tries the whole window.
    const QString code = mfa::totp(Secret, now - 30);
    for (auto _ : state) {
        auto step = mfa::verifyTotp(Secret, code, now);
        benchmark::DoNotOptimize(step);
    }
}
BENCHMARK(BM_TotpVerify)->Unit(benchmark::kMicrosecond);

QByteArray usersPage(int count)
{
    QJsonArray users;
    for (int i = 0; i < count; ++i) {
        const QString user = QString::number(100000 + i);
        users.append(QJsonObject{{u"user"_s, user},
                                 {u"domain"_s, u"acme.demo"_s},
                                 {u"name-first-name"_s, u"Gabrielle"_s},
                                 {u"name-last-name"_s, u"Bélanger"_s},
                                 {u"login-username"_s, QString(user + u"@acme.demo"_s)},
                                 {u"email"_s, QString(u"gabrielle.belanger"_s + user + u"@acme.demo"_s)},
                                 {u"user-scope"_s, u"Basic User"_s},
                                 {u"account-status"_s, u"active"_s},
                                 {u"created-datetime"_s, u"2026-01-15T10:20:30Z"_s},
                                 {u"mfa-required"_s, true},
                                 {u"mfa-enrolled"_s, i % 3 == 0},
                                 {u"mfa-enrolled-datetime"_s, u"2026-02-01T08:00:00Z"_s}});
    }
    return QJsonDocument(users).toJson(QJsonDocument::Compact);
}

void BM_ParseUsersPage(benchmark::State &state)
{
    const QByteArray body = usersPage(int(state.range(0)));
    for (auto _ : state) {
        auto users = parse::users(body);
        if (!users)
            state.SkipWithError("the page did not parse");
        benchmark::DoNotOptimize(users);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
}
BENCHMARK(BM_ParseUsersPage)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
