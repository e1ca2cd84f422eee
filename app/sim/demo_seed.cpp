#include "demo_seed.h"

#include "crypto/password_hash.h"
#include "crypto/random_bytes.h"

#include <QJsonObject>

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

} // namespace

bool DemoSeed::isSeeded(const SimStore &store)
{
    return store.get(u"meta"_s, u"seed"_s).has_value();
}

bool DemoSeed::apply(SimStore &store, const crypto::SecretBox &box, const Clock &clock)
{
    const QDateTime now = clock.now();
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

bool DemoSeed::addBulkUsers(SimStore &store, const crypto::SecretBox &box, const Clock &clock, int count)
{
    const QJsonObject meta = store.get(u"meta"_s, u"bulk"_s).value_or(QJsonObject());
    const int existing = meta.value(u"count"_s).toInt();
    if (existing >= count)
        return true;
    const char16_t *const firsts[] = {u"Alex", u"Sam", u"Jordan", u"Taylor", u"Morgan", u"Casey", u"Jamie", u"Robin",
                                      u"Avery", u"Charlie", u"Dominique", u"Éloïse", u"Frédéric", u"Gabrielle"};
    const char16_t *const lasts[] = {u"Martin", u"Bouchard", u"Wilson", u"Lee", u"Fortin", u"Brown", u"Lavoie",
                                     u"Singh", u"Pelletier", u"Chen", u"Bélanger", u"Morin", u"Kowalski"};
    const char16_t *const domains[] = {u"acme.demo", u"globex.demo", u"initech.demo"};
    const QDateTime now = clock.now();
    const QByteArray sealedFor = "|active";
    constexpr int Batch = 5000; // one journal line each
    for (int start = existing; start < count; start += Batch) {
        QList<SimStore::Op> ops;
        const int end = std::min(count, start + Batch);
        for (int i = start; i < end; ++i) {
            const QString domain = QString::fromUtf16(domains[i % 3]);
            const QString user = QString::number(100000 + i);
            const QString first = QString::fromUtf16(firsts[i % 14]);
            const QString last = QString::fromUtf16(lasts[(i / 14) % 13]);
            const QString uid = user + u'@' + domain;
            QJsonObject r = userRecord(user, domain, uid, first, last,
                                       i % 50 == 0 ? u"Office Manager"_s : u"Basic User"_s, now.addSecs(-i), i);
            r.insert(u"email"_s, mailAddress(first.toLower() + u'.' + last.toLower() + QString::number(i) + u'@' + domain));
            r.insert(u"account-status"_s, u"new"_s);
            r.insert(u"mfa-required"_s, (i / 3) % 3 != 2);
            r.insert(u"mfa-enrolled"_s, (i / 3) % 3 == 0);
            if ((i / 3) % 3 == 0) { // every domain gets every state
                r.insert(u"mfa-enrolled-datetime"_s, now.addDays(-(i % 365)).toString(Qt::ISODate));
                r.insert(u"mfa-secret"_s, QString::fromLatin1(box.seal(crypto::randomBytes(20), uid.toUtf8() + sealedFor)));
                r.insert(u"mfa-params"_s, QJsonObject{{u"algorithm"_s, u"SHA1"_s}, {u"digits"_s, 6}, {u"period"_s, 30}});
            }
            ops.append({u"user"_s, uid, r});
        }
        ops.append({u"meta"_s, u"bulk"_s, QJsonObject{{u"count"_s, end}}});
        if (!store.apply(ops))
            return false;
    }
    return true;
}

} // namespace pbx::sim
