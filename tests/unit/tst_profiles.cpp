// Portal profiles and proxy settings, as stored in QSettings.
#include "portal/network_proxy.h"
#include "settings/network_settings.h"
#include "settings/portal_profiles.h"
#include "settings/portal_settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pbx;
using namespace Qt::StringLiterals;

class TestProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings(const QString &name)
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

private slots:
    void manualProxy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("name") << u"proxy.example.com:3128"_s << true << u"proxy.example.com"_s << 3128;
        QTest::newRow("spaces") << u"  10.0.0.1:8080 "_s << true << u"10.0.0.1"_s << 8080;
        QTest::newRow("IPv6") << u"[2001:db8::1]:1080"_s << true << u"2001:db8::1"_s << 1080;
        QTest::newRow("no port") << u"proxy.example.com"_s << false << QString() << 0;
        QTest::newRow("port zero") << u"proxy.example.com:0"_s << false << QString() << 0;
        QTest::newRow("port too big") << u"proxy.example.com:70000"_s << false << QString() << 0;
        QTest::newRow("user info") << u"bob:pw@proxy:8080"_s << false << QString() << 0;
        QTest::newRow("a path") << u"proxy:8080/x"_s << false << QString() << 0;
        QTest::newRow("empty") << QString() << false << QString() << 0;
    }
    void manualProxy()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto p = ProxySettings::manual(ProxySettings::Mode::Http, text);
        QCOMPARE(bool(p), ok);
        if (!ok) {
            QCOMPARE(p.error().kind, ErrorKind::InvalidInput);
            QVERIFY(p.error().message().contains(u"host:port"_s));
            return;
        }
        QFETCH(QString, host);
        QFETCH(int, port);
        QCOMPARE(p.value().host, host);
        QCOMPARE(int(p.value().port), port);
        QCOMPARE(ProxySettings::manual(ProxySettings::Mode::Http, p.value().hostPort()).value(), p.value());
    }

    void proxyForQt()
    {
        QCOMPARE(networkProxy(ProxySettings{}).type(), QNetworkProxy::DefaultProxy);
        ProxySettings none;
        none.mode = ProxySettings::Mode::None;
        QCOMPARE(networkProxy(none).type(), QNetworkProxy::NoProxy);
        ProxySettings manual;
        manual.mode = ProxySettings::Mode::Socks5;
        manual.host = u"h"_s;
        manual.port = 1080;
        const QNetworkProxy socks = networkProxy(manual);
        QCOMPARE(socks.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(socks.hostName(), u"h"_s);
        QCOMPARE(socks.port(), quint16(1080));
    }

    void saveFindRemove()
    {
        auto s = settings(u"profiles.ini"_s);
        PortalProfiles profiles(*s);
        PortalProfile b = PortalProfiles::create(u"Bravo"_s);
        b.url = u"https://pbx.bravo.example"_s;
        b.clientId = u"bravo-client"_s;
        b.lastUsername = u"me@bravo"_s;
        b.caFile = u"/etc/ssl/bravo-ca.pem"_s;
        b.proxy = ProxySettings::manual(ProxySettings::Mode::Socks5, u"socks.bravo:1080"_s).value();
        profiles.save(b);
        PortalProfile a = PortalProfiles::create(u"Alpha"_s);
        profiles.save(a);
        QVERIFY(a.id != b.id);
        profiles.setCurrentId(b.id);

        // Read back from disk, sorted by name.
        s->sync();
        auto again = settings(u"profiles.ini"_s);
        PortalProfiles reread(*again);
        const auto all = reread.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].name, u"Alpha"_s);
        const auto found = reread.find(b.id);
        QVERIFY(found.has_value());
        QCOMPARE(found->url, b.url);
        QCOMPARE(found->clientId, b.clientId);
        QCOMPARE(found->lastUsername, b.lastUsername);
        QCOMPARE(found->caFile, b.caFile);
        QCOMPARE(found->proxy, b.proxy);
        QCOMPARE(reread.currentId(), b.id);
        // The keychain entry is per portal origin and client ID.
        QCOMPARE(found->secretKey(), u"pbx.bravo.example:443|bravo-client"_s);

        reread.remove(b.id);
        QVERIFY(!reread.find(b.id));
        QVERIFY(reread.currentId().isEmpty());
        QCOMPARE(reread.all().size(), 1);
    }

    // Settings from before profiles become the first profile, once.
    void adoptsTheSinglePortal()
    {
        auto s = settings(u"old.ini"_s);
        PortalSettings old(*s);
        old.setLastPortalUrl(u"https://pbx.acme.example:8443"_s);
        old.setLastUsername(u"manager@acme"_s);
        old.setClientId(QUrl(u"https://pbx.acme.example:8443"_s), u"acme-client"_s);
        PortalProfiles profiles(*s);
        profiles.adoptSinglePortalSettings();
        profiles.adoptSinglePortalSettings();
        const auto all = profiles.all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].name, u"pbx.acme.example"_s);
        QCOMPARE(all[0].url, u"https://pbx.acme.example:8443"_s);
        QCOMPARE(all[0].lastUsername, u"manager@acme"_s);
        QCOMPARE(all[0].clientId, u"acme-client"_s);
        QCOMPARE(profiles.currentId(), all[0].id);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
