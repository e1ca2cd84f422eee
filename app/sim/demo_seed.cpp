#include "demo_seed.h"

#include "audit_record.h"
#include "crypto/password_hash.h"
#include "crypto/random_bytes.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace pbx::sim {

namespace {

// Three keypad digits of a name, for dial-by-name (the API's
// directory-name-number-dtmf-mapping, 100 to 999); 0 if it has too few
// letters a keypad shows.
int dialByNameDigits(const QString &name)
{
    static const char keypad[] = "22233344455566677778889999";
    int digits = 0, count = 0;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        const char16_t l = c.toLower().unicode();
        if (l < u'a' || l > u'z')
            continue;
        digits = digits * 10 + (keypad[l - u'a'] - '0');
        if (++count == 3)
            return digits;
    }
    return 0;
}

// "chloé.côté@acme.demo" as a mail system has it: chloe.cote@acme.demo.
QString mailAddress(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 0x80)
            out += c;
    return out;
}

// A user as a portal lists it: the API description's User fields with
// values like a real PBX's, varied by `n`, and no MFA yet.
QJsonObject userRecord(const QString &user, const QString &domain, const QString &login, const QString &first,
                       const QString &last, const QString &scope, const QDateTime &created, int n = 0)
{
    static const char16_t *const departments[] = {u"Sales", u"Support", u"Accounting", u"Operations", u"Engineering"};
    static const char16_t *const sites[] = {u"Head Office", u"Montréal", u"Vancouver"};
    static const char16_t *const timeZones[] = {u"America/Toronto", u"America/Montreal", u"America/Vancouver"};
    static const char16_t *const languages[] = {u"en_US", u"fr_CA", u"es_MX"};
    const int site = n % 3;
    QJsonObject r{{u"user"_s, user},
                  {u"domain"_s, domain},
                  {u"login-username"_s, login},
                  {u"name-first-name"_s, first},
                  {u"name-last-name"_s, last},
                  {u"email"_s, mailAddress(login.contains(u'@') ? login : user + u'@' + domain)},
                  {u"user-scope"_s, scope},
                  {u"department"_s, QString::fromUtf16(departments[n % 5])},
                  {u"site"_s, QString::fromUtf16(sites[site])},
                  {u"time-zone"_s, QString::fromUtf16(timeZones[site])},
                  {u"language-token"_s, QString::fromUtf16(languages[(n / 5) % 3])},
                  {u"dial-plan"_s, domain},
                  {u"dial-policy"_s, u"US and Canada"_s},
                  {u"caller-id-name"_s, QString(first + u' ' + last).trimmed()},
                  {u"caller-id-number"_s, u"1613555%1"_s.arg(n % 10000, 4, 10, QLatin1Char('0'))},
                  {u"area-code"_s, 613},
                  {u"voicemail-enabled"_s, u"yes"_s},
                  {u"email-send-alert-new-voicemail-enabled"_s, n % 4 == 0 ? u"no"_s : u"yes"_s},
                  {u"ring-no-answer-timeout-seconds"_s, 25},
                  {u"account-status"_s, u"standard"_s},
                  {u"created-datetime"_s, created.toString(Qt::ISODate)},
                  {u"last-modified-datetime"_s, created.toString(Qt::ISODate)},
                  {u"mfa-required"_s, false},
                  {u"mfa-enrolled"_s, false}};
    if (const int dtmf = dialByNameDigits(last))
        r.insert(u"directory-name-number-dtmf-mapping"_s, dtmf);
    return r;
}

// The audit log's record of a seeded user's enrollment, as if the user had
// enrolled then: the dashboard's trend reads these. `sequence` counts the
// audit log's events.
SimStore::Op enrolledEvent(quint64 &sequence, const QDateTime &at, const QString &user, const QString &domain)
{
    return auditRecord(at, ++sequence, u"mfa.enrolled"_s, {user, domain}, {user, domain}, QString(), QString());
}

} // namespace

bool DemoSeed::isSeeded(const SimStore &store)
{
    return store.get(u"meta"_s, u"seed"_s).has_value();
}

bool DemoSeed::apply(SimStore &store, const crypto::SecretBox &box, const Clock &clock)
{
    const QDateTime now = clock.now();
    quint64 sequence = quint64(store.all(u"audit"_s).size());
    QList<SimStore::Op> ops;
    ops.append({u"client"_s, QString::fromLatin1(ClientId),
                QJsonObject{{u"secret-hash"_s, QString::fromLatin1(crypto::PasswordHash::create(ClientSecret))}}});

    const struct { const char16_t *domain, *description; } domains[] = {
        {u"demo", u"Demo reseller's own domain"},
        {u"acme.demo", u"Acme Corporation"},
        {u"globex.demo", u"Globex Corporation"},
        {u"initech.demo", u"Initech"},
    };
    for (const auto &d : domains) {
        const QString name = QString::fromUtf16(d.domain);
        ops.append({u"domain"_s, name,
                    QJsonObject{{u"domain"_s, name}, {u"reseller"_s, u"demo-reseller"_s},
                                {u"description"_s, QString::fromUtf16(d.description)}}});
    }

    // The accounts people sign in with.
    const QByteArray password(Password);
    const struct { const char16_t *user, *domain, *first, *last, *scope; bool required; } named[] = {
        {u"manager", u"acme.demo", u"Morgan", u"Manager", u"Office Manager", true},
        {u"reseller", u"demo", u"Riley", u"Reseller", u"Reseller", true},
        {u"basic", u"acme.demo", u"Bailey", u"Basic", u"Basic User", false},
        // For scripting the CLI against the demo without a phone.
        {u"helpdesk", u"demo", u"Harper", u"Helpdesk", u"Reseller", false},
    };
    int index = 0;
    for (const auto &n : named) {
        const QString user = QString::fromUtf16(n.user), domain = QString::fromUtf16(n.domain);
        const QString login = user + u'@' + domain;
        QJsonObject record = userRecord(user, domain, login, QString::fromUtf16(n.first), QString::fromUtf16(n.last),
                                        QString::fromUtf16(n.scope), now.addDays(-90), index++);
        record.insert(u"password-hash"_s, QString::fromLatin1(crypto::PasswordHash::create(password)));
        record.insert(u"mfa-required"_s, n.required);
        ops.append({u"user"_s, login, record});
    }

    // A directory with every MFA state, for the help-desk views. These
    // accounts have no password yet ("new"), as when users are imported.
    const char16_t *const firsts[] = {u"Ava", u"Ben", u"Chloé", u"Dev", u"Emma", u"Farid", u"Grace", u"Hugo", u"Isla",
                                      u"Jonas", u"Kira", u"Liam", u"Maya", u"Noah", u"Olivia", u"Priya", u"Quinn"};
    const char16_t *const lasts[] = {u"Tremblay", u"Nguyen", u"Gagnon", u"Smith", u"Roy", u"Patel", u"Côté"};
    const char16_t *const customerDomains[] = {u"acme.demo", u"globex.demo", u"initech.demo"};
    for (int i = 0; i < 51; ++i) {
        const QString domain = QString::fromUtf16(customerDomains[i % 3]);
        const QString first = QString::fromUtf16(firsts[i % 17]);
        const QString last = QString::fromUtf16(lasts[(i / 3) % 7]);
        const QString user = QString::number(1001 + i);
        const QString login = first.toLower() + u'.' + last.toLower() + u'@' + domain;
        const QString scope = i % 10 == 0 ? u"Office Manager"_s : i % 7 == 0 ? u"Call Center Agent"_s : u"Basic User"_s;
        QJsonObject record = userRecord(user, domain, login, first, last, scope, now.addDays(-200 + i), i);
        record.insert(u"account-status"_s, u"new"_s);
        // Every domain gets every state: the domain follows i % 3, the
        // state (i / 3) % 3.
        switch ((i / 3) % 3) {
        case 0: { // enrolled some time ago
            const QString uid = user + u'@' + domain;
            record.insert(u"mfa-required"_s, true);
            record.insert(u"mfa-enrolled"_s, true);
            record.insert(u"mfa-enrolled-datetime"_s, now.addDays(-(i + 3)).toString(Qt::ISODate));
            ops.append(enrolledEvent(sequence, now.addDays(-(i + 3)), user, domain));
            record.insert(u"mfa-secret"_s, QString::fromLatin1(box.seal(crypto::randomBytes(20), uid.toUtf8() + "|active")));
            record.insert(u"mfa-params"_s, QJsonObject{{u"algorithm"_s, u"SHA1"_s}, {u"digits"_s, 6}, {u"period"_s, 30}});
            break;
        }
        case 1: // required, not enrolled yet
            record.insert(u"mfa-required"_s, true);
            break;
        default: // not required
            break;
        }
        ops.append({u"user"_s, user + u'@' + domain, record});
    }
    ops.append({u"meta"_s, u"seed"_s, QJsonObject{{u"version"_s, 1}, {u"datetime"_s, now.toString(Qt::ISODate)}}});
    return store.apply(ops);
}

namespace {

// A fixed scramble of a number (splitmix32's finalizer): the seed's "random"
// choices, the same on every run.
quint32 scramble(quint32 x)
{
    x += 0x9e3779b9u;
    x = (x ^ (x >> 16)) * 0x21f0aaadu;
    x = (x ^ (x >> 15)) * 0x735a2d97u;
    return x ^ (x >> 15);
}

// What a tenant domain is like: its size, how far along it is.
struct Tenant
{
    QString domain, description;
    int weight = 1;          // its share of the users
    int requiredPercent = 0; // of its users, MFA required
    int enrolledPercent = 0; // of those, enrolled
    int startedDaysAgo = 0;  // when its users began enrolling
    int deadlineDays = 0;    // the enrollment deadline from now; 0: none
};

Tenant tenant(int d)
{
    static const char16_t *const names[] = {u"Maple", u"Northwind", u"Lakeside", u"Summit", u"Harbour", u"Cedar",
                                            u"Riverside", u"Pinecrest", u"Bluewater", u"Redwood", u"Granite",
                                            u"Silverline", u"Evergreen", u"Oakridge", u"Brightpath", u"Sunrise",
                                            u"Westbrook", u"Fairview", u"Highland", u"Stonegate"};
    static const char16_t *const trades[] = {u"Dental", u"Law", u"Logistics", u"Clinic", u"Realty", u"Motors",
                                             u"Bakery", u"Consulting", u"Insurance", u"Accounting", u"Pharmacy",
                                             u"Construction", u"Veterinary", u"Hotel", u"Florist", u"Studio",
                                             u"Foods", u"Energy", u"Media", u"Travel"};
    constexpr int Combinations = 20 * 20;
    const QString name = QString::fromUtf16(names[d % 20]), trade = QString::fromUtf16(trades[(d / 20) % 20]);
    const int round = d / Combinations; // past 400 tenants, the names come round again with a number
    Tenant t;
    t.domain = (name + u'-' + trade).toLower() + (round ? u'-' + QString::number(round + 1) : QString()) + u".demo"_s;
    t.description = name + u' ' + trade + (round ? u' ' + QString::number(round + 1) : QString());
    const quint32 h = scramble(quint32(d));
    t.weight = 1 + int(h % 30) * int((h >> 8) % 4 + 1); // from a handful of users to a few hundred
    switch ((h >> 12) % 10) {
    case 0: // not started: nobody required yet
        break;
    case 1: case 2: // barely started
        t.requiredPercent = 100;
        t.enrolledPercent = int((h >> 16) % 10);
        break;
    case 3: // fully enrolled
        t.requiredPercent = 100;
        t.enrolledPercent = 100;
        break;
    case 4: // only some roles required
        t.requiredPercent = 40;
        t.enrolledPercent = 50 + int((h >> 16) % 50);
        break;
    default: // on the way
        t.requiredPercent = 100;
        t.enrolledPercent = 20 + int((h >> 16) % 80);
    }
    t.startedDaysAgo = 20 + int((h >> 20) % 250);
    if (t.requiredPercent && t.enrolledPercent < 100 && (h >> 24) % 4 == 0)
        t.deadlineDays = (h >> 26) % 2 ? 14 : -7; // some still to come, some passed
    return t;
}

// Names in several languages, in their own spelling; Latin letters first
// so most logins read like the names.
struct Name
{
    const char16_t *first, *last;
};
const Name Names[] = {
    {u"Olivia", u"Smith"},     {u"Liam", u"Johnson"},    {u"Chloé", u"Tremblay"},     {u"Étienne", u"Gagnon"},
    {u"José", u"García"},      {u"Lucía", u"Martínez"},  {u"Jürgen", u"Müller"},      {u"Søren", u"Jørgensen"},
    {u"Łukasz", u"Wiśniewski"}, {u"Zoë", u"Van der Berg"}, {u"Nguyễn", u"Thị Hoa"},   {u"Ayşe", u"Yılmaz"},
    {u"João", u"Gonçalves"},   {u"Siobhán", u"Ó Briain"}, {u"Priya", u"Raghunathan"}, {u"Kwame", u"Mensah"},
    {u"Dmitri", u"Ivanov"},    {u"Ингрид", u"Соколова"}, {u"Νίκος", u"Παπαδόπουλος"}, {u"美咲", u"佐藤"},
    {u"伟", u"王"},            {u"민준", u"김"},           {u"فاطمة", u"الحسن"},         {u"Aarav", u"Sharma"},
};
constexpr int NameCount = int(sizeof Names / sizeof Names[0]);

// Which tenant user `i` belongs to: a pick weighted by the tenants' sizes
// that depends on i alone, so topping up later keeps earlier users where
// they are.
int tenantOf(int i, const QList<int> &cumulativeWeights)
{
    const int w = int(scramble(quint32(i) ^ 0x5bd1e995u) % quint32(cumulativeWeights.constLast()));
    return int(std::upper_bound(cumulativeWeights.cbegin(), cumulativeWeights.cend(), w) - cumulativeWeights.cbegin());
}

} // namespace

bool DemoSeed::addBulkUsers(SimStore &store, const crypto::SecretBox &box, const Clock &clock, int count, int domainCount,
                            QString *error)
{
    const QJsonObject meta = store.get(u"meta"_s, u"bulk"_s).value_or(QJsonObject());
    const int existing = meta.value(u"count"_s).toInt();
    if (existing > 0 && meta.value(u"domains"_s).toInt() != domainCount) {
        *error = u"this data directory's users were seeded over %1 domains; --seed-domains %2 needs a new --data directory"_s
                     .arg(meta.value(u"domains"_s).toInt() ? QString::number(meta.value(u"domains"_s).toInt())
                                                           : u"the 3 demo"_s)
                     .arg(domainCount);
        return false;
    }
    if (existing >= count)
        return true;
    const char16_t *const firsts[] = {u"Alex", u"Sam", u"Jordan", u"Taylor", u"Morgan", u"Casey", u"Jamie", u"Robin",
                                      u"Avery", u"Charlie", u"Dominique", u"Éloïse", u"Frédéric", u"Gabrielle"};
    const char16_t *const lasts[] = {u"Martin", u"Bouchard", u"Wilson", u"Lee", u"Fortin", u"Brown", u"Lavoie",
                                     u"Singh", u"Pelletier", u"Chen", u"Bélanger", u"Morin", u"Kowalski"};
    const char16_t *const demoDomains[] = {u"acme.demo", u"globex.demo", u"initech.demo"};
    const QDateTime now = clock.now();
    const QByteArray sealedFor = "|active";
    quint64 sequence = quint64(store.all(u"audit"_s).size());
    const QJsonObject mfaParams{{u"algorithm"_s, u"SHA1"_s}, {u"digits"_s, 6}, {u"period"_s, 30}};

    QList<Tenant> tenants;
    QList<int> cumulativeWeights;
    QList<SimStore::Op> domainOps;
    for (int d = 0; d < domainCount; ++d) {
        tenants.append(tenant(d));
        const Tenant &t = tenants.constLast();
        cumulativeWeights.append((cumulativeWeights.isEmpty() ? 0 : cumulativeWeights.constLast()) + t.weight);
        if (existing > 0)
            continue; // written with the first users
        QJsonObject record{{u"domain"_s, t.domain}, {u"reseller"_s, u"demo-reseller"_s}, {u"description"_s, t.description}};
        if (t.requiredPercent == 100)
            record.insert(u"mfa-required-scopes"_s,
                          QJsonArray{u"Basic User"_s, u"Call Center Agent"_s, u"Office Manager"_s});
        if (t.deadlineDays)
            record.insert(u"mfa-deadline-datetime"_s, now.addDays(t.deadlineDays).toUTC().toString(Qt::ISODate));
        domainOps.append({u"domain"_s, t.domain, record});
    }

    constexpr int Batch = 5000; // one journal line each
    for (int start = existing; start < count; start += Batch) {
        QList<SimStore::Op> ops = std::exchange(domainOps, {});
        const int end = std::min(count, start + Batch);
        for (int i = start; i < end; ++i) {
            const QString user = QString::number(100000 + i);
            if (domainCount == 0) {
                const QString domain = QString::fromUtf16(demoDomains[i % 3]);
                const QString first = QString::fromUtf16(firsts[i % 14]);
                const QString last = QString::fromUtf16(lasts[(i / 14) % 13]);
                const QString uid = user + u'@' + domain;
                QJsonObject r = userRecord(user, domain, uid, first, last,
                                           i % 50 == 0 ? u"Office Manager"_s : u"Basic User"_s, now.addSecs(-i), i);
                r.insert(u"email"_s,
                         mailAddress(first.toLower() + u'.' + last.toLower() + QString::number(i) + u'@' + domain));
                r.insert(u"account-status"_s, u"new"_s);
                r.insert(u"mfa-required"_s, (i / 3) % 3 != 2);
                r.insert(u"mfa-enrolled"_s, (i / 3) % 3 == 0);
                if ((i / 3) % 3 == 0) { // every domain gets every state
                    r.insert(u"mfa-enrolled-datetime"_s, now.addDays(-(i % 365)).toString(Qt::ISODate));
                    ops.append(enrolledEvent(sequence, now.addDays(-(i % 365)), user, domain));
                    r.insert(u"mfa-secret"_s, QString::fromLatin1(box.seal(crypto::randomBytes(20), uid.toUtf8() + sealedFor)));
                    r.insert(u"mfa-params"_s, mfaParams);
                }
                ops.append({u"user"_s, uid, r});
                continue;
            }
            const Tenant &t = tenants.at(tenantOf(i, cumulativeWeights));
            const quint32 h = scramble(quint32(i));
            const Name &name = Names[h % NameCount];
            const QString first = QString::fromUtf16(name.first), last = QString::fromUtf16(name.last);
            const QString uid = user + u'@' + t.domain;
            QString local = mailAddress(first.toLower() + u'.' + last.toLower()).remove(u' ');
            if (local.size() < 3) // a name in a script mail addresses here do not carry
                local = u"user"_s;
            QJsonObject r = userRecord(user, t.domain, uid, first, last,
                                       i % 40 == 0 ? u"Office Manager"_s : u"Basic User"_s,
                                       now.addDays(-(t.startedDaysAgo + 30 + int(h % 300))), i);
            r.insert(u"email"_s, QString(local + QString::number(i) + u'@' + t.domain));
            const bool required = int((h >> 8) % 100) < t.requiredPercent;
            const bool enrolled = required && int((h >> 16) % 100) < t.enrolledPercent;
            r.insert(u"account-status"_s, enrolled ? u"standard"_s : u"new"_s);
            r.insert(u"mfa-required"_s, required);
            r.insert(u"mfa-enrolled"_s, enrolled);
            if (enrolled) {
                // Spread from when the tenant started until today, more of
                // them early on, so the trend rises and flattens.
                const int span = t.startedDaysAgo;
                const int back = span - int(qint64(span) * ((h >> 20) % 1000) * ((h >> 20) % 1000) / 1000000);
                const QDateTime enrolledAt = now.addDays(-back).addSecs(-int(h % 36000));
                r.insert(u"mfa-enrolled-datetime"_s, enrolledAt.toString(Qt::ISODate));
                ops.append(enrolledEvent(sequence, enrolledAt, user, t.domain));
                r.insert(u"mfa-secret"_s, QString::fromLatin1(box.seal(crypto::randomBytes(20), uid.toUtf8() + sealedFor)));
                r.insert(u"mfa-params"_s, mfaParams);
            }
            ops.append({u"user"_s, uid, r});
        }
        ops.append({u"meta"_s, u"bulk"_s, QJsonObject{{u"count"_s, end}, {u"domains"_s, domainCount}}});
        if (!store.apply(ops)) {
            *error = u"cannot write the seeded users"_s;
            return false;
        }
    }
    return true;
}

} // namespace pbx::sim
