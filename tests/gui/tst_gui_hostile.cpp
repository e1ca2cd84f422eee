// The sign-in window against hostile portals, offscreen: each bad answer or
// TLS failure ends in a plain message in the window, which stays usable with
// everything typed still there; nothing else opens.
#include "app_controller.h"
#include "dialogs/message_boxes.h"
#include "portal/certificate_info.h"
#include "settings/portal_settings.h"
#include "support/demo_accounts.h"
#include "support/hostile_cases.h"
#include "support/widget_lookup.h"
#include "windows/sign_in_window.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace pbx;
using namespace Qt::StringLiterals;

class TestGuiHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    int m_dialogs = 0;

private slots:
    void initTestCase()
    {
        // Any dialog (the certificate prompt for an untrusted portal) is
        // declined, as a careful user would.
        ui::MessageBoxes::setTestHook([this](QDialog &) {
            ++m_dialogs;
            return int(QDialog::Rejected);
        });
    }

    // Fills the sign-in form for this portal and presses Sign in.
    void signInTo(ui::SignInWindow *window, const QUrl &url)
    {
        const auto type = [&](const char *field, const QString &text) {
            QVERIFY2(test::typeInto(window, field, text), field);
        };
        const ClientCredentials client = test::demoClient();
        type("portalEdit", url.toString());
        type("usernameEdit", u"basic@acme.demo"_s);
        type("passwordEdit", test::demoPassword());
        QTest::mouseClick(test::child<QToolButton>(window, "advancedButton"), Qt::LeftButton);
        type("clientIdEdit", client.clientId);
        type("clientSecretEdit", client.clientSecret);
        QTest::mouseClick(test::child<QPushButton>(window, "signInButton"), Qt::LeftButton);
    }

    void signInAgainstHostilePortal_data()
    {
        QTest::addColumn<int>("index");
        const auto cases = test::hostileCases();
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i].name) << i;
    }
    void signInAgainstHostilePortal()
    {
        QFETCH(int, index);
        const test::HostileCase c = test::hostileCases().at(index);
        test::CannedTlsServer server(c.response, c.delivery, c.certificate, c.protocol);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl url(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));

        QSettings settings(m_config.filePath(u"settings-%1.ini"_s.arg(index)), QSettings::IniFormat);
        if (c.pinned)
            PortalSettings(settings).setPinnedCertificate(url, sha256Fingerprint(server.certificate()));
        m_dialogs = 0;
        ui::AppController app(settings);
        app.start();
        ui::SignInWindow *window = app.signInWindow();
        signInTo(window, url);
        auto *button = test::child<QPushButton>(window, "signInButton");

        QTRY_VERIFY2_WITH_TIMEOUT(window->errorText().contains(c.message), qPrintable(window->errorText()), 45000);
        // Usable again, nothing typed lost, nothing half open.
        QTRY_VERIFY(button->isEnabled());
        QVERIFY(window->isVisible());
        // The message made the window taller, not the fields thinner.
        for (const char *field : {"portalEdit", "usernameEdit", "passwordEdit"}) {
            const auto *edit = test::child<QLineEdit>(window, field);
            QVERIFY2(edit->height() >= edit->sizeHint().height(), field);
        }
        QCOMPARE(test::child<QLineEdit>(window, "passwordEdit")->text(), test::demoPassword());
        QCOMPARE(test::child<QLineEdit>(window, "usernameEdit")->text(), u"basic@acme.demo"_s);
        QVERIFY(!app.mainWindow());
        for (QWidget *w : QApplication::topLevelWidgets())
            QVERIFY2(w == window || !w->isVisible() || w->objectName() == u"demoBanner"_s, qPrintable(w->objectName()));
        QCOMPARE(server.requests(), c.reachesServer ? 1 : 0);
        // Only an untrusted certificate asks anything; the rest just say.
        QCOMPARE(m_dialogs, c.message == u"not trusted"_s ? 1 : 0);
        // Declining did not pin it.
        if (!c.pinned)
            QVERIFY(PortalSettings(settings).pinnedCertificate(url).isEmpty());
    }

    // A first-use attacker writes markup into the certificate to draw a
    // fake fingerprint row: every field shows as the text it is.
    void certificateMarkupIsShownAsText()
    {
        sim::CertificateSpec spec;
        spec.organization = u"<table><tr><td>SHA-256 fingerprint:</td><td>AA:BB:CC</td></tr></table>"_s;
        spec.commonName = u"<b>portal</b>"_s;
        test::CannedTlsServer server(test::okJson("{}"), test::CannedTlsServer::Delivery::Whole, spec);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QSettings settings(m_config.filePath(u"settings-markup.ini"_s), QSettings::IniFormat);
        int markupLabels = 0;
        QStringList richWithMarkup;
        ui::MessageBoxes::setTestHook([&](QDialog &d) {
            for (const QLabel *label : d.findChildren<QLabel *>()) {
                if (!label->text().contains(u"<table>"_s) && !label->text().contains(u"<b>portal"_s))
                    continue;
                ++markupLabels;
                if (label->textFormat() != Qt::PlainText)
                    richWithMarkup << label->text();
            }
            return int(QDialog::Rejected);
        });
        ui::AppController app(settings);
        app.start();
        signInTo(app.signInWindow(), QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
        QTRY_VERIFY_WITH_TIMEOUT(!app.signInWindow()->errorText().isEmpty(), 20000);
        ui::MessageBoxes::setTestHook([this](QDialog &) {
            ++m_dialogs;
            return int(QDialog::Rejected);
        });
        QVERIFY(markupLabels >= 1); // the subject and issuer, as written
        QVERIFY2(richWithMarkup.isEmpty(), qPrintable(richWithMarkup.join(u'\n')));
        QCOMPARE(test::child<QLabel>(app.signInWindow(), "errorLabel")->textFormat(), Qt::PlainText);
    }

    // A busy portal: the window says it will try again and when; Cancel
    // stops the wait and leaves everything as typed.
    void busyPortalCountsDownAndCancels()
    {
        test::CannedTlsServer server("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 20\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QUrl url(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
        QSettings settings(m_config.filePath(u"settings-busy.ini"_s), QSettings::IniFormat);
        PortalSettings(settings).setPinnedCertificate(url, sha256Fingerprint(server.certificate()));
        ui::AppController app(settings);
        app.start();
        ui::SignInWindow *window = app.signInWindow();
        signInTo(window, url);
        QTRY_VERIFY2_WITH_TIMEOUT(window->busyText().startsWith(u"The portal is busy, trying again in"_s),
                                  qPrintable(window->busyText()), 20000);
        auto *cancel = test::child<QPushButton>(window, "cancelButton");
        QVERIFY(cancel->isVisible());
        // Esc, as a keyboard user would.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_Escape);
        QVERIFY(test::child<QPushButton>(window, "signInButton")->isEnabled());
        QVERIFY(window->busyText().isEmpty());
        QCOMPARE(test::child<QLineEdit>(window, "passwordEdit")->text(), test::demoPassword());
        QTest::qWait(1500);
        QCOMPARE(server.requests(), 1);
    }
};

QTEST_MAIN(TestGuiHostile)
#include "tst_gui_hostile.moc"
