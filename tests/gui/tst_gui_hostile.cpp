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
        ui::AppController app(settings, std::nullopt);
        app.start();
        ui::SignInWindow *window = app.signInWindow();
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
        auto *button = test::child<QPushButton>(window, "signInButton");
        QTest::mouseClick(button, Qt::LeftButton);

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
};

QTEST_MAIN(TestGuiHostile)
#include "tst_gui_hostile.moc"
